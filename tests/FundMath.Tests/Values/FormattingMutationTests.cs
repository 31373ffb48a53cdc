namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary>
/// The shared formatting and parsing primitives of the value types: the 96-character stack buffer and its
/// 1,024-character fallback, the UTF-8 bridge, and the positioned messages of the invariant decimal parser.
/// </summary>
public class FormattingMutationTests
{
    [Fact]
    public void A_text_longer_than_the_stack_buffer_is_formatted_through_the_fallback()
    {
        // 200 characters do not fit the 96 on the stack, but fit the 1,024-character fallback.
        string text = Formatting.ToStringViaSpan(new RepeatedText(200), "x");
        Assert.Equal(new string('x', 200), text);
        // 96 characters still fit the stack buffer.
        Assert.Equal(new string('y', 96), Formatting.ToStringViaSpan(new RepeatedText(96), "y"));
    }

    [Fact]
    public void A_text_longer_than_the_fallback_names_the_type_and_format()
    {
        var e = Assert.Throws<FormatException>(() => Formatting.ToStringViaSpan(new RepeatedText(1025), "z"));
        Assert.Equal("Value of RepeatedText could not be formatted with 'z'.", e.Message);
    }

    [Fact]
    public void Utf8_formatting_fails_when_the_text_exceeds_the_char_buffer()
    {
        byte[] destination = new byte[512];
        Assert.False(Formatting.TryFormatUtf8(new RepeatedText(97), destination, out int written, "a"));
        Assert.Equal(0, written);
        Assert.True(Formatting.TryFormatUtf8(new RepeatedText(96), destination, out written, "a"));
        Assert.Equal(96, written);
    }

    [Fact]
    public void ScanNumber_reads_a_plain_number_and_reports_what_it_consumed()
    {
        Assert.Equal(12.50m, Formatting.ScanNumber("12.50", 0, "Thing", "12.50", allowGrouping: false, out int consumed));
        Assert.Equal(5, consumed);
        // "-3元": the number is "-3" (2 characters); the unit is left to the caller.
        Assert.Equal(-3m, Formatting.ScanNumber("-3元", 0, "Thing", "-3元", allowGrouping: false, out consumed));
        Assert.Equal(2, consumed);
    }

    [Fact]
    public void ScanNumber_reports_an_empty_number_as_a_missing_digit_at_its_offset()
    {
        Assert.Equal(
            "Cannot parse '' as Thing: expected a digit but the text ended at position 0.",
            Assert.Throws<FormatException>(() => Formatting.ScanNumber(string.Empty, 0, "Thing", string.Empty, allowGrouping: false, out _)).Message);
        // An empty number at offset 3 of "ab:": position 3 + 0.
        Assert.Equal(
            "Cannot parse 'ab:' as Thing: expected a digit but the text ended at position 3.",
            Assert.Throws<FormatException>(() => Formatting.ScanNumber(string.Empty, 3, "Thing", "ab:", allowGrouping: false, out _)).Message);
        // "1.x" at offset 2 of "a:1.x": the scanner stops at 'x' after the point (its position 2), so 2 + 2 = 4.
        Assert.Equal(
            "Cannot parse 'a:1.x' as Thing: expected digits after the decimal point at position 4.",
            Assert.Throws<FormatException>(() => Formatting.ScanNumber("1.x", 2, "Thing", "a:1.x", allowGrouping: false, out _)).Message);
    }

    [Fact]
    public void Error_quotes_the_text_problem_and_position() =>
        Assert.Equal(
            "Cannot parse '2024Z' as Period: expected Q at position 4.",
            Formatting.Error("2024Z", "Period", 4, "expected Q").Message);

    [Theory]
    [InlineData(12_345_678, 2, true, "123,456.78")]
    [InlineData(12_345_678, 2, false, "123456.78")]
    [InlineData(-123_456, 2, true, "-1,234.56")]
    [InlineData(-5, 3, false, "-0.005")]
    [InlineData(0, 2, false, "0.00")]
    [InlineData(7, 0, false, "7")]
    [InlineData(1_234_567, 0, true, "1,234,567")]
    [InlineData(123, 0, true, "123")]
    public void TryWriteScaled_writes_sign_groups_and_decimals(long mantissa, int decimals, bool grouping, string expected)
    {
        // The exact length fits; one character less does not.
        char[] exact = new char[expected.Length];
        Assert.True(Formatting.TryWriteScaled(exact, out int written, mantissa, decimals, grouping));
        Assert.Equal(expected, new string(exact, 0, written));
        Assert.False(Formatting.TryWriteScaled(new char[expected.Length - 1], out int none, mantissa, decimals, grouping));
        Assert.Equal(0, none);
    }

    [Theory]
    [InlineData("", 2, true, 2)]
    [InlineData("0", 2, true, 0)]
    [InlineData("12", 2, true, 12)]
    [InlineData("123", 2, false, 0)]
    [InlineData("1x", 2, false, 0)]
    [InlineData("x", 2, false, 0)]
    [InlineData("/", 2, false, 0)]
    [InlineData(":", 2, false, 0)]
    public void TryParseDecimals_reads_at_most_two_digits(string digits, int defaultValue, bool ok, int expected)
    {
        Assert.Equal(ok, Formatting.TryParseDecimals(digits, defaultValue, out int decimals));
        if (ok)
        {
            Assert.Equal(expected, decimals);
        }
    }

    [Fact]
    public void TryWriteLiteral_fits_exactly_or_not_at_all()
    {
        char[] buffer = new char[4];
        int pos = 1;
        Assert.True(Formatting.TryWriteLiteral(buffer, ref pos, "万元元"));
        Assert.Equal(4, pos);
        Assert.Equal("万元元", new string(buffer, 1, 3));
        pos = 2;
        Assert.False(Formatting.TryWriteLiteral(buffer, ref pos, "万元元"));
        Assert.Equal(2, pos);
    }

    /// <summary>A value that formats as <c>length</c> copies of the format's first character.</summary>
    private readonly struct RepeatedText(int length) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < length)
            {
                charsWritten = 0;
                return false;
            }

            destination[..length].Fill(format[0]);
            charsWritten = length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => new(format![0], length);
    }
}
