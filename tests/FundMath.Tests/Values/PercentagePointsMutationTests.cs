namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary>Parse statuses and the comparison message of <see cref="PercentagePoints"/>.</summary>
public class PercentagePointsMutationTests
{
    [Theory]
    // The suffix alone: no number before it (an empty number is a missing digit, not an empty text).
    [InlineData("pp", "expected a digit but the text ended at position 0")]
    [InlineData("个百分点", "expected a digit but the text ended at position 0")]
    // The number itself is malformed: its status and position are reported.
    [InlineData("xpp", "expected a digit but found 'x' at position 0")]
    [InlineData("1.5xpp", "unexpected 'x' at position 3")]
    // (2⁶³ − 1) / (2⁶³ − 2) points = (2⁶³ − 1) / ((2⁶³ − 2) × 100) of one: coprime, the denominator does not fit.
    [InlineData("9223372036854775807/9223372036854775806pp", "the value does not fit in a 64-bit numerator and denominator at position 0")]
    [InlineData("1.5", "expected the suffix 'pp' at position 3")]
    public void Parse_reports_the_rule_and_position(string text, string problem)
    {
        Assert.Equal(
            $"Cannot parse '{text}' as PercentagePoints: {problem}.",
            Assert.Throws<FormatException>(() => PercentagePoints.Parse(text)).Message);
        Assert.False(PercentagePoints.TryParse(text, null, out PercentagePoints result));
        Assert.Equal(PercentagePoints.Zero, result);
    }

    [Fact]
    public void Parse_reads_decimals_and_ratios_of_points()
    {
        // 10.09pp = 0.1009 of one; 1/3pp = 1/300 of one.
        Assert.Equal(PercentagePoints.FromPoints(10.09m), PercentagePoints.Parse("10.09pp"));
        Assert.Equal(PercentagePoints.FromProportion(Fraction.Create(1, 300)), PercentagePoints.Parse("1/3pp"));
        Assert.Equal(PercentagePoints.FromPoints(-2m), PercentagePoints.Parse("-2个百分点"));
    }

    [Fact]
    public void CompareTo_an_object_of_another_type_names_the_type()
    {
        var e = Assert.Throws<ArgumentException>(() => PercentagePoints.Zero.CompareTo(Rate.Zero));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type PercentagePoints.", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, PercentagePoints.Zero.CompareTo(null));
    }
}
