using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FundMath;

/// <summary>
/// The fused per-person kernels of the employee scheme: clamp to the premium-base band, then employer (incl.
/// maternity), maternity and individual contributions, each rounded to the fen — one pass over memory, in blocks
/// of <see cref="BlockScan.Length"/> persons.
/// </summary>
/// <remarks>
/// <para>Per batch: the path (AVX-512 / AVX2 / scalar lanes), the rounding mode and whether maternity is 0% are
/// decided once, by generic specialisation; each rate becomes a <see cref="RateReciprocal"/> (no division per
/// person). Headroom is checked once: with the clamp, every base is at most the cap, so a cap below 2³² fen
/// proves every product exact; without it, each block's largest base is read by the pre-scan. Sums never wrap:
/// at most 2³¹ persons × values below 2³² stay below 2⁶³ in every lane.</para>
/// <para>Per block: the pre-scan finds the smallest input (a negative one stops the batch before the block is
/// written, with its index) and, without the clamp, the largest (a block holding a base of 2³² fen or more takes
/// the exact path). Inputs beyond the headroom take the exact path — Int128 products through
/// <see cref="IntegerRounding"/> with checked sums — never a wrapped result.</para>
/// </remarks>
internal static class ContributionKernel
{
    /// <summary>What a call computes.</summary>
    internal enum Operation
    {
        /// <summary>Clamp to the band and count the bound persons; sum the bases; write them when a bases span is given.</summary>
        Clamp,

        /// <summary>Clamp, write the bases, then the contributions of each base.</summary>
        Payroll,

        /// <summary>The contributions of given bases (no clamp).</summary>
        Contributions,
    }

    /// <summary>Runs <paramref name="operation"/> over persons [start, start + count) of <paramref name="batch"/>.</summary>
    internal static ContributionSums Run(scoped in ContributionBatch batch, Operation operation, int start, int count, BatchPath path)
    {
        bool lanes = operation switch
        {
            // Lane sums of one block (2048 bases ≤ cap < 2⁵¹) stay below 2⁶².
            Operation.Clamp => batch.Cap < 1L << 51,
            Operation.Payroll => batch.HasReciprocals && batch.Cap < RateReciprocal.BaseLimit,
            _ => batch.HasReciprocals,
        };

        if (!lanes)
        {
            return Exact(batch, operation, start, count);
        }

        return path switch
        {
            BatchPath.Vector512 => ByMode<Vector512Lanes, Vector512<long>>(batch, operation, start, count),
            BatchPath.Vector256 => ByMode<Vector256Lanes, Vector256<long>>(batch, operation, start, count),
            _ => ByMode<ScalarLanes, long>(batch, operation, start, count),
        };
    }

    private static ContributionSums ByMode<TL, TV>(scoped in ContributionBatch batch, Operation operation, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        if (operation == Operation.Clamp)
        {
            return batch.Bases.IsEmpty
                ? Blocks<TL, TV, RoundDown, Yes, No, No, No>(batch, start, count)
                : Blocks<TL, TV, RoundDown, Yes, Yes, No, No>(batch, start, count);
        }

        return batch.Mode switch
        {
            MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity => ByOperation<TL, TV, RoundDown>(batch, operation, start, count),
            MidpointRounding.ToPositiveInfinity => ByOperation<TL, TV, RoundUp>(batch, operation, start, count),
            MidpointRounding.AwayFromZero => ByOperation<TL, TV, RoundHalfAwayFromZero>(batch, operation, start, count),
            _ => ByOperation<TL, TV, RoundHalfToEven>(batch, operation, start, count),
        };
    }

