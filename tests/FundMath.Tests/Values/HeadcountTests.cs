namespace FundMath.Tests.Values;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;

public class HeadcountTests
{
    [FundMathProperty]
    public Property Format_and_parse_round_trip_in_persons_and_wan() =>
        Prop.ForAll(ValueArbitraries.Headcount(), h =>
            Headcount.Parse(h.ToString(), null) == h
            && Headcount.Parse(h.ToString("N0人", null), null) == h
            && Headcount.Parse(h.ToString("F0人", null), null) == h
            && Headcount.Parse(h.ToString("F4万人", null), null) == h
            && Headcount.Parse(h.ToString("N4万", null), null) == h);

    [FundMathProperty]
    public Property Addition_is_checked_and_subtraction_never_goes_below_zero() =>
        Prop.ForAll(ValueArbitraries.Headcount(), ValueArbitraries.Headcount(), (a, b) =>
            (a + b) - b == a
            && a + b == b + a
            && a.ChangeFrom(b) == a.Persons - b.Persons
            && (b <= a || Throws(() => a - b)));

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 prints headcounts in 万人 with two decimals.
    [Theory]
    [InlineData(727_400, "F2万人", "72.74万人")]
    [InlineData(3_019_813, "N0人", "3,019,813人")]
    [InlineData(3_019_813, "F2万人", "301.98万人")]
    [InlineData(3_019_813, "", "3019813")]
    public void Formats_as_reports_print(long persons, string format, string expected) =>
        Assert.Equal(expected, Headcount.FromPersons(persons).ToString(format, null));

    [Theory]
    [InlineData("72.74万人", 727_400)]
    [InlineData("3,019,813人", 3_019_813)]
    [InlineData("20.98万", 209_800)]
    [InlineData("3019813", 3_019_813)]
    public void Parses_report_headcounts(string text, long persons) =>
        Assert.Equal(persons, Headcount.Parse(text, null).Persons);

    [Theory]
    [InlineData("72.74501万人")]
    [InlineData("-5人")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("１２")]
    public void Rejects_fractional_negative_or_malformed_headcounts(string text)
    {
        var e = Assert.Throws<FormatException>(() => Headcount.Parse(text, null));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains("position", e.Message);
    }

    [Fact]
    public void Negative_persons_name_the_parameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(-1));
        Assert.Equal("persons", e.ParamName);
        var w = Assert.Throws<ArgumentException>(() => Headcount.FromWan(72.74001m));
        Assert.Equal("wan", w.ParamName);
    }

    private static bool Throws(Func<object> action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}
