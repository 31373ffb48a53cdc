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
    /// Scans a number at the start of <paramref name="text"/> with <see cref="NumberScanner"/> (optional sign,
    /// digits with optional valid thousands separators, optional '.' and digits), keeping the printed scale;
    /// throws a positioned <see cref="FormatException"/> on bad text.
    /// </summary>
    internal static decimal ScanNumber(ReadOnlySpan<char> text, int offset, string typeName, ReadOnlySpan<char> whole, bool allowGrouping, out int consumed)
    {
        ParseStatus status = NumberScanner.ScanDecimal(text, allowGrouping, out decimal value, out consumed);
        if (status == ParseStatus.Empty)
        {
            status = ParseStatus.DigitExpectedAtEnd;
        }

        if (status != ParseStatus.Ok)
        {
            throw ParseMessages.Exception(status, whole, typeName, offset + consumed);
        }

        return value;
    }

    internal static FormatException Error(ReadOnlySpan<char> whole, string typeName, int position, string problem) =>
        new($"Cannot parse '{whole.ToString()}' as {typeName}: {problem} at position {position}.");
}
