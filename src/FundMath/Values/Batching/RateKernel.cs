using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FundMath;

/// <summary>
/// The single-rate per-person kernel: <c>round(baseᵢ × rate)</c> written out and summed, or multiplied by the months
/// each person paid and summed (annual premium income). Same structure as <see cref="ContributionKernel"/>: the
/// rate prepared once per batch, the rounding mode as a type, a per-block pre-scan that validates every base (and
/// month) before the block is written and routes bases of 2³² fen or more to the exact path.
/// </summary>
internal static class RateKernel
{
    /// <summary>Runs the batch over [start, start + count).</summary>
    internal static RateSums Run(scoped in RateBatch batch, int start, int count, BatchPath path)
    {
        if (!batch.HasReciprocal)
        {
            return Exact(batch, start, count);
        }

        return path switch
        {
            BatchPath.Vector512 => ByMode<Vector512Lanes, Vector512<long>>(batch, start, count),
            BatchPath.Vector256 => ByMode<Vector256Lanes, Vector256<long>>(batch, start, count),
            _ => ByMode<ScalarLanes, long>(batch, start, count),
        };
    }

    private static RateSums ByMode<TL, TV>(scoped in RateBatch batch, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct => batch.Mode switch
        {
            MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity => ByShape<TL, TV, RoundDown>(batch, start, count),
            MidpointRounding.ToPositiveInfinity => ByShape<TL, TV, RoundUp>(batch, start, count),
            MidpointRounding.AwayFromZero => ByShape<TL, TV, RoundHalfAwayFromZero>(batch, start, count),
            _ => ByShape<TL, TV, RoundHalfToEven>(batch, start, count),
        };

    private static RateSums ByShape<TL, TV, TR>(scoped in RateBatch batch, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
    {
        if (!batch.Months.IsEmpty)
        {
            return Blocks<TL, TV, TR, Yes, No>(batch, start, count);
        }

        return batch.Output.IsEmpty ? Blocks<TL, TV, TR, No, No>(batch, start, count) : Blocks<TL, TV, TR, No, Yes>(batch, start, count);
    }

    private static RateSums Blocks<TL, TV, TR, TMonths, TWrite>(scoped in RateBatch batch, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
        where TMonths : struct, IFlag
        where TWrite : struct, IFlag
    {
        var sums = default(RateSums);
        int end = start + count;
        for (int blockStart = start; blockStart < end; blockStart += BlockScan.Length)
        {
            int length = Math.Min(BlockScan.Length, end - blockStart);
            (long min, long max) = BlockScan.MinMax<TL, TV>(batch.Input, blockStart, length);
            if (TMonths.Value)
            {
                (long mmin, long mmax) = MonthsMinMax<TL, TV>(batch.Months, blockStart, length);
                if (mmin < 0 || mmax > 12)
                {
                    int bad = FirstMonthOutside(batch.Months, blockStart, length);
                    int badBase = min < batch.Low || max > batch.High ? BlockScan.FirstOutside(batch.Input, blockStart, length, batch.Low, batch.High) : -1;
                    if (badBase < 0 || bad <= badBase)
                    {
                        sums.SetFault(BatchFault.OutOfRange, bad);
                        return sums;
                    }
                }
            }

            if (min < batch.Low || max > batch.High)
            {
                int bad = BlockScan.FirstOutside(batch.Input, blockStart, length, batch.Low, batch.High);
                sums.SetFault(batch.Input[bad] < 0 ? BatchFault.Negative : BatchFault.OutsideBand, bad);
                return sums;
            }

            if (max >= RateReciprocal.BaseLimit)
            {
                sums = RateSums.Merge(sums, Exact(batch, blockStart, length));
                continue;
            }

            int vectorLength = length - (length % TL.Count);
            Lanes<TL, TV, TR, TMonths, TWrite>(batch, blockStart, vectorLength, ref sums);
            if (vectorLength < length)
            {
                Lanes<ScalarLanes, long, TR, TMonths, TWrite>(batch, blockStart + vectorLength, length - vectorLength, ref sums);
            }
        }

        return sums;
    }

    private static void Lanes<TL, TV, TR, TMonths, TWrite>(scoped in RateBatch batch, int start, int count, ref RateSums sums)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
        where TMonths : struct, IFlag
        where TWrite : struct, IFlag
    {
        if (count == 0)
        {
            return;
        }

        ref long input = ref MemoryMarshal.GetReference(batch.Input);
        ref int months = ref MemoryMarshal.GetReference(batch.Months);
        ref long output = ref MemoryMarshal.GetReference(batch.Output);
        RateLanes<TV> r = RateLanes<TV>.Create<TL>(batch.Reciprocal);
        TV total = TL.Create(0);
        nint end = start + count;
        for (nint i = start; i < end; i = unchecked(i + TL.Count))
        {
            TV amount = RateLanes<TV>.Apply<TL, TR>(TL.Load(ref Unsafe.Add(ref input, i)), r);
            if (TWrite.Value)
            {
                TL.Store(ref Unsafe.Add(ref output, i), amount);
            }

            if (TMonths.Value)
            {
                // amount < 2³², months ≤ 12: the product fits, and a block's lane sum stays below 2⁴⁸.
                amount = TL.MultiplyLow32(amount, TL.LoadWidened(ref Unsafe.Add(ref months, i)));
            }

            total = TL.Add(total, amount);
        }

        sums.Total = checked(sums.Total + TL.Sum(total));
    }

    /// <summary>The exact path: per person through <see cref="IntegerRounding"/>, checked sums; faults as the lanes report them.</summary>
    internal static RateSums Exact(scoped in RateBatch batch, int start, int count)
    {
        var sums = default(RateSums);
        bool months = !batch.Months.IsEmpty;
        for (int i = start; i < start + count; i++)
        {
            long b = batch.Input[i];
            if (months && (batch.Months[i] < 0 || batch.Months[i] > 12))
            {
                sums.SetFault(BatchFault.OutOfRange, i);
                return sums;
            }

            if (b < batch.Low || b > batch.High)
            {
                sums.SetFault(b < 0 ? BatchFault.Negative : BatchFault.OutsideBand, i);
                return sums;
            }

            long amount = IntegerRounding.ToInt64(IntegerRounding.MultiplyDivide(b, batch.Rate.RawNumerator, batch.Rate.RawDenominator, batch.Mode), "contribution");
            if (!batch.Output.IsEmpty)
            {
                batch.Output[i] = amount;
            }

            sums.Total = checked(sums.Total + (months ? checked(amount * batch.Months[i]) : amount));
        }

        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (long Min, long Max) MonthsMinMax<TL, TV>(ReadOnlySpan<int> values, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        ref int source = ref MemoryMarshal.GetReference(values);
        nint i = start;
        nint end = start + count;
        long min = long.MaxValue;
        long max = long.MinValue;
        if (count >= TL.Count)
        {
            TV vmin = TL.Create(long.MaxValue);
            TV vmax = TL.Create(long.MinValue);
            for (; i <= end - TL.Count; i = unchecked(i + TL.Count))
            {
                TV v = TL.LoadWidened(ref Unsafe.Add(ref source, i));
                vmin = TL.Min(vmin, v);
                vmax = TL.Max(vmax, v);
            }

            min = TL.MinAcross(vmin);
            max = TL.MaxAcross(vmax);
        }

        for (; i < end; i++)
        {
            long v = Unsafe.Add(ref source, i);
            min = v < min ? v : min;
            max = v > max ? v : max;
        }

        return (min, max);
    }

    private static int FirstMonthOutside(ReadOnlySpan<int> months, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (months[i] < 0 || months[i] > 12)
            {
                return i;
            }
        }

        return -1;
    }
}
