namespace FundMath.Tests.Funds;

using System;
using FundMath;
using FundMath.Funds;
using FundMath.Ratios;

public class FundStatementTests
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.OfYear(2021);

    [Fact]
    public void Strict_mode_throws_naming_every_figure_when_the_identity_is_broken()
    {
        var e = Assert.Throws<ArgumentException>(() => FundStatement.FromReported(
            FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), IncomeLines.Of(premiums: Money.FromYuan(50)),
            ExpenditureLines.Of(inpatient: Money.FromYuan(30)), Money.FromYuan(121), IdentityMode.Strict));
        Assert.Equal("reportedClosing", e.ParamName);
        Assert.Contains("100.00", e.Message);
        Assert.Contains("50.00", e.Message);
        Assert.Contains("30.00", e.Message);
        Assert.Contains("= 120.00", e.Message);
        Assert.Contains("reported 期末 closing 121.00", e.Message);
        Assert.Contains("difference 1.00", e.Message);
        Assert.Contains("茶陵", e.Message);
    }

    [Fact]
    public void Report_mode_keeps_the_reported_closing_and_states_the_break()
    {
        FundStatement s = FundStatement.FromReported(
            FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), IncomeLines.Of(premiums: Money.FromYuan(50)),
            ExpenditureLines.Of(inpatient: Money.FromYuan(30)), Money.FromYuan(121), IdentityMode.Report);
        Assert.Equal(Money.FromYuan(121), s.Closing);
        Assert.Equal(Money.FromYuan(120), s.ExpectedClosing);
        Assert.Equal(RollForwardOutcome.Broken, s.RollForward.Outcome);
        Assert.Equal(Money.FromYuan(1), s.RollForward.Difference);
        Assert.Contains("does not hold", s.ExplainRollForward().ToText());
    }

    [Fact]
    public void Line_items_on_the_same_line_add_up()
    {
        FundStatement s = FundStatement.FromItems(FundKind.EmployeeBasic, "市本级", Y2021, Money.FromYuan(10),
            [new(IncomeLine.Premiums, Money.FromYuan(5)), new(IncomeLine.Premiums, Money.FromYuan(7)), new(IncomeLine.Interest, Money.FromYuan(1))],
            [new(ExpenditureLine.Inpatient, Money.FromYuan(4)), new(ExpenditureLine.Vaccine, Money.FromYuan(2))]);
        Assert.Equal(Money.FromYuan(12), s.PremiumIncome);
        Assert.Equal(Money.FromYuan(13), s.IncomeTotal);
        Assert.Equal(Money.FromYuan(6), s.ExpenditureTotal);
        Assert.Equal(Money.FromYuan(4), s.BenefitExpenditure); // vaccine costs are not benefits
        Assert.Equal(Money.FromYuan(17), s.Closing);
    }

    [Fact]
    public void Zero_income_makes_the_surplus_ratio_not_meaningful()
    {
        FundStatement s = FundStatement.Create(FundKind.CivilServantSubsidy, "市本级", Y2021, Money.FromYuan(5), IncomeLines.Zero, ExpenditureLines.Of(other: Money.FromYuan(3)));
        Assert.Equal(RatioOutcome.NotMeaningful, s.SurplusRatio.Outcome);
        Assert.False(s.SurplusRatio.TryGetRate(out _));
        var e = Assert.Throws<InvalidOperationException>(() => s.SurplusRatio.Rate);
        Assert.Contains("income is zero", e.Message);
        Assert.Contains("not meaningful", s.ExplainSurplusRatio().ToText());
    }

    [Fact]
    public void Merging_statements_of_different_periods_throws_naming_both()
    {
        FundStatement a = FundStatement.Create(FundKind.ResidentBasic, "攸县", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        FundStatement b = FundStatement.Create(FundKind.ResidentBasic, "攸县", ReportingPeriod.OfYear(2020), Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        var e = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Contains("2021", e.Message);
        Assert.Contains("2020", e.Message);
    }

    [Fact]
    public void A_statement_needs_a_kind_and_a_region()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => FundStatement.Create(default, "攸县", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero)).ParamName);
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => FundStatement.Create(FundKind.ResidentBasic, " ", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero)).ParamName);
    }

    [Fact]
    public void Region_total_ratio_is_computed_from_sums_not_averaged()
    {
        // Two regions: 10/100 = 10% and 90/900 … use 1/10 = 10% and 50/1000 = 5%; the average 7.5% is wrong, the total is 51/1010.
        FundStatement a = FundStatement.Create(FundKind.ResidentBasic, "A", Y2021, Money.Zero, IncomeLines.Of(premiums: Money.FromYuan(10)), ExpenditureLines.Of(inpatient: Money.FromYuan(9)));
        FundStatement b = FundStatement.Create(FundKind.ResidentBasic, "B", Y2021, Money.Zero, IncomeLines.Of(premiums: Money.FromYuan(1000)), ExpenditureLines.Of(inpatient: Money.FromYuan(950)));
        FundStatement total = FundStatement.Consolidate([a, b]);
        Assert.Equal(FundStatement.SeveralRegions, total.Region);
        Assert.Equal(FundKind.ResidentBasic, total.Kind);
        Assert.Equal(Rate.FromRatio(51, 1010), total.SurplusRatio.Rate);
        Assert.NotEqual(Rate.FromPercent(7.5m), total.SurplusRatio.Rate);
    }

    [Fact]
    public void Negative_base_growth_is_flagged()
    {
        MoneyGrowth g = new(Money.FromYuan(10), Money.FromYuan(-20));
        Assert.Equal(GrowthOutcome.NegativeBase, g.Outcome);
        Assert.Equal(Rate.FromRatio(30, 20), g.Rate);
    }

    [Fact]
    public void User_defined_fund_kinds_and_custom_lines()
    {
        FundKind ltc = FundKind.Define("long-term-care", "长期护理保险", "long-term care insurance");
        Assert.NotEqual(FundKind.ResidentBasic, ltc);
        Assert.Equal("长期护理保险", ltc.ChineseName);
        Assert.Throws<ArgumentException>(() => FundKind.Define("*", "合计", "x"));
        FundStatement s = FundStatement.Create(ltc, "市本级", Y2021, Money.Zero, IncomeLines.Of(other: Money.FromYuan(100)), ExpenditureLines.Zero);
        CustomLine donations = CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donations");
        LineBreakdown d = LineBreakdown.Empty.Add(donations, Money.FromYuan(30)).Add(donations, Money.FromYuan(10));
        Assert.Equal(Money.FromYuan(40), d[donations]);
        Assert.Equal(Money.FromYuan(60), d.Remainder(s, IncomeLine.Other));
        d.CheckAgainst(s);
        LineBreakdown tooMuch = d.Add(donations, Money.FromYuan(70));
        var e = Assert.Throws<ArgumentException>(() => tooMuch.CheckAgainst(s));
        Assert.Contains("110.00", e.Message);
        Assert.Contains("100.00", e.Message);
        Assert.True(LineBreakdown.Merge(d, LineBreakdown.Empty).SameAs(d));
    }

    [Fact]
    public void Explanations_show_formula_and_figures()
    {
        FundStatement s = FundStatement.Create(FundKind.SeriousIllness, "株洲市", Y2021, Money.Zero,
            IncomeLines.Of(other: Money.From(11_976.66m, MoneyUnit.Wan)), ExpenditureLines.Of(otherBenefits: Money.From(9_848.04m, MoneyUnit.Wan)));
        string surplus = s.ExplainSurplus().ToText();
        Assert.Contains("119,766,600.00 − 98,480,400.00 = 21,286,200.00 元", surplus);
        string ratio = s.ExplainSurplusRatio().ToText();
        Assert.Contains("17.77%", ratio);
        Assert.Contains("当期结余 current surplus / 当期收入 income", ratio);
        Assert.Contains("48.63%", new AccumulatedBalance(Money.From(23.89m, MoneyUnit.Yi), Money.From(25.24m, MoneyUnit.Yi)).Explain().ToText());
        Assert.Contains("37.19%", new MoneyGrowth(Money.From(173_459m, MoneyUnit.Wan), Money.From(126_433m, MoneyUnit.Wan)).Explain("住院费用").ToText());
    }
}