    private static ContributionSums ByOperation<TL, TV, TR>(scoped in ContributionBatch batch, Operation operation, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
    {
        bool maternity = !batch.MaternityReciprocal.IsZero;
        if (operation == Operation.Payroll)
        {
            return maternity
                ? Blocks<TL, TV, TR, Yes, Yes, Yes, Yes>(batch, start, count)
                : Blocks<TL, TV, TR, Yes, Yes, Yes, No>(batch, start, count);
        }

        return maternity
            ? Blocks<TL, TV, TR, No, No, Yes, Yes>(batch, start, count)
            : Blocks<TL, TV, TR, No, No, Yes, No>(batch, start, count);
    }

    /// <summary>The block loop: pre-scan, then the lanes over the block and a one-lane tail.</summary>
    private static ContributionSums Blocks<TL, TV, TR, TClamp, TWriteBases, TContrib, TMaternity>(scoped in ContributionBatch batch, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
        where TClamp : struct, IFlag
        where TWriteBases : struct, IFlag
        where TContrib : struct, IFlag
        where TMaternity : struct, IFlag
    {
        var sums = default(ContributionSums);
        int end = start + count;
        for (int blockStart = start; blockStart < end; blockStart += BlockScan.Length)
        {
            int length = Math.Min(BlockScan.Length, end - blockStart);
            (long min, long max) = BlockScan.MinMax<TL, TV>(batch.Input, blockStart, length);
            if (min < 0)
            {
                sums.SetFault(BatchFault.Negative, BlockScan.FirstOutside(batch.Input, blockStart, length, 0, long.MaxValue));
                return sums;
            }

            if (!TClamp.Value && max >= RateReciprocal.BaseLimit)
            {
                sums.Add(Exact(batch, Operation.Contributions, blockStart, length));
                continue;
            }

            int vectorLength = length - (length % TL.Count);
            Lanes<TL, TV, TR, TClamp, TWriteBases, TContrib, TMaternity>(batch, blockStart, vectorLength, ref sums);
            if (vectorLength < length)
            {
                Lanes<ScalarLanes, long, TR, TClamp, TWriteBases, TContrib, TMaternity>(batch, blockStart + vectorLength, length - vectorLength, ref sums);
            }
        }

        return sums;
    }

    /// <summary>The fused loop over [start, start + count), count a multiple of the lane count.</summary>
    private static void Lanes<TL, TV, TR, TClamp, TWriteBases, TContrib, TMaternity>(scoped in ContributionBatch batch, int start, int count, ref ContributionSums sums)
        where TL : struct, ILanes<TV>
        where TV : struct
        where TR : struct, IRoundingRule
        where TClamp : struct, IFlag
        where TWriteBases : struct, IFlag
        where TContrib : struct, IFlag
        where TMaternity : struct, IFlag
    {
        if (count == 0)
        {
            return;
        }

        ref long input = ref MemoryMarshal.GetReference(batch.Input);
        ref long bases = ref MemoryMarshal.GetReference(batch.Bases);
        ref long employer = ref MemoryMarshal.GetReference(batch.Employer);
        ref long individual = ref MemoryMarshal.GetReference(batch.Individual);
        TV floor = TL.Create(batch.Floor);
        TV cap = TL.Create(batch.Cap);
        RateLanes<TV> er = default, mr = default, ir = default;
        if (TContrib.Value)
        {
            er = RateLanes<TV>.Create<TL>(batch.EmployerReciprocal);
            ir = RateLanes<TV>.Create<TL>(batch.IndividualReciprocal);
            if (TMaternity.Value)
            {
                mr = RateLanes<TV>.Create<TL>(batch.MaternityReciprocal);
            }
        }

        TV zero = TL.Create(0);
        TV sb = zero, se = zero, sm = zero, sp = zero, atFloor = zero, atCap = zero;
        nint end = start + count;
        for (nint i = start; i < end; i = unchecked(i + TL.Count))
        {
            TV b = TL.Load(ref Unsafe.Add(ref input, i));
            if (TClamp.Value)
            {
                atFloor = TL.Subtract(atFloor, TL.GreaterThan(floor, b));
                atCap = TL.Subtract(atCap, TL.GreaterThan(b, cap));
                b = TL.Min(TL.Max(b, floor), cap);
                if (TWriteBases.Value)
                {
                    TL.Store(ref Unsafe.Add(ref bases, i), b);
                }
            }

            sb = TL.Add(sb, b);
            if (TContrib.Value)
            {
                TV e = RateLanes<TV>.Apply<TL, TR>(b, er);
                TL.Store(ref Unsafe.Add(ref employer, i), e);
                se = TL.Add(se, e);
                if (TMaternity.Value)
                {
                    sm = TL.Add(sm, RateLanes<TV>.Apply<TL, TR>(b, mr));
                }

                TV p = RateLanes<TV>.Apply<TL, TR>(b, ir);
                TL.Store(ref Unsafe.Add(ref individual, i), p);
                sp = TL.Add(sp, p);
            }
        }

        sums.Bases = checked(sums.Bases + TL.Sum(sb));
        sums.Employer = checked(sums.Employer + TL.Sum(se));
        sums.Maternity = checked(sums.Maternity + TL.Sum(sm));
        sums.Individual = checked(sums.Individual + TL.Sum(sp));
        sums.AtFloor += TL.Sum(atFloor);
        sums.AtCap += TL.Sum(atCap);
    }

    /// <summary>
    /// The exact path and reference: per person, clamp and each product through <see cref="IntegerRounding"/>
    /// (Int128 when the product leaves 64 bits), checked sums. For inputs beyond the lanes' headroom.
    /// </summary>
    internal static ContributionSums Exact(scoped in ContributionBatch batch, Operation operation, int start, int count)
    {
        var sums = default(ContributionSums);
        bool clamp = operation != Operation.Contributions;
        bool contributions = operation != Operation.Clamp;
        bool writeBases = clamp && !batch.Bases.IsEmpty;
        Fraction er = batch.EmployerRate, mr = batch.MaternityRate, ir = batch.IndividualRate;
        for (int i = start; i < start + count; i++)
        {
            long b = batch.Input[i];
            if (b < 0)
            {
                sums.SetFault(BatchFault.Negative, i);
                return sums;
            }

            if (clamp)
            {
                if (b < batch.Floor)
                {
                    b = batch.Floor;
                    sums.AtFloor++;
                }
                else if (b > batch.Cap)
                {
                    b = batch.Cap;
                    sums.AtCap++;
                }

                if (writeBases)
                {
                    batch.Bases[i] = b;
                }
            }

            sums.Bases = checked(sums.Bases + b);
            if (contributions)
            {
                long e = MulDiv(b, er, batch.Mode);
                long m = mr.RawNumerator == 0 ? 0 : MulDiv(b, mr, batch.Mode);
                long p = MulDiv(b, ir, batch.Mode);
                batch.Employer[i] = e;
                batch.Individual[i] = p;
                sums.Employer = checked(sums.Employer + e);
                sums.Maternity = checked(sums.Maternity + m);
                sums.Individual = checked(sums.Individual + p);
            }
        }

        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long MulDiv(long value, Fraction rate, MidpointRounding mode) =>
        IntegerRounding.ToInt64(IntegerRounding.MultiplyDivide(value, rate.RawNumerator, rate.RawDenominator, mode), "contribution");
}
