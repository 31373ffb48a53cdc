namespace FundMath.Tests.Values;

using System;
using System.Text;
using FundMath;

/// <summary>
/// The edges of <see cref="Headcount"/> that the golden and property tests do not reach: every format letter in
/// both cases, the default decimals of each unit, the decimals limit, destinations too short for the number or the
/// unit, <see cref="Headcount.ToUnit"/>, and the refusals of construction, subtraction and parsing.
/// </summary>
public class HeadcountBoundaryTests
{
    private const MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // 3,019,813 persons (the resident insured of the golden tests) = 301.9813万人: 301.98 at two decimals, 302.0 at
    // one (301.98|13 → 301.98, 3,019.813 → 3,020 tenths of 万). Persons take no decimals unless asked: "F2" is
    // 3,019,813 × 100 hundredths.
    [Theory]
    [InlineData("G", "3019813")]
    [InlineData("g", "3019813")]
    [InlineData("N", "3,019,813")]
    [InlineData("N0", "3,019,813")]
    [InlineData("n0", "3,019,813")]
    [InlineData("F0", "3019813")]
    [InlineData("f2", "3019813.00")]
    [InlineData("F2", "3019813.00")]
    [InlineData("人", "3019813人")]
    [InlineData("N0人", "3,019,813人")]
    [InlineData("万人", "301.98万人")]
    [InlineData("万", "301.98万")]
    [InlineData("F1万", "302.0万")]
    [InlineData("F2万人", "301.98万人")]
    [InlineData("n2万人", "301.98万人")]
    public void Every_format_letter_and_unit(string format, string expected) =>
        Assert.Equal(expected, Headcount.FromPersons(3_019_813).ToString(format, null));

    // 1,234,567,890 persons = 123,456.789万 → 123,456.79 (grouped with "N"); 5,000 persons = 0.5万 rounds away from
    // zero to 1万 (四舍五入); 7 persons at the most decimals, ten.
    [Fact]
    public void Grouping_rounding_and_the_most_decimals()
    {
        Assert.Equal("123,456.79万人", Headcount.FromPersons(1_234_567_890).ToString("N2万人", null));
        Assert.Equal("123456.79万人", Headcount.FromPersons(1_234_567_890).ToString("F2万人", null));
        Assert.Equal("1万", Headcount.FromPersons(5_000).ToString("F0万", null));
        Assert.Equal("7.0000000000", Headcount.FromPersons(7).ToString("F10", null));
        Assert.Equal("0.0007000000万", Headcount.FromPersons(7).ToString("F10万", null));
    }

    [Theory]
    [InlineData("F11")]
    [InlineData("N11万人")]
    [InlineData("G2")]
    [InlineData("X")]
    [InlineData("Fx")]
    public void Unsupported_formats_are_refused_with_the_supported_ones(string format)
    {
        var e = Assert.Throws<FormatException>(() => Headcount.FromPersons(7).ToString(format, null));
        Assert.Equal($"Format '{format}' is not supported by Headcount: use [N|F][decimals][人|万人|万].", e.Message);
    }

    // "3,019,813人" is 10 characters: 9 for the number, 1 for 人. Nine hold the number but not the unit, eight not
    // even the number (though they could hold 人): both refused with nothing written.
    [Fact]
    public void A_destination_too_short_for_the_number_or_the_unit_is_refused()
    {
        Headcount h = Headcount.FromPersons(3_019_813);
        Span<char> buffer = stackalloc char[16];
        Assert.False(h.TryFormat(buffer[..9], out int written, "N0人", null));
        Assert.Equal(0, written);
        Assert.False(h.TryFormat(buffer[..8], out written, "N0人", null));
        Assert.Equal(0, written);
        Assert.True(h.TryFormat(buffer[..10], out written, "N0人", null));
        Assert.Equal("3,019,813人", buffer[..written].ToString());

        // UTF-8: 9 one-byte characters and 人 in three bytes.
        Span<byte> utf8 = stackalloc byte[16];
        Assert.True(h.TryFormat(utf8, out int bytes, "N0人", null));
        Assert.Equal("3,019,813人", Encoding.UTF8.GetString(utf8[..bytes]));
        Assert.Equal(12, bytes);
    }

