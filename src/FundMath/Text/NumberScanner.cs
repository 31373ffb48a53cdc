using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// The one invariant number scanner behind every FundMath parser (Money, Rate, Fraction, Headcount,
/// PercentagePoints, printed figures, the readers and the CLI): an optional sign ('-' or '+'), ASCII digits with
/// optional thousands separators that group exactly three digits ("1,466" yes; "1,46", "1,2,3" and "1234,567" no),
/// an optional '.' followed by digits; no exponent, no spaces, no culture. It returns a
/// <see cref="ParseStatus"/> and the position of the first offending character instead of throwing.
/// </summary>
internal static class NumberScanner
{
    private const ulong MaxBeforeTimesTen = ulong.MaxValue / 10; // 1,844,674,407,370,955,161

    /// <summary>The longest run of decimals accepted (beyond it a value is not exact in any FundMath type).</summary>
    internal const int MaxScale = 28;

    /// <summary>
    /// Scans a number at the start of <paramref name="text"/>. On <see cref="ParseStatus.Ok"/>,
    /// <paramref name="end"/> is the index after the number (the caller decides what may follow); otherwise it is
    /// the position of the problem.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ParseStatus Scan(ReadOnlySpan<char> text, bool allowGrouping, out ScannedNumber number, out int end)
    {
        unchecked
        {
            number = default;
            int i = 0;
            bool negative = false;
            if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
            {
                negative = text[0] == '-';
                i = 1;
            }

            if (i >= text.Length)
            {
                end = i;
                return text.IsEmpty ? ParseStatus.Empty : ParseStatus.DigitExpectedAtEnd;
            }

            if (!char.IsAsciiDigit(text[i]))
            {
                end = i;
                return ParseStatus.DigitExpected;
            }

            ulong mantissa = 0;
            int groupLength = 0;
            bool grouped = false;
            while (i < text.Length)
            {
                uint d = unchecked((uint)(text[i] - '0'));
                if (d <= 9)
                {
                    if (mantissa >= MaxBeforeTimesTen && (mantissa > MaxBeforeTimesTen || d > 5))
                    {
                        end = i;
                        return ParseStatus.NumberTooLarge;
                    }

                    mantissa = (mantissa * 10) + d;
                    groupLength++;
                    i++;
                }
                else if (text[i] == ',')
                {
                    if (!allowGrouping)
                    {
                        end = i;
                        return ParseStatus.SeparatorNotAllowed;
                    }

                    if (!grouped)
                    {
                        if (groupLength > 3)
                        {
                            end = i;
                            return ParseStatus.FirstGroupTooLong;
                        }

                        grouped = true;
                    }
                    else if (groupLength != 3)
                    {
                        end = i;
                        return ParseStatus.GroupNotThreeDigits;
                    }

                    groupLength = 0;
                    i++;
                    if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                    {
                        end = i;
                        return ParseStatus.SeparatorWithoutDigits;
                    }
                }
                else
                {
                    break;
                }
            }

            if (grouped && groupLength != 3)
            {
                end = i - groupLength;
                return ParseStatus.LastGroupNotThreeDigits;
            }

            int scale = 0;
            int zeros = 0;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                {
                    end = i;
                    return ParseStatus.PointWithoutDigits;
                }

                while (i < text.Length)
                {
                    uint d = unchecked((uint)(text[i] - '0'));
                    if (d > 9)
                    {
                        break;
                    }

                    if (d == 0)
                    {
                        zeros++;
                    }
                    else
                    {
                        // Bring the pending zeros and this digit into the mantissa.
                        for (int k = 0; k <= zeros; k++)
                        {
                            if (mantissa > MaxBeforeTimesTen)
                            {
                                end = i;
                                return ParseStatus.TooManyDigits;
                            }

                            mantissa *= 10;
                        }

                        if (mantissa > ulong.MaxValue - d)
                        {
                            end = i;
                            return ParseStatus.TooManyDigits;
                        }

                        mantissa += d;
                        scale += zeros + 1;
                        zeros = 0;
                    }

                    if (scale + zeros > MaxScale)
                    {
                        end = i;
                        return ParseStatus.TooManyDigits;
                    }

                    i++;
                }
            }

            number = new ScannedNumber(mantissa, scale, negative, zeros);
            end = i;
            return ParseStatus.Ok;
        }
    }

    /// <summary>
    /// Scans text that must be a number and nothing else, as a <see cref="decimal"/> that keeps the printed
    /// scale ("8.70" → 8.70m).
    /// </summary>
    internal static ParseStatus ScanDecimal(ReadOnlySpan<char> text, bool allowGrouping, out decimal value, out int end)
    {
        value = 0;
        ParseStatus status = Scan(text, allowGrouping, out ScannedNumber n, out end);
        if (status != ParseStatus.Ok)
        {
            return status;
        }

        return ToDecimal(n, out value, ref end);
    }

    /// <summary>The scanned number as a decimal with its printed scale; fails past decimal's 28 digits.</summary>
    internal static ParseStatus ToDecimal(in ScannedNumber n, out decimal value, ref int end)
    {
        value = 0;
        UInt128 m = n.Mantissa;
        for (int k = 0; k < n.TrailingZeros; k++)
        {
            m *= 10;
        }

        if (m >> 96 != 0 || n.PrintedScale > 28)
        {
            end = 0;
            return ParseStatus.DecimalOutOfRange;
        }

        value = new decimal(unchecked((int)(uint)m), unchecked((int)(uint)(m >> 32)), unchecked((int)(uint)(m >> 64)), n.Negative, (byte)n.PrintedScale);
        return ParseStatus.Ok;
    }
}
