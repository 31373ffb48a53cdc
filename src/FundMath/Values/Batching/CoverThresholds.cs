using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// The four thresholds of a months-of-cover band policy (warning below, high above, reasonable from, reasonable to)
/// prepared once per batch, so each region's band is decided by cross-multiplication without a quotient, a
/// division or a GCD: months = actual × window / spent is compared with n/d as actual × window × d against
/// n × spent.
/// </summary>
/// <remarks>
/// The four thresholds are brought to one common denominator D once. When D ≤ 2⁵² (every realistic policy: the
/// defaults 3, 9, 6, 9 months have D = 1), the left side actual × window × D stays below 2⁶³ · 2¹¹ · 2⁵² = 2¹²⁶ and
/// each right side n' × spent below 2¹²⁶, so two 128-bit products per threshold decide exactly. Otherwise each
/// comparison goes through the exact 192-bit <see cref="WideArithmetic.CompareProducts"/>.
/// </remarks>
internal readonly struct CoverThresholds
{
    private const long FastDenominatorLimit = 1L << 52;

    private readonly Fraction warningBelow;
    private readonly Fraction highAbove;
    private readonly Fraction reasonableFrom;
    private readonly Fraction reasonableTo;
    private readonly bool fast;
    private readonly long denominator;
    private readonly long warningNumerator;
    private readonly long highNumerator;
    private readonly long fromNumerator;
    private readonly long toNumerator;
    private readonly long largestNumerator;

    /// <summary>Prepares the thresholds (once per batch).</summary>
    internal CoverThresholds(Fraction warningBelow, Fraction highAbove, Fraction reasonableFrom, Fraction reasonableTo)
    {
        // In lowest terms (once per batch), so that the common denominator stays as small as possible.
        this.warningBelow = warningBelow = warningBelow.Reduced();
        this.highAbove = highAbove = highAbove.Reduced();
        this.reasonableFrom = reasonableFrom = reasonableFrom.Reduced();
        this.reasonableTo = reasonableTo = reasonableTo.Reduced();
        UInt128 d = 1;
        foreach (long den in (ReadOnlySpan<long>)[warningBelow.RawDenominator, highAbove.RawDenominator, reasonableFrom.RawDenominator, reasonableTo.RawDenominator])
        {
            UInt128 g = IntegerRounding.Gcd(d, (UInt128)(ulong)den);
            d = d / g * (ulong)den;
            if (d > FastDenominatorLimit)
            {
                break;
            }
        }

        fast = d <= FastDenominatorLimit
            && TryScale(warningBelow, (long)d, out warningNumerator)
            && TryScale(highAbove, (long)d, out highNumerator)
            && TryScale(reasonableFrom, (long)d, out fromNumerator)
            && TryScale(reasonableTo, (long)d, out toNumerator);
        denominator = fast ? (long)d : 1;
        largestNumerator = Math.Max(Math.Max(Magnitude(warningNumerator), Magnitude(highNumerator)), Math.Max(Magnitude(fromNumerator), Magnitude(toNumerator)));
    }

    /// <summary>
    /// True when the 64-bit path (<see cref="Classify64"/>) is exact for every row whose inputs (book balance, each
    /// deduction, expenditure) are at most <paramref name="magnitudeBound"/> + 1 in magnitude: then |actual| ≤ 6·bound,
    /// |actual × window × D| ≤ 6 · bound · 1200 · D and |n' × spent| ≤ max n' · bound, and both must stay below 2⁶².
    /// Decided once per batch from the batch's largest input.
    /// </summary>
    internal bool Fits64(long magnitudeBound)
    {
        if (!fast)
        {
            return false;
        }

        UInt128 bound = (UInt128)(ulong)magnitudeBound + 1;
        const ulong limit = 1UL << 62;
        return bound * 6 * 1200 * (ulong)denominator < limit && bound * (ulong)largestNumerator < limit;
    }

    /// <summary>
    /// As <see cref="Classify"/> in plain 64-bit arithmetic (IMUL), for a batch <see cref="Fits64"/> has admitted:
    /// no product and no difference can overflow, so each comparison is the sign bit of a difference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (int Band, bool Reasonable) Classify64(long actual, int window, long spent)
    {
        long left = unchecked(actual * window * denominator);
        int below = Less64(left, unchecked(warningNumerator * spent));
        int above = Less64(unchecked(highNumerator * spent), left);
        int outside = Less64(left, unchecked(fromNumerator * spent)) | Less64(unchecked(toNumerator * spent), left);
        return (1 - below + above, outside == 0);
    }

    /// <summary>1 when <paramref name="left"/> &lt; <paramref name="right"/> for operands below 2⁶² in magnitude (the sign of their difference).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Less64(long left, long right) => unchecked((int)((ulong)(left - right) >> 63));

    /// <summary>|value| as a bound (|long.MinValue| saturates).</summary>
    internal static long Magnitude(long value) => value == long.MinValue ? long.MaxValue : Math.Abs(value);

    /// <summary>
    /// The band code (0 = below warning, 1 = between, 2 = above high: the values of <c>CoverBand</c>) and whether the months lie in the reasonable
    /// range, for months = <paramref name="actual"/> × <paramref name="window"/> / <paramref name="spent"/>
    /// (<paramref name="spent"/> &gt; 0, 1 ≤ window ≤ 1200).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (int Band, bool Reasonable) Classify(long actual, int window, long spent)
    {
        Int128 a = WideArithmetic.Multiply(actual, window);
        if (fast)
        {
            // Branch-free: each comparison is the sign of a 128-bit difference (all operands below 2¹²⁶).
            Int128 left = denominator == 1 ? a : unchecked(a * denominator);
            int below = WideArithmetic.Less(left, WideArithmetic.Multiply(warningNumerator, spent));
            int above = WideArithmetic.Less(WideArithmetic.Multiply(highNumerator, spent), left);
            int outside = WideArithmetic.Less(left, WideArithmetic.Multiply(fromNumerator, spent))
                | WideArithmetic.Less(WideArithmetic.Multiply(toNumerator, spent), left);
            return (1 - below + above, outside == 0);
        }

        return Slow(a, spent);
    }

    private (int Band, bool Reasonable) Slow(Int128 a, long spent)
    {
        // months vs n/d  ⇔  a·d vs n·spent (spent > 0, d > 0).
        int band = WideArithmetic.CompareProducts(a, warningBelow.RawDenominator, warningBelow.RawNumerator, spent) < 0 ? 0
            : WideArithmetic.CompareProducts(a, highAbove.RawDenominator, highAbove.RawNumerator, spent) > 0 ? 2 : 1;
        bool reasonable = WideArithmetic.CompareProducts(a, reasonableFrom.RawDenominator, reasonableFrom.RawNumerator, spent) >= 0
            && WideArithmetic.CompareProducts(a, reasonableTo.RawDenominator, reasonableTo.RawNumerator, spent) <= 0;
        return (band, reasonable);
    }

    private static bool TryScale(Fraction f, long d, out long numerator)
    {
        Int128 n = (Int128)f.RawNumerator * (d / f.RawDenominator);
        numerator = IntegerRounding.FitsInt64(n) ? (long)n : 0;
        return IntegerRounding.FitsInt64(n);
    }
}