    [Fact]
    public void A_headcount_in_a_unit_at_the_asked_decimals()
    {
        Headcount h = Headcount.FromPersons(3_019_813);
        Assert.Equal(301.98m, h.ToUnit(HeadcountUnit.Wan, 2, HalfUp));
        Assert.Equal(302m, h.ToUnit(HeadcountUnit.Wan, 0, HalfUp));
        Assert.Equal(3_019_813m, h.ToUnit(HeadcountUnit.Person, 0, HalfUp));
        Assert.Equal(3_019_813m, h.ToUnit(HeadcountUnit.Person, 2, HalfUp));
        Assert.Equal(301.9813m, h.ToUnit(HeadcountUnit.Wan, 10, HalfUp));

        // 5,000 persons = 0.5万: to even → 0, away from zero → 1.
        Assert.Equal(0m, Headcount.FromPersons(5_000).ToUnit(HeadcountUnit.Wan, 0, MidpointRounding.ToEven));
        Assert.Equal(1m, Headcount.FromPersons(5_000).ToUnit(HeadcountUnit.Wan, 0, HalfUp));

        Assert.Equal("decimals", Assert.ThrowsAny<ArgumentException>(() => h.ToUnit(HeadcountUnit.Wan, 11, HalfUp)).ParamName);
        Assert.Equal("decimals", Assert.ThrowsAny<ArgumentException>(() => h.ToUnit(HeadcountUnit.Wan, -1, HalfUp)).ParamName);
        Assert.Equal("mode", Assert.ThrowsAny<ArgumentException>(() => h.ToUnit(HeadcountUnit.Wan, 2, (MidpointRounding)9)).ParamName);
    }

    [Fact]
    public void Construction_refuses_negative_and_fractional_persons()
    {
        Assert.Equal(0L, Headcount.FromPersons(0).Persons);
        Assert.True(Headcount.FromPersons(0).IsZero);
        Assert.False(Headcount.FromPersons(1).IsZero);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(-1));
        Assert.StartsWith("persons -1 is negative: a headcount cannot be below zero.", e.Message);

        Assert.Equal(727_400L, Headcount.FromWan(72.74m).Persons);
        Assert.Equal(0L, Headcount.FromWan(0m).Persons);
        var w = Assert.Throws<ArgumentException>(() => Headcount.FromWan(-1m));
        Assert.Equal("wan", w.ParamName);
        Assert.StartsWith("wan -1万人 is not a non-negative whole number of persons.", w.Message);
    }

    [Fact]
    public void Sums_differences_and_changes()
    {
        Headcount three = Headcount.FromPersons(3);
        Assert.Equal(Headcount.Zero, Headcount.Zero + Headcount.Zero);
        Assert.Equal(Headcount.FromPersons(long.MaxValue), Headcount.FromPersons(long.MaxValue) + Headcount.Zero);
        Assert.Equal(Headcount.FromPersons(5), three + Headcount.FromPersons(2));
        Assert.Equal(Headcount.Zero, three - three);
        Assert.Equal(Headcount.FromPersons(1), three - Headcount.FromPersons(2));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => three - Headcount.FromPersons(4));
        Assert.Equal("right", e.ParamName);
        Assert.StartsWith("cannot subtract 4 persons from 3: a headcount cannot be below zero.", e.Message);

        Assert.Equal(Headcount.Zero, Headcount.Sum([]));
        Assert.Equal(Headcount.Zero, Headcount.Sum([Headcount.Zero, Headcount.Zero]));
        Assert.Equal(Headcount.FromPersons(6), Headcount.Sum([Headcount.FromPersons(1), Headcount.FromPersons(2), three]));

        // 3,019,813 this year against 3,100,000 last year: 80,187 fewer.
        Assert.Equal(-80_187L, Headcount.FromPersons(3_019_813).ChangeFrom(Headcount.FromPersons(3_100_000)));
        Assert.Equal(80_187L, Headcount.FromPersons(3_100_000).ChangeFrom(Headcount.FromPersons(3_019_813)));
    }

    [Fact]
    public void Parsing_refusals_leave_zero()
    {
        Assert.True(Headcount.TryParse("72.74万人", null, out Headcount h));
        Assert.Equal(727_400L, h.Persons);
        Assert.False(Headcount.TryParse("-5", null, out h));
        Assert.Equal(Headcount.Zero, h);
        Assert.False(Headcount.TryParse((string?)null, null, out h));
        Assert.Equal(Headcount.Zero, h);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Headcount.Parse((string)null!, null)).ParamName);
        Assert.Equal(727_400L, Headcount.Parse("72.74万人".AsSpan(), null).Persons);
    }

    [Fact]
    public void Comparison_with_an_object()
    {
        Headcount h = Headcount.FromPersons(3);
        Assert.Equal(1, h.CompareTo(null));
        Assert.Equal(0, h.CompareTo((object)Headcount.FromPersons(3)));
        Assert.True(h.CompareTo((object)Headcount.FromPersons(4)) < 0);
        Assert.True(h.CompareTo((object)Headcount.FromPersons(2)) > 0);
        var e = Assert.Throws<ArgumentException>(() => h.CompareTo("3"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type Headcount.", e.Message);
    }
}
