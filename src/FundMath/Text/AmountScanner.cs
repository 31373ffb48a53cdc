using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// The one amount scanner: money as reports print it ("236.54元", "84,555万元", "3.86亿元", "1.71亿",
/// "1,466.00", a plain number in a default unit) and headcounts ("3,019,813人", "72.74万人"). Exact: digits below
/// the fen (or a fraction of a person) are an error, never rounded. Returns a <see cref="ParseStatus"/> and a
/// position; never throws, never allocates.
/// </summary>
internal static class AmountScanner
{
    /// <summary>10⁰ … 10¹⁹ as unsigned 64-bit integers.</summary>
    internal static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>
    /// Scans a money amount. Text without a unit suffix is in the unit of power <paramref name="defaultExponent"/> (0 元, 4 万元, 8 亿元); a single space may
    /// separate the number from its unit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ParseStatus ScanMoney(ReadOnlySpan<char> s, int defaultExponent, out long fen, out int position)
    {
        // Empty text (or a bare unit) needs no early exit: NumberScanner.Scan returns Empty at position 0.
        fen = 0;
        int suffixLength = UnitTable.MatchMoneySuffix(s, out int exponent);
        ReadOnlySpan<char> number = s[..^suffixLength];
        if (suffixLength == 0)
        {
            exponent = defaultExponent;
        }
        else if (number.Length > 0 && number[^1] == ' ')
        {
            number = number[..^1];
        }

        ParseStatus status = NumberScanner.Scan(number, allowGrouping: true, out ScannedNumber n, out position);
        if (status != ParseStatus.Ok)
        {
            return status == ParseStatus.NumberTooLarge ? ParseStatus.MoneyOutOfRange : status;
        }

        if (position != number.Length)
        {
            return ParseStatus.Unexpected;
        }

        return ToFen(n, exponent, number.Length - n.TrailingZeros, out fen, ref position);
    }

    /// <summary>±mantissa·10^(2 + exponent − scale) as a count of fen, exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ParseStatus ToFen(in ScannedNumber n, int unitExponent, int lastSignificant, out long fen, ref int position)
    {
        fen = 0;
        int shift = 2 + unitExponent - n.Scale;
        // Initialised although every path below assigns it before use: a mutation test that empties a branch or
        // turns the `||` into `&&` must still compile (an unassigned local would make Stryker drop every mutant
        // of this method).
        ulong magnitude = 0;
        if (shift >= 0)
        {
            if (n.Mantissa == 0)
            {
                return ParseStatus.Ok;
            }

            if (shift > 19 || Math.BigMul(n.Mantissa, PowersOfTen[shift], out magnitude) != 0)
            {
                position = 0;
                return ParseStatus.MoneyOutOfRange;
            }
        }
        else
        {
            // A non-zero digit below the fen (trailing zeros are not in the mantissa, so any remainder is one).
            if (-shift > 19)
            {
                position = lastSignificant + shift;
                return ParseStatus.BelowFen;
            }

            ulong divisor = PowersOfTen[-shift];
            magnitude = n.Mantissa / divisor;
            if (magnitude * divisor != n.Mantissa)
            {
                position = lastSignificant + shift;
                return ParseStatus.BelowFen;
            }
        }

        if (magnitude > (n.Negative ? 0x8000_0000_0000_0000UL : long.MaxValue))
        {
            position = 0;
            return ParseStatus.MoneyOutOfRange;
        }

        fen = n.Negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return ParseStatus.Ok;
    }

    /// <summary>Scans a headcount: persons ("3,019,813", "3019813人") or 万人 ("72.74万人", "72.74万").</summary>
    internal static ParseStatus ScanHeadcount(ReadOnlySpan<char> s, out long persons, out int position)
    {
        // Empty text (or a bare unit) needs no early exit: NumberScanner.Scan returns Empty at position 0.
        persons = 0;
        int suffixLength = UnitTable.MatchHeadcountSuffix(s, out int exponent);
        ReadOnlySpan<char> number = s[..^suffixLength];
        if (suffixLength > 0 && number.Length > 0 && number[^1] == ' ')
        {
            number = number[..^1];
        }

        ParseStatus status = NumberScanner.Scan(number, allowGrouping: true, out ScannedNumber n, out position);
        if (status != ParseStatus.Ok)
        {
            return status == ParseStatus.NumberTooLarge ? ParseStatus.HeadcountOutOfRange : status;
        }

        if (position != number.Length)
        {
            return ParseStatus.Unexpected;
        }

        if (n.Negative && n.Mantissa != 0)
        {
            position = 0;
            return ParseStatus.NegativeHeadcount;
        }

        int shift = exponent - n.Scale;
        if (shift < 0)
        {
            // More decimals than the unit has powers of ten: the scale ends at the last non-zero decimal (trailing
            // zeros are in neither the mantissa nor the scale), so that digit is a fraction of a person.
            position = number.Length - 1;
            return ParseStatus.FractionOfPerson;
        }

        if (Math.BigMul(n.Mantissa, PowersOfTen[shift], out ulong magnitude) != 0 || magnitude > long.MaxValue)
        {
            position = 0;
            return ParseStatus.HeadcountOutOfRange;
        }

        persons = (long)magnitude;
        return ParseStatus.Ok;
    }
}
