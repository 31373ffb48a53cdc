namespace FundMath.Tests.Ratios;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Ratios;
using FundMath.Testing;
using FundMath.Tests.Support;

public class GrowthTests
{
    private static readonly string N = Environment.NewLine;

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "去年我市住院费用支出126433万元，比去年增加47026万元" —
    // 本期 173,459万元 (126,433 + 47,026); rate 47,026 / 126,433 = 0.371944… → 37.19%.
    private static readonly MoneyGrowth Inpatient = new(Money.From(173_459m, MoneyUnit.Wan), Money.From(126_433m, MoneyUnit.Wan));

    [Fact]
    public void Zhuzhou_inpatient_cost_growth()
    {
        Assert.Equal(Money.From(47_026m, MoneyUnit.Wan), Inpatient.Change);
        Assert.Equal(GrowthOutcome.Meaningful, Inpatient.Outcome);
        Assert.True(Inpatient.HasRate);
        Assert.Equal(Rate.FromRatio(47_026, 126_433), Inpatient.Rate);
        Assert.True(Inpatient.TryGetRate(out Rate r));
        Assert.Equal(Rate.FromRatio(47_026, 126_433), r);
        Assert.Equal("37.19%", r.ToString("P2", null));
    }

    [Fact]
    public void Zhuzhou_inpatient_growth_explained()
    {
        Assert.Equal(
            "住院费用 同比增长率 year-on-year growth = 37.19%" + N
            + "    formula: (本期 current − 上期 previous) / 上期 previous" + N
            + "    rounding: exact; displayed to 0.01% (AwayFromZero, 四舍五入)" + N
            + "  - 本期 current = 1,734,590,000.00元  [input]" + N
            + "  - 上期 previous = 1,264,330,000.00元  [input]" + N
            + "  - 增减额 change = 470,260,000.00元" + N
            + "      formula: current − previous" + N,
            Inpatient.Explain("住院费用").ToText());
    }

    // A zero base: the change is exact, no rate (同比 "不可比"), never NaN or infinity.
    [Fact]
    public void A_zero_base_has_a_change_but_no_rate()
    {
        MoneyGrowth g = new(Money.FromYuan(500), Money.Zero);
        Assert.Equal(Money.FromYuan(500), g.Change);
        Assert.Equal(GrowthOutcome.NotMeaningfulZeroBase, g.Outcome);
        Assert.False(g.HasRate);
        Assert.False(g.TryGetRate(out Rate r));
        Assert.Equal(default, r);
        var e = Assert.Throws<InvalidOperationException>(() => g.Rate);
        Assert.Equal("The growth rate of 500.00 over a zero base is not meaningful (GrowthOutcome.NotMeaningfulZeroBase); read Change instead.", e.Message);
        Assert.Equal(
            "x 同比增长率 year-on-year growth = not meaningful (zero base)" + N
            + "    formula: (本期 current − 上期 previous) / 上期 previous" + N
            + "    rounding: exact; displayed to 0.01% (AwayFromZero, 四舍五入)" + N
            + "    note: the base is zero: a rate is not meaningful, the change is exact" + N
            + "  - 本期 current = 500.00元  [input]" + N
            + "  - 上期 previous = 0.00元  [input]" + N
            + "  - 增减额 change = 500.00元" + N
            + "      formula: current − previous" + N,
            g.Explain("x").ToText());
    }

    // A deficit of 20 元 turning into a surplus of 10 元: change +30, rate +30 / |−20| = +150% (the plain formula
    // 30 / −20 would say −150%).
    [Fact]
    public void A_negative_base_is_taken_by_its_magnitude_and_flagged()
    {
        MoneyGrowth g = new(Money.FromYuan(10), Money.FromYuan(-20));
        Assert.Equal(Money.FromYuan(30), g.Change);
        Assert.Equal(GrowthOutcome.NegativeBase, g.Outcome);
        Assert.True(g.HasRate);
        Assert.Equal(Rate.FromRatio(3, 2), g.Rate);
        Assert.True(g.TryGetRate(out Rate r));
        Assert.Equal(Rate.FromRatio(3, 2), r);
        string text = g.Explain("结余").ToText();
        Assert.StartsWith("结余 同比增长率 year-on-year growth = 150.00%" + N, text);
        Assert.Contains("    note: the base is negative: the rate is taken over |previous|" + N, text);
    }

