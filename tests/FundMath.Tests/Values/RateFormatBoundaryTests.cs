namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary>
/// The edges of <see cref="Rate"/>'s formatting (shared with <see cref="PercentagePoints"/>): the exact "G" form up
/// to six decimals and the "≈" form beyond, "P<i>n</i>" up to twelve decimals, lower-case format letters, refused
/// formats, and destinations too short for the number or for the suffix.
/// </summary>
public class RateFormatBoundaryTests
{
    // 8.7% = 87/1000: exact at one decimal. 300%: exact at none. 1/256 = 0.390625%: exact at exactly six decimals
    // (100 × 10⁶ / 256 = 390,625; at five decimals 10⁷ / 256 leaves a remainder), so still no "≈".
    [Theory]
    [InlineData(87, 1000, "8.7%")]
    [InlineData(3, 1, "300%")]
    [InlineData(1, 256, "0.390625%")]
    [InlineData(-193, 10000, "-1.93%")]
    [InlineData(0, 1, "0%")]
    public void The_general_format_prints_the_exact_percentage_up_to_six_decimals(long numerator, long denominator, string expected)
    {
        Rate r = Rate.FromRatio(numerator, denominator);
        Assert.Equal(expected, r.ToString());
        Assert.Equal(expected, r.ToString("G", null));
        Assert.Equal(expected, r.ToString("g", null));
        Assert.Equal(expected, r.ToString(string.Empty, null));
    }

    // 1/3 = 33.3333…%, 2/3 = 66.6666…% (rounds up at the 7th decimal, 四舍五入), 1/7 = 14.2857142…%, 1/512 =
    // 0.1953125% (seven decimals, the 5 rounds away from zero): rounded to six decimals and marked "≈".
    [Theory]
    [InlineData(1, 3, "≈33.333333%")]
    [InlineData(2, 3, "≈66.666667%")]
    [InlineData(-2, 3, "≈-66.666667%")]
    [InlineData(1, 7, "≈14.285714%")]
    [InlineData(1, 512, "≈0.195313%")]
    public void Beyond_six_decimals_the_general_format_rounds_and_says_so(long numerator, long denominator, string expected)
    {
        Rate r = Rate.FromRatio(numerator, denominator);
        Assert.Equal(expected, r.ToString());
        Assert.Equal(expected, r.ToString("g", null));
    }

    // "P" alone is two decimals; "P0" none; "P12" the most (1/3 = 33.333333333333%, twelve 3s after the point).
    [Theory]
    [InlineData("P2", "33.33%")]
    [InlineData("p2", "33.33%")]
    [InlineData("P", "33.33%")]
    [InlineData("p", "33.33%")]
    [InlineData("P0", "33%")]
    [InlineData("P6", "33.333333%")]
    [InlineData("P9", "33.333333333%")]
    [InlineData("P12", "33.333333333333%")]
    public void The_percent_format_rounds_to_the_asked_decimals(string format, string expected) =>
        Assert.Equal(expected, Rate.FromRatio(1, 3).ToString(format, null));

    [Theory]
    [InlineData("P13")]
    [InlineData("P123")]
    [InlineData("N2")]
    [InlineData("X")]
    [InlineData("Px")]
    [InlineData("P-1")]
    [InlineData("G2")]
    public void Other_formats_are_refused_with_the_format_and_the_supported_ones(string format)
    {
        var e = Assert.Throws<FormatException>(() => Rate.FromPercent(8.7m).ToString(format, null));
        Assert.Equal($"Format '{format}' is not supported by Rate: use G or P<decimals>.", e.Message);
        var p = Assert.Throws<FormatException>(() => PercentagePoints.FromPoints(1.5m).ToString(format, null));
        Assert.Equal($"Format '{format}' is not supported by PercentagePoints: use G or P<decimals>.", p.Message);
    }

    [Fact]
    public void Percentage_points_format_like_rates_with_their_own_suffix()
    {
        Assert.Equal("1.5pp", PercentagePoints.FromPoints(1.5m).ToString());
        Assert.Equal("1.50pp", PercentagePoints.FromPoints(1.5m).ToString("P2", null));
        Assert.Equal("≈33.333333pp", PercentagePoints.FromPoints(Fraction.Create(100, 3)).ToString());
    }

    // "8.7%" takes 4 characters: 3 for the number, 1 for the suffix. A 3-character destination holds the number but
    // not the suffix; a 2-character one not even the number (though it could hold the suffix). Both are refused
    // with nothing written; 4 characters are enough.
    [Fact]
    public void A_destination_too_short_for_the_number_or_the_suffix_is_refused()
    {
        Rate r = Rate.FromPercent(8.7m);
        Span<char> buffer = stackalloc char[16];
        foreach (string format in new[] { "G", "P1" })
        {
            Assert.False(r.TryFormat(buffer[..3], out int written, format, null));
            Assert.Equal(0, written);
            Assert.False(r.TryFormat(buffer[..2], out written, format, null));
            Assert.Equal(0, written);
            Assert.True(r.TryFormat(buffer[..4], out written, format, null));
            Assert.Equal("8.7%", buffer[..written].ToString());
        }

        // "≈33.333333%" takes 11: the "≈" and the number fit in 10, the suffix does not; with 1 only the "≈" fits.
        Rate third = Rate.FromRatio(1, 3);
        Assert.False(third.TryFormat(buffer[..10], out int n, default, null));
        Assert.Equal(0, n);
        Assert.False(third.TryFormat(buffer[..1], out n, default, null));
        Assert.Equal(0, n);
        Assert.True(third.TryFormat(buffer[..11], out n, default, null));
        Assert.Equal("≈33.333333%", buffer[..n].ToString());
    }
}
