namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary><see cref="Headcount"/> construction checks, format strings and the mode check of an exact conversion.</summary>
public class HeadcountMutationTests
{
    private static readonly Headcount Sample = Headcount.FromPersons(727_400);

    [Fact]
    public void Construction_accepts_zero_and_refuses_negatives_and_fractions_of_persons()
    {
        Assert.True(Headcount.FromPersons(0).IsZero);
        Assert.False(Headcount.FromPersons(1).IsZero);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(-1));
        Assert.Equal("persons", negative.ParamName);
        Assert.StartsWith("persons -1 is negative: a headcount cannot be below zero.", negative.Message, StringComparison.Ordinal);

        // 72.74万人 = 727,400 persons; 0万人 = 0.
        Assert.Equal(Sample, Headcount.FromWan(72.74m));
        Assert.Equal(Headcount.Zero, Headcount.FromWan(0m));
        var below = Assert.Throws<ArgumentException>(() => Headcount.FromWan(-1m));
        Assert.Equal("wan", below.ParamName);
        Assert.StartsWith("wan -1万人 is not a non-negative whole number of persons.", below.Message, StringComparison.Ordinal);
        // 0.00001万人 = 0.1 person.
        Assert.StartsWith("wan 0.00001万人 is not a non-negative whole number of persons.", Assert.Throws<ArgumentException>(() => Headcount.FromWan(0.00001m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering()
    {
        Assert.True(Headcount.FromPersons(2) > Headcount.FromPersons(1));
        Assert.False(Headcount.FromPersons(1) > Headcount.FromPersons(1));
        Assert.False(Headcount.FromPersons(1) > Headcount.FromPersons(2));
    }

    [Theory]
    [InlineData(null, "727400")]
    [InlineData("G", "727400")]
    [InlineData("N", "727,400")]
    [InlineData("F", "727400")]
    [InlineData("N0人", "727,400人")]
    [InlineData("人", "727400人")]
    [InlineData("N1", "727,400.0")]
    [InlineData("F10", "727400.0000000000")]
    // 万 defaults to 2 decimals: 72.74万.
    [InlineData("F万", "72.74万")]
    [InlineData("N万人", "72.74万人")]
    [InlineData("F0万", "73万")]
    public void Format_strings(string? format, string expected) =>
        Assert.Equal(expected, Sample.ToString(format, null));

    [Fact]
    public void Unsupported_formats_name_the_format()
    {
        Assert.Equal(
            "Format 'F11' is not supported by Headcount: use [N|F][decimals][人|万人|万].",
            Assert.Throws<FormatException>(() => Sample.ToString("F11", null)).Message);
        // Too small a destination: "727,400人" needs 8 characters.
        Span<char> seven = stackalloc char[7];
        Assert.False(Sample.TryFormat(seven, out _, "N0人", null));
        Span<char> six = stackalloc char[6];
        Assert.False(Sample.TryFormat(six, out _, "N0", null));
    }

    [Fact]
    public void Parse_reads_grouped_counts_and_refuses_text()
    {
        Assert.Equal(Headcount.FromPersons(3_019_813), Headcount.Parse("3,019,813人"));
        Assert.Equal(Sample, Headcount.Parse("72.74万人"));
        Assert.Throws<FormatException>(() => Headcount.Parse("abc"));
    }

    [Fact]
    public void ToUnit_checks_the_mode_even_when_exact()
    {
        // 727,400 persons in persons with 0 decimals divides by 1, exactly: only the mode check refuses 99.
        Assert.Equal(
            "rounding mode 99 is not a defined System.MidpointRounding value. (Parameter 'mode')",
            Assert.Throws<ArgumentException>(() => Sample.ToUnit(HeadcountUnit.Person, 0, (MidpointRounding)99)).Message);
        Assert.Equal(72.74m, Sample.ToUnit(HeadcountUnit.Wan, 2, MidpointRounding.ToEven));
    }
}
