using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// Exact integer division with an explicit <see cref="MidpointRounding"/> mode. Every rounding in FundMath
/// funnels through here, so the five modes behave identically for money, rates, headcounts and fractions.
/// </summary>
internal static class IntegerRounding
{
    /// <summary>Rounds <paramref name="numerator"/>/<paramref name="denominator"/> to an integer.</summary>
    /// <remarks>
    /// <see cref="MidpointRounding.AwayFromZero"/> is 四舍五入; <see cref="MidpointRounding.ToEven"/> is banker's
    /// rounding; <see cref="MidpointRounding.ToZero"/> truncates; <see cref="MidpointRounding.ToNegativeInfinity"/>
    /// is floor and <see cref="MidpointRounding.ToPositiveInfinity"/> ceiling (directed roundings, as in
    /// <see cref="Math.Round(decimal, MidpointRounding)"/>).
    /// </remarks>
    internal static Int128 Divide(Int128 numerator, Int128 denominator, MidpointRounding mode)
    {
        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero("Division by zero in an exact rounding.");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        Int128 quotient = Int128.DivRem(numerator, denominator).Quotient;
        Int128 remainder = numerator - (quotient * denominator);
        if (remainder == 0)
        {
            return quotient;
        }

        int sign = numerator < 0 ? -1 : 1;
        switch (mode)
        {
            case MidpointRounding.ToZero:
                return quotient;
            case MidpointRounding.ToNegativeInfinity:
                return sign < 0 ? quotient - 1 : quotient;
            case MidpointRounding.ToPositiveInfinity:
                return sign > 0 ? quotient + 1 : quotient;
            case MidpointRounding.AwayFromZero:
            case MidpointRounding.ToEven:
                Int128 twice = Int128.Abs(remainder) * 2;
                int cmp = twice.CompareTo(denominator);
                if (cmp > 0 || (cmp == 0 && (mode == MidpointRounding.AwayFromZero || !Int128.IsEvenInteger(quotient))))
                {
                    return quotient + sign;
                }

                return quotient;
            default:
                Preconditions.ThrowArgument("mode", $"rounding mode {(int)mode} is not a defined System.MidpointRounding value.");
                return 0;
        }
    }

    /// <summary>True when <paramref name="value"/> fits in a <see cref="long"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FitsInt64(Int128 value) => value <= long.MaxValue && value >= long.MinValue;

    /// <summary>
    /// <paramref name="value"/> × <paramref name="numerator"/> / <paramref name="denominator"/> rounded once with
    /// <paramref name="mode"/>. When the magnitude of the product fits in 64 bits and the denominator is positive (every
    /// amount in Money's range times a rate of a few digits: a third, 7/12, a balance over a month's expenditure) it
    /// stays in 64-bit arithmetic — one 64×64 multiply and one 64-bit division; otherwise it goes through the exact
    /// 128-bit <see cref="Divide"/>. Both paths round identically (a property test compares them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Int128 MultiplyDivide(long value, long numerator, long denominator, MidpointRounding mode)
    {
        unchecked
        {
            ulong a = value < 0 ? 0UL - (ulong)value : (ulong)value;
            ulong n = numerator < 0 ? 0UL - (ulong)numerator : (ulong)numerator;
            ulong high = Math.BigMul(a, n, out ulong product);
            if (high == 0 && denominator > 0 && (uint)mode <= (uint)MidpointRounding.ToPositiveInfinity)
            {
                ulong d = (ulong)denominator;
                ulong quotient = product / d;
                bool negative = (value ^ numerator) < 0;

                // quotient + 1 cannot wrap: a remainder needs d ≥ 2, so quotient < 2⁶³.
                quotient = DecimalDigits.Round(quotient, product - (quotient * d), d, negative, mode);
                return negative ? -(Int128)quotient : quotient;
            }

            return Divide((Int128)value * numerator, denominator, mode);
        }
    }

    /// <summary>Narrows an <see cref="Int128"/> to <see cref="long"/>, throwing a named overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long ToInt64(Int128 value, string what)
    {
        if (value > long.MaxValue || value < long.MinValue)
        {
            Preconditions.ThrowOverflow($"{what} {value} does not fit in 64 bits.");
        }

        return (long)value;
    }

    /// <summary>
    /// Greatest common divisor of two non-negative values: Stein's binary algorithm (shifts by trailing-zero counts and
    /// subtractions — no division; gcd(0, b) = b).
    /// </summary>
    internal static ulong Gcd(ulong a, ulong b)
    {
        if (a == 0 || b == 0)
        {
            return a | b;
        }

        int shift = BitOperations.TrailingZeroCount(a | b);
        a >>= BitOperations.TrailingZeroCount(a);
        do
        {
            b >>= BitOperations.TrailingZeroCount(b);
            if (a > b)
            {
                (a, b) = (b, a);
            }

            b -= a;
        }
        while (b != 0);

        return a << shift;
    }

    /// <summary>Greatest common divisor on 128 bits (the 64-bit binary algorithm when both fit in 64 bits).</summary>
    internal static UInt128 Gcd(UInt128 a, UInt128 b)
    {
        if ((a >> 64) == 0 && (b >> 64) == 0)
        {
            return Gcd((ulong)a, (ulong)b);
        }

        while (b != 0)
        {
            (a, b) = (b, a % b);
            if ((a >> 64) == 0 && (b >> 64) == 0)
            {
                return Gcd((ulong)a, (ulong)b);
            }
        }

        return a;
    }

    /// <summary>Powers of ten as 64-bit integers, 10^0 .. 10^18.</summary>
    internal static readonly long[] PowersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>10^<paramref name="exponent"/> as <see cref="Int128"/> (0 ≤ exponent ≤ 38).</summary>
    internal static Int128 Pow10(int exponent)
    {
        if (exponent <= 18)
        {
            return PowersOfTen[exponent];
        }

        Int128 result = PowersOfTen[18];
        for (int i = 18; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Splits a decimal into an exact integer mantissa and a power-of-ten scale.</summary>
    internal static (Int128 Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // Bit reinterpretation of the 32-bit words: unchecked, or any word with its top bit set throws.
        UInt128 magnitude = new UInt128(0, unchecked(((ulong)(uint)bits[2] << 32) | (uint)bits[1]));
        magnitude = (magnitude << 32) | unchecked((uint)bits[0]);
        int scale = (bits[3] >> 16) & 0xFF;
        Int128 mantissa = (Int128)magnitude;
        return (bits[3] < 0 ? -mantissa : mantissa, scale);
    }
}
