using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// Fixed-point arithmetic and digit writing on unsigned 64-bit magnitudes, with the divisions by powers of ten
/// spelled as constants so the JIT turns them into multiplications (no 128-bit or runtime division on the hot
/// paths of <c>Money × Rate</c>, formatting and parsing).
/// </summary>
internal static class DecimalDigits
{
    /// <summary>Quotient and remainder of <paramref name="value"/> / 10^<paramref name="exponent"/> (0 ≤ exponent ≤ 19).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivRemPow10(ulong value, int exponent, out ulong remainder)
    {
        unchecked
        {
            ulong q;
            switch (exponent)
            {
                case 0:
                    remainder = 0;
                    return value;
                case 2:
                    q = value / 100;
                    remainder = value - (q * 100);
                    return q;
                case 4:
                    q = value / 10_000;
                    remainder = value - (q * 10_000);
                    return q;
                case 6:
                    q = value / 1_000_000;
                    remainder = value - (q * 1_000_000);
                    return q;
                case 8:
                    q = value / 100_000_000;
                    remainder = value - (q * 100_000_000);
                    return q;
                case 10:
                    q = value / 10_000_000_000;
                    remainder = value - (q * 10_000_000_000);
                    return q;
                default:
                    ulong divisor = AmountScanner.PowersOfTen[exponent];
                    q = value / divisor;
                    remainder = value - (q * divisor);
                    return q;
            }
        }
    }

    /// <summary>
    /// Rounds the magnitude <paramref name="quotient"/> + <paramref name="remainder"/>/<paramref name="divisor"/>
    /// of a value of sign <paramref name="negative"/> to an integer magnitude with <paramref name="mode"/>
    /// (the same five modes, with the same results, as <see cref="IntegerRounding.Divide"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Round(ulong quotient, ulong remainder, ulong divisor, bool negative, MidpointRounding mode)
    {
        unchecked
        {
            if (remainder == 0)
            {
                return quotient;
            }

            ulong half = divisor - remainder; // remainder > half ⇔ 2·remainder > divisor, without overflow
            bool up = mode switch
            {
                MidpointRounding.AwayFromZero => remainder >= half,
                MidpointRounding.ToEven => remainder > half || (remainder == half && (quotient & 1) != 0),
                MidpointRounding.ToZero => false,
                MidpointRounding.ToNegativeInfinity => negative,
                _ => !negative, // ToPositiveInfinity; modes are checked at the public boundary
            };
            return up ? quotient + 1 : quotient;
        }
    }

    /// <summary>The number of decimal digits of <paramref name="value"/> (1 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CountDigits(ulong value)
    {
        // floor(log10) from floor(log2): 1233/4096 ≈ log10(2), corrected by one comparison.
        int t = ((BitOperations.Log2(value | 1) + 1) * 1233) >> 12;
        return t + 1 - ((value | 1) < AmountScanner.PowersOfTen[t] ? 1 : 0);
    }

    /// <summary>
    /// Writes ±<paramref name="magnitude"/>·10^−<paramref name="decimals"/> ("-1,466.00"), invariant, with optional
    /// thousands separators; false when <paramref name="destination"/> is too small.
    /// </summary>
    internal static bool TryWrite(Span<char> destination, out int charsWritten, ulong magnitude, bool negative, int decimals, bool grouping)
    {
        unchecked
        {
            int digits = CountDigits(magnitude);
            if (digits <= decimals)
            {
                digits = decimals + 1;
            }

            int integerDigits = digits - decimals;
            int separators = grouping ? (integerDigits - 1) / 3 : 0;
            int length = (negative ? 1 : 0) + integerDigits + separators + (decimals > 0 ? 1 + decimals : 0);
            if ((uint)length > (uint)destination.Length)
            {
                charsWritten = 0;
                return false;
            }

            int pos = length - 1;
            for (int i = 0; i < decimals; i++)
            {
                ulong q = magnitude / 10;
                destination[pos--] = (char)('0' + (int)(magnitude - (q * 10)));
                magnitude = q;
            }

            if (decimals > 0)
            {
                destination[pos--] = '.';
            }

            for (int i = 0; i < integerDigits; i++)
            {
                if (grouping && i > 0 && i % 3 == 0)
                {
                    destination[pos--] = ',';
                }

                ulong q = magnitude / 10;
                destination[pos--] = (char)('0' + (int)(magnitude - (q * 10)));
                magnitude = q;
            }

            if (negative)
            {
                destination[0] = '-';
            }

            charsWritten = length;
            return true;
        }
    }
}
