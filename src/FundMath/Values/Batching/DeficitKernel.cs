using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FundMath;

/// <summary>
/// The current-year deficit scan (当期收不抵支) over regions: balance = income − expenditure (or a given balance);
/// count the negative ones, sum −balance over them and balance over the rest. Vectorised per block of
/// <see cref="BlockScan.Length"/> regions after a headroom pre-scan: when every input of the block is below 2⁵⁰ fen
/// in magnitude (10¹³ 元 — above any region's annual fund), no difference or lane sum can overflow; a block beyond
/// it takes the exact, checked path, which throws on a real overflow as the scalar form does.
/// </summary>
internal static class DeficitKernel
{
    private const long Headroom = 1L << 50;

    /// <summary>Scans regions [start, start + count); <paramref name="expenditure"/> empty means <paramref name="income"/> holds the balances.</summary>
    internal static DeficitSums Run(ReadOnlySpan<long> income, ReadOnlySpan<long> expenditure, int start, int count, BatchPath path) => path switch
    {
        BatchPath.Vector512 => Blocks<Vector512Lanes, Vector512<long>>(income, expenditure, start, count),
        BatchPath.Vector256 => Blocks<Vector256Lanes, Vector256<long>>(income, expenditure, start, count),
        _ => Blocks<ScalarLanes, long>(income, expenditure, start, count),
    };

    private static DeficitSums Blocks<TL, TV>(ReadOnlySpan<long> income, ReadOnlySpan<long> expenditure, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        var sums = default(DeficitSums);
        bool pairs = !expenditure.IsEmpty;
        int end = start + count;
        for (int blockStart = start; blockStart < end; blockStart += BlockScan.Length)
        {
            int length = Math.Min(BlockScan.Length, end - blockStart);
            (long imin, long imax) = BlockScan.MinMax<TL, TV>(income, blockStart, length);
            bool fits = imin > -Headroom && imax < Headroom;
            if (pairs && fits)
            {
                (long emin, long emax) = BlockScan.MinMax<TL, TV>(expenditure, blockStart, length);
                fits = emin > -Headroom && emax < Headroom;
            }

            if (!fits)
            {
                sums = DeficitSums.Merge(sums, Exact(income, expenditure, blockStart, length));
                continue;
            }

            int vectorLength = length - (length % TL.Count);
            sums = DeficitSums.Merge(sums, Lanes<TL, TV>(income, expenditure, blockStart, vectorLength));
            sums = DeficitSums.Merge(sums, Lanes<ScalarLanes, long>(income, expenditure, blockStart + vectorLength, length - vectorLength));
        }

        return sums;
    }

    private static DeficitSums Lanes<TL, TV>(ReadOnlySpan<long> income, ReadOnlySpan<long> expenditure, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        if (count == 0)
        {
            return default;
        }

        bool pairs = !expenditure.IsEmpty;
        ref long inc = ref MemoryMarshal.GetReference(income);
        ref long exp = ref MemoryMarshal.GetReference(expenditure);
        TV zero = TL.Create(0);
        TV regions = zero, deficit = zero, surplus = zero;
        nint end = start + count;
        for (nint i = start; i < end; i = unchecked(i + TL.Count))
        {
            TV balance = TL.Load(ref System.Runtime.CompilerServices.Unsafe.Add(ref inc, i));
            if (pairs)
            {
                balance = TL.Subtract(balance, TL.Load(ref System.Runtime.CompilerServices.Unsafe.Add(ref exp, i)));
            }

            TV negative = TL.GreaterThan(zero, balance);
            regions = TL.Subtract(regions, negative);
            deficit = TL.Subtract(deficit, TL.And(negative, balance));
            surplus = TL.Add(surplus, TL.AndNot(negative, balance));
        }

        return new DeficitSums { DeficitRegions = TL.Sum(regions), Deficit = TL.Sum(deficit), Surplus = TL.Sum(surplus) };
    }

    /// <summary>The exact path: checked differences and sums, element by element.</summary>
    internal static DeficitSums Exact(ReadOnlySpan<long> income, ReadOnlySpan<long> expenditure, int start, int count)
    {
        var sums = default(DeficitSums);
        bool pairs = !expenditure.IsEmpty;
        for (int i = start; i < start + count; i++)
        {
            long balance = pairs ? checked(income[i] - expenditure[i]) : income[i];
            if (balance < 0)
            {
                sums.DeficitRegions++;
                sums.Deficit = checked(sums.Deficit - balance);
            }
            else
            {
                sums.Surplus = checked(sums.Surplus + balance);
            }
        }

        return sums;
    }
}
