using System;

namespace FundMath;

/// <summary>
/// Splits a total into parts proportional to weights so that the parts always add up exactly to the total —
/// 按比例分摊（最大余数法）. Used for splitting a subsidy between levels of government, a deficit between the
/// collected fund and a county, or 100.00% between cohort shares so that printed shares sum exactly.
/// </summary>
/// <remarks>
/// <para>Method (Hamilton / largest remainder): each part first gets ⌊total × wᵢ / Σw⌋ units; the k units left
/// over (k &lt; number of parts with a non-zero weight) go one each to the parts with the largest remainders.
/// Ties between equal remainders are broken by position: the earlier part wins. The result is deterministic
/// and independent of thread or platform.</para>
/// <para>Guarantees: Σ parts = total exactly; every part is within one unit (one fen) of its exact share
/// total × wᵢ / Σw; parts with equal weights differ by at most one unit; a zero weight gets zero. A negative
/// total is split as its absolute value and negated, so <c>Split(−t)</c> = −<c>Split(t)</c>.</para>
/// <para>The methods write into a caller-supplied span and allocate nothing: scratch space for up to 256 parts
/// is on the stack; above that a per-thread scratch array is grown once to the largest size used on that thread
/// and reused (no pool, so no trimming and no re-allocation after the first call).</para>
/// </remarks>
public static class Apportionment
{
    private const int StackLimit = 256;

    /// <summary>Splits <paramref name="total"/> by non-negative integer weights (headcounts, fen amounts).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative, or all weights are zero.</exception>
    public static void Split(Money total, ReadOnlySpan<long> weights, Span<Money> parts)
    {
        Span<long> fen = System.Runtime.InteropServices.MemoryMarshal.Cast<Money, long>(parts);
        Split(total.Fen, weights, fen);
    }

    /// <summary>Splits <paramref name="total"/> by headcounts (e.g. a transfer quota by insured persons).</summary>
    public static void Split(Money total, ReadOnlySpan<Headcount> weights, Span<Money> parts) =>
        Split(total, System.Runtime.InteropServices.MemoryMarshal.Cast<Headcount, long>(weights), parts);

    /// <summary>Splits <paramref name="total"/> by non-negative amounts (e.g. by each region's expenditure).</summary>
    public static void Split(Money total, ReadOnlySpan<Money> weights, Span<Money> parts) =>
        Split(total, System.Runtime.InteropServices.MemoryMarshal.Cast<Money, long>(weights), parts);

    /// <summary>Splits <paramref name="total"/> by non-negative rates (e.g. 20% / 80%).</summary>
    /// <exception cref="ArgumentException">Lengths differ, a rate is negative, or all rates are zero.</exception>
    /// <exception cref="OverflowException">The rates' common denominator, a weight over it, or their sum does not fit in 64 bits; the message names the weight.</exception>
    public static void Split(Money total, ReadOnlySpan<Rate> weights, Span<Money> parts)
    {
        long lcm = 1;
        for (int i = 0; i < weights.Length; i++)
        {
            long d = weights[i].Value.Reduced().RawDenominator;
            long reduced = lcm / (long)IntegerRounding.Gcd((ulong)lcm, (ulong)d);
            if (Math.BigMul(reduced, d, out long next) != 0 || next < 0)
            {
                throw new OverflowException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Apportionment.Split: the common denominator of the rates up to weights[{i}] {weights[i]} (denominator {d:N0}) exceeds {long.MaxValue:N0} (Int64.MaxValue)."));
            }

            lcm = next;
        }

        Span<long> integerWeights = weights.Length <= StackLimit
            ? stackalloc long[weights.Length]
            : Scratch.Weights(weights.Length);
        for (int i = 0; i < weights.Length; i++)
        {
            Fraction v = weights[i].Value.Reduced();
            if (v.RawNumerator < 0)
            {
                // Refused here, by the rate the caller gave, rather than by the integer split as its scaled weight.
                Preconditions.ThrowArgument(nameof(weights), $"weights[{i}] {weights[i]} is negative: apportionment weights must be ≥ 0.");
            }

            long high = Math.BigMul(v.RawNumerator, lcm / v.RawDenominator, out long scaled);
            if (high != (scaled < 0 ? -1 : 0))
            {
                throw new OverflowException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Apportionment.Split: weights[{i}] {weights[i]} over the common denominator {lcm:N0} exceeds {long.MaxValue:N0} (Int64.MaxValue)."));
            }

            integerWeights[i] = scaled;
        }

        Split(total, integerWeights, parts);
    }

