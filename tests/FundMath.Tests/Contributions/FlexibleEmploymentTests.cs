using System;
using FsCheck;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Tests.Support;
using NodaTime;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class FlexibleEmploymentTests
{
    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "从2020年4月至2021年3月对城镇灵活就业人员执行减征政策，减征期内城镇灵活就业人员6%费率档
    // 下降为3%，城镇灵活就业人员8%费率档下降为5%。据此我市城镇职工基本医疗保险2021年征缴降费减少2000万元。"
    private static readonly Citation Report = new("株洲市2021年年度医疗保险基金财务报表及运行分析报告", clause: "一、减税降费幅度持续");
    private static readonly PremiumBasePolicy Band = new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300));
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    private static FlexibleEmploymentPolicy Policy() => new(
        Band,
        [Rate.FromPercent(6), Rate.FromPercent(8)],
        [
            ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3), Rate.FromPercent(6), Rate.FromPercent(3), Report),
            ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3), Rate.FromPercent(8), Rate.FromPercent(5), Report),
        ],
        Report);

    [Fact]
    public void Window_from_April_2020_to_March_2021_is_prorated_9_months_then_3_months()
    {
        // Base 3,032.40 (the floor); 6% = 181.944 → 181.94; 3% = 90.972 → 90.97.
        // 2020: 3 × 181.94 + 9 × 90.97 = 545.82 + 818.73 = 1,364.55, relieved 9 × 90.97 = 818.73.
        // 2021: 3 × 90.97 + 9 × 181.94 = 272.91 + 1,637.46 = 1,910.37, relieved 3 × 90.97 = 272.91.
        FlexibleEmploymentPolicy p = Policy();
        FlexiblePeriodContribution y2020 = p.ForPeriod(Money.FromYuan(3032.40m), Rate.FromPercent(6), ReportingPeriod.OfYear(2020), HalfUp);
        FlexiblePeriodContribution y2021 = p.ForPeriod(Money.FromYuan(3032.40m), Rate.FromPercent(6), ReportingPeriod.OfYear(2021), HalfUp);
        Assert.Equal((Money.FromYuan(1364.55m), Money.FromYuan(818.73m), 9), (y2020.Charged, y2020.Relieved, y2020.ReliefMonths));
        Assert.Equal((Money.FromYuan(1910.37m), Money.FromYuan(272.91m), 3), (y2021.Charged, y2021.Relieved, y2021.ReliefMonths));
        Assert.Equal(Money.FromYuan(2183.28m), y2021.Normal); // 12 × 181.94
    }

    [Fact]
    public void Eight_percent_tier_drops_to_five_percent_in_the_first_quarter_of_2021()
    {
        // 3,032.40 × 8% = 242.592 → 242.59; × 5% = 151.62. Q1 2021: 3 × 151.62 = 454.86; Q2: 3 × 242.59 = 727.77.
        FlexibleEmploymentPolicy p = Policy();
        Assert.Equal(Money.FromYuan(454.86m), p.ForPeriod(Money.FromYuan(3032.40m), Rate.FromPercent(8), ReportingPeriod.OfQuarter(2021, 1), HalfUp).Charged);
        Assert.Equal(Money.FromYuan(727.77m), p.ForPeriod(Money.FromYuan(3032.40m), Rate.FromPercent(8), ReportingPeriod.OfQuarter(2021, 2), HalfUp).Charged);
        Assert.Equal(Money.FromYuan(151.62m), p.ForMonth(Money.FromYuan(3032.40m), Rate.FromPercent(8), new YearMonth(2021, 3), HalfUp));
    }

    [Fact]
    public void Population_that_reproduces_the_reported_2000_wan_relief()
    {
        // The report gives only the total ("2021年征缴降费减少2000万元"), not who paid. Derivation, not data: at the floor
        // base 3,032.40 and the 6% tier, one person's 2021 relief is 272.91元 (Jan–Mar), so 2000万元 / 272.91元 =
        // 73,284.2 persons; 73,284 persons give 19,999,936.44元, which prints as 2,000万元.
        FlexiblePeriodContribution one = Policy().ForPeriod(Money.FromYuan(3032.40m), Rate.FromPercent(6), ReportingPeriod.OfYear(2021), HalfUp);
        Fraction persons = Money.FromYuan(20_000_000).DivideBy(one.Relieved);
        Assert.Equal(73_284L, persons.RoundToInteger(MidpointRounding.ToZero));
        Money relieved = one.Relieved * Headcount.FromPersons(73_284);
        Assert.Equal(Money.FromYuan(19_999_936.44m), relieved);
        Assert.Equal("2,000万元", relieved.ToString("N0万元", null));
    }

    [Fact]
    public void Base_outside_the_band_is_an_error_naming_the_band()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Policy().ForMonth(Money.FromYuan(3000), Rate.FromPercent(6), new YearMonth(2021, 1), HalfUp));
        Assert.Equal("chosenBase", ex.ParamName);
        Assert.Contains("chosenBase 3000.00元 is outside the band [3032.40元, 15162.00元]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tier_not_offered_is_an_error_listing_the_tiers()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Policy().ForMonth(Money.FromYuan(5054), Rate.FromPercent(7), new YearMonth(2021, 1), HalfUp));
        Assert.Contains("tier 7.00% is not one of the offered rate tiers (6.00%, 8.00%)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_lists_each_month_with_the_relief()
    {
        string text = Policy().Explain(Money.FromYuan(3032.40m), Rate.FromPercent(6), ReportingPeriod.OfQuarter(2021, 1), HalfUp).ToText();
        Assert.Contains("2021-03 = 90.97元", text, StringComparison.Ordinal);
        Assert.Contains("阶段性减征 6.00% → 3.00%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_form_allocates_nothing()
    {
        FlexibleEmploymentPolicy p = Policy();
        Money b = Money.FromYuan(3032.40m);
        Rate tier = Rate.FromPercent(6);
        Allocations.AssertZero(() => p.ForPeriod(b, tier, ReportingPeriod.OfYear(2021), HalfUp), "FlexibleEmploymentPolicy.ForPeriod");
    }
}

public sealed class FlexibleEmploymentPropertyTests
{
    [FundMathProperty]
    public Property A_period_is_the_sum_of_its_months_and_relief_never_raises_it()
    {
        var band = PremiumBasePolicy.FromAmounts(Money.Zero, Money.FromFen(FundMath.Testing.ContributionArbitraries.MaxWageFen));
        FsCheck.Arbitrary<int> years = FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(2019, 2022));
        return FsCheck.Fluent.Prop.ForAll(FundMath.Testing.ContributionArbitraries.Wage(), FundMath.Testing.ContributionArbitraries.ReliefWindow(), years, (b, w, year) =>
        {
            var policy = new FlexibleEmploymentPolicy(band, [w.NormalRate], [w]);
            ReportingPeriod period = ReportingPeriod.OfYear(year);
            FlexiblePeriodContribution r = policy.ForPeriod(b, w.NormalRate, period, MidpointRounding.AwayFromZero);
            long months = 0;
            foreach (YearMonth m in period.Months)
            {
                months += policy.ForMonth(b, w.NormalRate, m, MidpointRounding.AwayFromZero).Fen;
            }

            return r.Charged.Fen == months && !r.Relieved.IsNegative && r.Charged <= r.Normal;
        });
    }
}
