using System;
using System.Runtime.CompilerServices;

namespace FundMath.Benefits;

/// <summary>
/// The fixed-point arithmetic of benefit settlement — 待遇结算定点运算: every plan rate is held as an integer
/// numerator over <see cref="Scale"/> (10⁶, i.e. to 0.0001%), so <c>amount × rate</c> is one 64-bit multiply and a
/// division by a constant (a multiply-high after JIT), rounded once with the plan's mode. Amounts are bounded per
/// person-year by <see cref="MaxPersonYearFen"/>, so no product can exceed 10¹⁸ and the loops run unchecked.
/// </summary>
internal static class BenefitArithmetic
{
    /// <summary>The denominator of every fixed-point rate: 10⁶ (0.0001%).</summary>
    internal const long Scale = 1_000_000;

    /// <summary>
    /// The largest total of one person's claims in one year, in fen: 10¹² (100亿元). Far above any real claim; it
    /// bounds every product of an amount and a rate numerator by 10¹⁸ (&lt; 2⁶³).
    /// </summary>
    internal const long MaxPersonYearFen = 1_000_000_000_000;

    /// <summary>No cap: the largest representable amount.</summary>
    internal const long NoCap = long.MaxValue;

    /// <summary>
    /// <paramref name="rate"/> as a numerator over <see cref="Scale"/>; the rate must lie in 0–100% and be a multiple
    /// of 0.0001%.
    /// </summary>
    /// <exception cref="ArgumentException">The rate is outside 0–100% or not a multiple of 0.0001%; the message names <paramref name="what"/>.</exception>
    internal static long ToFixed(Rate rate, string what)
    {
        Fraction f = rate.Value;
        if (f.Sign < 0 || f > Fraction.One)
        {
            throw new ArgumentException($"{what} = {rate} is outside 0%–100%: a benefit rate is a share of an amount.");
        }

        Int128 scaled = (Int128)f.Numerator * Scale;
        if (scaled % f.Denominator != 0)
        {
            throw new ArgumentException($"{what} = {rate} is not a multiple of 0.0001%: benefit plans hold rates to 0.0001% (e.g. 83.5%, 8.75%).");
        }

        return (long)(scaled / f.Denominator);
    }

    /// <summary>The fixed-point numerator back as a <see cref="Rate"/>.</summary>
    internal static Rate ToRate(long numerator) => Rate.FromRatio(numerator, Scale);

    /// <summary>round(<paramref name="amount"/> × <paramref name="numerator"/> / 10⁶) with <paramref name="mode"/>; both non-negative.</summary>
    internal static long Apply(long amount, long numerator, MidpointRounding mode) => mode switch
    {
        MidpointRounding.AwayFromZero => AwayFromZero.Quotient(unchecked(amount * numerator)),
        MidpointRounding.ToEven => ToEven.Quotient(unchecked(amount * numerator)),
        MidpointRounding.ToPositiveInfinity => Up.Quotient(unchecked(amount * numerator)),
        _ => Down.Quotient(unchecked(amount * numerator)),
    };

    /// <summary>One rounding of a non-negative fixed-point product to the fen, chosen once per batch as a type argument.</summary>
    internal interface IRounding
    {
        /// <summary>round(<paramref name="product"/> / 10⁶) for a non-negative product.</summary>
        static abstract long Quotient(long product);
    }

    /// <summary>四舍五入: halves away from zero.</summary>
    internal readonly struct AwayFromZero : IRounding
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Quotient(long product)
        {
            unchecked
            {
                long q = product / Scale;
                return (product - (q * Scale)) * 2 >= Scale ? q + 1 : q;
            }
        }
    }

    /// <summary>Banker's rounding: halves to the even fen.</summary>
    internal readonly struct ToEven : IRounding
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Quotient(long product)
        {
            unchecked
            {
                long q = product / Scale;
                long twice = (product - (q * Scale)) * 2;
                return twice > Scale || (twice == Scale && (q & 1) == 1) ? q + 1 : q;
            }
        }
    }

    /// <summary>Truncation (ToZero, and ToNegativeInfinity: the same for non-negative products).</summary>
    internal readonly struct Down : IRounding
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Quotient(long product) => unchecked(product / Scale);
    }

    /// <summary>Rounding up (ToPositiveInfinity).</summary>
    internal readonly struct Up : IRounding
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Quotient(long product)
        {
            unchecked
            {
                long q = product / Scale;
                return product - (q * Scale) > 0 ? q + 1 : q;
            }
        }
    }
}