    /// <summary>
    /// Shares of a whole as rates with <paramref name="percentDecimals"/> decimals of percent that sum to
    /// exactly 100% (e.g. 75.15% / 21.10% / 3.75% instead of a printed 100.01%).
    /// </summary>
    public static void Percentages(ReadOnlySpan<long> weights, int percentDecimals, Span<Rate> shares)
    {
        Preconditions.CheckArgumentRange(nameof(percentDecimals), percentDecimals, 0, 12);
        if (shares.Length != weights.Length)
        {
            Preconditions.ThrowArgument(nameof(shares), $"shares has length {shares.Length} but weights has length {weights.Length}.");
        }

        long units = 100 * IntegerRounding.PowersOfTen[percentDecimals];
        Span<long> integerShares = weights.Length <= StackLimit
            ? stackalloc long[weights.Length]
            : Scratch.Weights(weights.Length);
        Split(units, weights, integerShares);
        for (int i = 0; i < shares.Length; i++)
        {
            shares[i] = Rate.FromRatio(integerShares[i], units);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowWeightSumOverflow(long sum, long weight, int index) =>
        throw new OverflowException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Apportionment.Split: the running weight sum {sum:N0} + weights[{index}] {weight:N0} exceeds {long.MaxValue:N0} (Int64.MaxValue): scale the weights down (e.g. 万人 instead of persons)."));

    /// <summary>Splits an integer <paramref name="total"/> (fen, persons, hundredths of a percent) by weights.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative, or all weights are zero.</exception>
    /// <exception cref="OverflowException">The weights sum past <see cref="long.MaxValue"/>; the message names the weight.</exception>
    public static void Split(long total, ReadOnlySpan<long> weights, Span<long> parts)
    {
        if (parts.Length != weights.Length)
        {
            Preconditions.ThrowArgument(nameof(parts), $"parts has length {parts.Length} but weights has length {weights.Length}.");
        }

        long weightSum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                Preconditions.ThrowArgument(nameof(weights), $"weights[{i}] {weights[i]} is negative: apportionment weights must be ≥ 0.");
            }

            long next = unchecked(weightSum + weights[i]);
            if (next < 0)
            {
                ThrowWeightSumOverflow(weightSum, weights[i], i);
            }

            weightSum = next;
        }

        if (weightSum == 0)
        {
            Preconditions.ThrowArgument(nameof(weights), $"the {weights.Length} weights sum to zero: there is nothing to apportion {total} by.");
        }

        bool negative = total < 0;
        ulong t = negative ? unchecked((ulong)(-(total + 1)) + 1) : (ulong)total; // |long.MinValue| = 2⁶³ fits
        ulong w = (ulong)weightSum;
        Span<long> remainders = weights.Length <= StackLimit
            ? stackalloc long[weights.Length]
            : Scratch.Remainders(weights.Length);
        ulong assigned = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            // t·wᵢ in 128 bits; the common case fits in 64 and avoids the slow 128-bit division.
            ulong high = Math.BigMul(t, (ulong)weights[i], out ulong low);
            ulong q;
            ulong r;
            if (high == 0)
            {
                q = low / w;
                r = low - (q * w);
            }
            else
            {
                UInt128 product = new(high, low);
                UInt128 q128 = product / w;
                q = (ulong)q128; // q ≤ t because wᵢ ≤ Σw
                r = (ulong)(product - (q128 * w));
            }

            remainders[i] = (long)r;
            parts[i] = (long)q;
            assigned += q;
        }

        long leftover = (long)(t - assigned);
        if (leftover > 0)
        {
            DistributeLeftover(remainders, leftover, parts);
        }

        if (negative)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }
    }

    // Gives one unit to each of the `leftover` largest remainders (earlier index wins ties), without sorting:
    // binary-search the smallest threshold t with count(r > t) ≤ leftover, then fill ties at t in index order.
    private static void DistributeLeftover(ReadOnlySpan<long> remainders, long leftover, Span<long> parts)
    {
        long lo = -1;
        long hi = 0;
        foreach (long r in remainders)
        {
            hi = Math.Max(hi, r);
        }

        // Invariant: count(r > hi) ≤ leftover; count(r > lo) > leftover.
        while (hi - lo > 1)
        {
            long mid = lo + ((hi - lo) / 2);
            long count = 0;
            foreach (long r in remainders)
            {
                if (r > mid)
                {
                    count++;
                }
            }

            if (count <= leftover)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        long given = 0;
        for (int i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] > hi)
            {
                parts[i]++;
                given++;
            }
        }

        for (int i = 0; i < remainders.Length && given < leftover; i++)
        {
            if (remainders[i] == hi && remainders[i] > 0)
            {
                parts[i]++;
                given++;
            }
        }
    }

    // Per-thread scratch for more than StackLimit parts: grown once, then reused, so every later split of the
    // same or a smaller size allocates nothing (ArrayPool.Shared may trim and re-allocate after a gen-2 GC).
    // Two slots because a split by rates (weights) calls the integer split (remainders).
    private static class Scratch
    {
        [ThreadStatic]
        private static long[]? weights;

        [ThreadStatic]
        private static long[]? remainders;

        internal static Span<long> Weights(int length) => Get(ref weights, length);

        internal static Span<long> Remainders(int length) => Get(ref remainders, length);

        private static Span<long> Get(ref long[]? slot, int length)
        {
            if (slot is null || slot.Length < length)
            {
                slot = new long[Math.Max(length, 2 * StackLimit)];
            }

            return slot.AsSpan(0, length);
        }
    }
}