    [FundMathProperty]
    public Property Money_growth_rate_is_change_over_the_base_magnitude() =>
        Prop.ForAll(ValueArbitraries.Money(), ValueArbitraries.Money(), (current, previous) =>
        {
            MoneyGrowth g = new(current, previous);
            bool hasRate = g.TryGetRate(out Rate r);
            return g.Change == current - previous
                && hasRate == !previous.IsZero
                && g.HasRate == hasRate
                && (previous.IsZero
                    ? g.Outcome == GrowthOutcome.NotMeaningfulZeroBase
                    : r == Rate.FromRatio(current.Fen - previous.Fen, Math.Abs(previous.Fen)) && g.Rate == r
                      && g.Outcome == (previous.IsNegative ? GrowthOutcome.NegativeBase : GrowthOutcome.Meaningful));
        });

    // 1,200 insured last year, 1,000 now: change −200 persons, rate −200 / 1,200 = −1/6 → −16.67%.
    [Fact]
    public void Headcount_decline()
    {
        HeadcountGrowth g = new(Headcount.FromPersons(1_000), Headcount.FromPersons(1_200));
        Assert.Equal(Headcount.FromPersons(1_000), g.Current);
        Assert.Equal(Headcount.FromPersons(1_200), g.Previous);
        Assert.Equal(-200, g.Change);
        Assert.Equal(GrowthOutcome.Meaningful, g.Outcome);
        Assert.Equal(Rate.FromRatio(-1, 6), g.Rate);
        Assert.True(g.TryGetRate(out Rate r));
        Assert.Equal(Rate.FromRatio(-1, 6), r);
        Assert.Equal(
            "参保人数 同比增长率 year-on-year growth = -16.67%" + N
            + "    formula: (本期 current − 上期 previous) / 上期 previous" + N
            + "    rounding: exact; displayed to 0.01% (AwayFromZero, 四舍五入)" + N
            + "  - 本期 current = 1,000  [input]" + N
            + "  - 上期 previous = 1,200  [input]" + N
            + "  - 增减人数 change = -200" + N
            + "      formula: current − previous" + N,
            g.Explain("参保人数").ToText());
    }

    // 12,000 → 10,000 insured: the change −2,000 is printed with its thousands separator.
    [Fact]
    public void A_headcount_change_of_thousands_is_printed_grouped()
    {
        string text = new HeadcountGrowth(Headcount.FromPersons(10_000), Headcount.FromPersons(12_000)).Explain("参保人数").ToText();
        Assert.Contains("  - 增减人数 change = -2,000" + N, text);
        Assert.Contains("  - 上期 previous = 12,000  [input]" + N, text);
    }

    [Fact]
    public void A_zero_headcount_base_has_no_rate()
    {
        HeadcountGrowth g = new(Headcount.FromPersons(35), Headcount.Zero);
        Assert.Equal(35, g.Change);
        Assert.Equal(GrowthOutcome.NotMeaningfulZeroBase, g.Outcome);
        Assert.False(g.TryGetRate(out Rate r));
        Assert.Equal(default, r);
        var e = Assert.Throws<InvalidOperationException>(() => g.Rate);
        Assert.Contains("over a zero base is not meaningful", e.Message);
        Assert.Contains("= not meaningful (zero base)" + N, g.Explain("x").ToText());
    }

    [FundMathProperty]
    public Property Headcount_growth_rate_is_change_over_the_base() =>
        Prop.ForAll(ValueArbitraries.Headcount(), ValueArbitraries.Headcount(), (current, previous) =>
        {
            HeadcountGrowth g = new(current, previous);
            bool hasRate = g.TryGetRate(out Rate r);
            return g.Change == current.Persons - previous.Persons
                && hasRate == !previous.IsZero
                && (previous.IsZero
                    ? g.Outcome == GrowthOutcome.NotMeaningfulZeroBase
                    : g.Outcome == GrowthOutcome.Meaningful && r == Rate.FromRatio(g.Change, previous.Persons) && g.Rate == r);
        });
}
