namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary>
/// The edges of <see cref="Fraction"/>'s formatting: "G" in lowest terms (an integer without "/1"), "F<i>n</i>" up to
/// eighteen decimals rounded away from zero from the stored pair, lower-case letters, refused formats, and
/// destinations too short for the numerator, the slash or the denominator.
/// </summary>
public class FractionFormatBoundaryTests
{
    [Theory]
    [InlineData(1, 3, "1/3")]
    [InlineData(2, 4, "1/2")]
    [InlineData(-7, 2, "-7/2")]
    [InlineData(10, 5, "2")]
    [InlineData(5, 1, "5")]
    [InlineData(0, 9, "0")]
    public void The_general_format_prints_lowest_terms(long numerator, long denominator, string expected)
    {
        Fraction f = Fraction.Create(numerator, denominator);
        Assert.Equal(expected, f.ToString());
        Assert.Equal(expected, f.ToString("G", null));
        Assert.Equal(expected, f.ToString("g", null));
    }

    // 1/3 = 0.333…: "F" alone is two decimals; 2/4 is 0.5 read from the unreduced pair (20 / 4 = 5 tenths); 1/2 and
    // −1/2 at no decimals round away from zero (四舍五入) to 1 and −1; eighteen decimals are the most.
    [Theory]
    [InlineData(1, 3, "F2", "0.33")]
    [InlineData(1, 3, "f2", "0.33")]
    [InlineData(1, 3, "F", "0.33")]
    [InlineData(2, 3, "F2", "0.67")]
    [InlineData(2, 4, "F1", "0.5")]
    [InlineData(1, 2, "F0", "1")]
    [InlineData(-1, 2, "F0", "-1")]
    [InlineData(1, 3, "F18", "0.333333333333333333")]
    public void The_fixed_format_rounds_to_the_asked_decimals(long numerator, long denominator, string format, string expected) =>
        Assert.Equal(expected, Fraction.Create(numerator, denominator).ToString(format, null));

    [Theory]
    [InlineData("F19")]
    [InlineData("X")]
    [InlineData("N2")]
    [InlineData("Fx")]
    public void Other_formats_are_refused_with_the_supported_ones(string format)
    {
        var e = Assert.Throws<FormatException>(() => Fraction.Create(1, 3).ToString(format, null));
        Assert.Equal($"Format '{format}' is not supported by Fraction: use G or F<decimals>.", e.Message);
    }

    // "1/3" takes 3 characters. With 1 the numerator fits but not the slash; with 2 the slash but not the
    // denominator; an integer ("5") in an empty destination does not fit at all. Each is refused with nothing
    // written.
    [Fact]
    public void A_destination_too_short_for_any_part_is_refused()
    {
        Fraction third = Fraction.Create(1, 3);
        Span<char> buffer = stackalloc char[8];
        Assert.False(third.TryFormat(buffer[..1], out int written, default, null));
        Assert.Equal(0, written);
        Assert.False(third.TryFormat(buffer[..2], out written, default, null));
        Assert.Equal(0, written);
        Assert.True(third.TryFormat(buffer[..3], out written, default, null));
        Assert.Equal("1/3", buffer[..written].ToString());

        Assert.False(Fraction.FromInteger(5).TryFormat(buffer[..0], out written, default, null));
        Assert.Equal(0, written);
        Assert.True(Fraction.FromInteger(5).TryFormat(buffer[..1], out written, default, null));
        Assert.Equal("5", buffer[..written].ToString());

        Assert.False(third.TryFormat(buffer[..3], out written, "F2", null));
        Assert.True(third.TryFormat(buffer[..4], out written, "F2", null));
        Assert.Equal("0.33", buffer[..written].ToString());
    }
}
