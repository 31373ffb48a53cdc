using System;
using System.Globalization;
using System.Text;

namespace FundMath;

/// <summary>Span-based formatting and parsing primitives shared by the value types (allocation-free).</summary>
internal static class Formatting
{
    internal static string ToStringViaSpan<T>(T value, string? format)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[96];
        if (value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
        {
            return new string(buffer[..written]);
        }

        char[] big = new char[1024];
        if (value.TryFormat(big, out written, format, CultureInfo.InvariantCulture))
        {
            return new string(big, 0, written);
        }

        throw new FormatException($"Value of {typeof(T).Name} could not be formatted with '{format}'.");
    }

    internal static bool TryFormatUtf8<T>(T value, Span<byte> destination, out int bytesWritten, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[96];
        if (!value.TryFormat(buffer, out int chars, format, CultureInfo.InvariantCulture))
        {
            bytesWritten = 0;
            return false;
        }

        return Encoding.UTF8.TryGetBytes(buffer[..chars], destination, out bytesWritten);
    }

    /// <summary>Parses the decimals part of a format like "F2" (empty → <paramref name="defaultValue"/>).</summary>
    internal static bool TryParseDecimals(ReadOnlySpan<char> digits, int defaultValue, out int decimals)
    {
        if (digits.IsEmpty)
        {
            decimals = defaultValue;
            return true;
        }

        decimals = 0;
        if (digits.Length > 2)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            decimals = (decimals * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Writes <paramref name="mantissa"/>·10^−<paramref name="decimals"/> in invariant culture.</summary>
    internal static bool TryWriteScaled(Span<char> destination, out int charsWritten, Int128 mantissa, int decimals, bool grouping)
    {
        charsWritten = 0;
        Span<char> digits = stackalloc char[48];
        UInt128 magnitude = (UInt128)Int128.Abs(mantissa);
        int n = 0;
        do
        {
            digits[n++] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        // Ensure at least one integer digit.
        while (n <= decimals)
        {
            digits[n++] = '0';
        }

        int integerDigits = n - decimals;
        int separators = grouping ? (integerDigits - 1) / 3 : 0;
        int length = (mantissa < 0 ? 1 : 0) + integerDigits + separators + (decimals > 0 ? 1 + decimals : 0);
        if (length > destination.Length)
        {
            return false;
        }

        int pos = 0;
        if (mantissa < 0)
        {
            destination[pos++] = '-';
        }

        for (int i = n - 1; i >= decimals; i--)
        {
            destination[pos++] = digits[i];
            int remaining = i - decimals;
            if (grouping && remaining > 0 && remaining % 3 == 0)
            {
                destination[pos++] = ',';
            }
        }

        if (decimals > 0)
        {
            destination[pos++] = '.';
            for (int i = decimals - 1; i >= 0; i--)
            {
                destination[pos++] = digits[i];
            }
        }

        charsWritten = pos;
        return true;
    }

    internal static bool TryWriteLiteral(Span<char> destination, ref int charsWritten, ReadOnlySpan<char> literal)
    {
        if (destination.Length - charsWritten < literal.Length)
        {
            return false;
        }

        literal.CopyTo(destination[charsWritten..]);
        charsWritten += literal.Length;
        return true;
    }

    /// <summary>
    /// Parses a plain invariant decimal number (optional sign, digits, optional '.' and digits; no grouping, no
    /// exponent). The FormatException quotes <paramref name="whole"/> and the 0-based position of the problem.
    /// </summary>
    internal static decimal ParseInvariantDecimal(ReadOnlySpan<char> text, int offset, string typeName, ReadOnlySpan<char> whole = default)
    {
        if (whole.IsEmpty)
        {
            whole = text;
        }

        var number = ScanNumber(text, offset, typeName, whole, allowGrouping: false, out int consumed);
        if (consumed != text.Length)
        {
            throw Error(whole, typeName, offset + consumed, $"unexpected '{text[consumed]}'");
        }

        return number;
    }

    /// <summary>
    /// Scans a number at the start of <paramref name="text"/>: optional '-', digits with optional valid
    /// thousands separators (groups of exactly three), optional '.' and digits.
    /// </summary>
    internal static decimal ScanNumber(ReadOnlySpan<char> text, int offset, string typeName, ReadOnlySpan<char> whole, bool allowGrouping, out int consumed)
    {
        int i = 0;
        bool negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            throw Error(whole, typeName, offset + i, i >= text.Length ? "expected a digit but the text ended" : $"expected a digit but found '{text[i]}'");
        }

        Int128 mantissa = 0;
        int digitCount = 0;
        int groupLength = 0;
        bool grouped = false;
        int firstGroupLength = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                digitCount++;
                groupLength++;
                if (digitCount > 28)
                {
                    throw Error(whole, typeName, offset + i, "too many digits");
                }

                i++;
            }
            else if (c == ',')
            {
                if (!allowGrouping)
                {
                    throw Error(whole, typeName, offset + i, "thousands separators are not allowed here");
                }

                if (!grouped)
                {
                    if (groupLength > 3)
                    {
                        throw Error(whole, typeName, offset + i, "a thousands separator must follow a group of 1 to 3 digits");
                    }

                    firstGroupLength = groupLength;
                    grouped = true;
                }
                else if (groupLength != 3)
                {
                    throw Error(whole, typeName, offset + i, "digit groups between thousands separators must have exactly 3 digits");
                }

                _ = firstGroupLength;
                groupLength = 0;
                i++;
                if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                {
                    throw Error(whole, typeName, offset + i, "a thousands separator must be followed by digits");
                }
            }
            else
            {
                break;
            }
        }

        if (grouped && groupLength != 3)
        {
            throw Error(whole, typeName, offset + i - groupLength, "the last digit group after a thousands separator must have exactly 3 digits");
        }

        int scale = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                throw Error(whole, typeName, offset + i, "expected digits after the decimal point");
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                mantissa = (mantissa * 10) + (text[i] - '0');
                scale++;
                digitCount++;
                if (digitCount > 28 || scale > 20)
                {
                    throw Error(whole, typeName, offset + i, "too many digits");
                }

                i++;
            }
        }

        consumed = i;
        return Fraction.ToDecimal(negative ? -mantissa : mantissa, scale);
    }

    internal static FormatException Error(ReadOnlySpan<char> whole, string typeName, int position, string problem) =>
        new($"Cannot parse '{whole.ToString()}' as {typeName}: {problem} at position {position}.");
}
