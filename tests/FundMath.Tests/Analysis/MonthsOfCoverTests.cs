using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class MonthsOfCoverTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    [Fact]
    public void Employee_pooled_fund_book_and_actual_cover_match_the_report()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 (四)基金支撑能力分析 1: "统筹基金累计结余23.89亿元，按…（1.29亿元/月）计算，
        // 可支撑约18个月。若剔除一次性预缴及补贴约0亿元，以及未结算医疗费、医院超标缓付和基金预留等约3.66亿元，
        // …实际结余为20.23亿元，可支撑月数约15个月". 23.89/1.29 = 18.52; 20.23/1.29 = 15.68, printed 15 (floor).
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Yi(23.89m), BalanceDeductions.Lumped(Money.Zero, Yi(3.66m)), MonthlyExpenditure.PerMonth(Yi(1.29m)), CoverBandPolicy.Default);

        Assert.Equal(Yi(20.23m), c.ActualBalance);
        Assert.Equal(Fraction.Create(2023, 129), c.Months);
        Assert.Equal(15.68m, c.MonthsToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(15, c.MonthsFloor);
        Assert.Equal(16, c.MonthsNearest);
        Assert.Equal(18.52m, c.BookMonths.ToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(18, c.BookMonths.RoundToInteger(MidpointRounding.ToNegativeInfinity));
        Assert.Equal(CoverBand.High, c.Band);
        Assert.False(c.IsReasonable);
        Assert.Equal(CoverOutcome.Covered, c.Outcome);
        Assert.Equal("15.68 months = (23.89 − 3.66)亿 / 1.29亿 per month", c.ToSentence());
    }

    [Fact]
    public void Resident_fund_book_and_actual_cover_match_the_report()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 (四)2: "居民医保基金累计结余22.73亿元，按…（2.25亿元/月）计算，可支撑约10个月。
        // 若剔除一次性预缴及补贴约1.47亿元，以及…后付款约3.52亿元，合计4.99亿元；…实际结余为17.74亿元，可支撑月数约8个月".
        // 22.73/2.25 = 10.10; 17.74/2.25 = 7.88, printed 8 (nearest).
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Yi(22.73m), BalanceDeductions.Lumped(Yi(1.47m), Yi(3.52m)), MonthlyExpenditure.PerMonth(Yi(2.25m)), CoverBandPolicy.Default);

        Assert.Equal(Yi(4.99m), c.Deductions.Total);
        Assert.Equal(Yi(3.52m), c.Deductions.Payables);
        Assert.Equal(Yi(17.74m), c.ActualBalance);
        Assert.Equal(7.88m, c.MonthsToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(8, c.MonthsNearest);
        Assert.Equal(7, c.MonthsFloor);
        Assert.Equal(10.10m, c.BookMonths.ToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(10, c.BookMonths.RoundToInteger(MidpointRounding.AwayFromZero));
        Assert.Equal(CoverBand.Middle, c.Band);
        Assert.True(c.IsReasonable); // 6 ≤ 7.88 ≤ 9
        Assert.Equal("7.88 months = (22.73 − 4.99)亿 / 2.25亿 per month", c.ToSentence());
    }

    [Fact]
    public void Monthly_average_derived_from_a_year_a_quarter_or_a_trailing_window_is_exact()
    {
        // 15.48亿 a year = 1.29亿 a month: the same 15.68 months as the given average.
        MonthsOfCover annual = MonthsOfCover.Compute(Year2021, Yi(20.23m), BalanceDeductions.None, MonthlyExpenditure.OfPeriod(Yi(15.48m), Year2021), CoverBandPolicy.Default);
        MonthsOfCover quarter = MonthsOfCover.Compute(Year2021, Yi(20.23m), BalanceDeductions.None, MonthlyExpenditure.OfPeriod(Yi(3.87m), ReportingPeriod.OfQuarter(2021, 4)), CoverBandPolicy.Default);
        MonthsOfCover trailing = MonthsOfCover.Compute(Year2021, Yi(20.23m), BalanceDeductions.None, MonthlyExpenditure.Trailing([Yi(1.20m), Yi(1.38m)]), CoverBandPolicy.Default);

        Assert.Equal(Fraction.Create(2023, 129), annual.Months);
        Assert.Equal(Fraction.Create(2023, 129), quarter.Months);
        Assert.Equal(Fraction.Create(2023, 129), trailing.Months);

        // An average that is not whole fen stays exact: 100 fen over 3 months = 100/3 fen a month; 1元 covers 3 months.
        MonthsOfCover third = MonthsOfCover.Compute(Year2021, Money.FromFen(100), BalanceDeductions.None, MonthlyExpenditure.OverMonths(Money.FromFen(100), 3), CoverBandPolicy.Default);
        Assert.Equal(Fraction.FromInteger(3), third.Months);
        Assert.Equal(CoverBand.Middle, third.Band); // exactly 3 is in 3–9
    }

    [Fact]
    public void Each_deduction_is_its_own_line()
    {
        var d = new BalanceDeductions(Yi(1m), Yi(0.5m), Yi(0.25m), Yi(0.125m), Yi(0.0625m));
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Yi(10m), d, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default);

        Assert.Equal(Yi(0.9375m), d.Payables);
        Assert.Equal(Yi(8.0625m), c.ActualBalance);
        string text = c.Explain().ToText();
        Assert.Contains("一次性预缴款(补贴) one-time prepayments and subsidies = 10,000.00万元  [input]", text);
        Assert.Contains("业务已结算财务未支付 settled but unpaid = 5,000.00万元  [input]", text);
        Assert.Contains("业务未结算 not yet settled = 2,500.00万元  [input]", text);
        Assert.Contains("暂扣医疗机构的预留金 reserves withheld = 1,250.00万元  [input]", text);
        Assert.Contains("其他未付款 other payables = 625.00万元  [input]", text);
        Assert.Contains("实际结余 actual balance = 80,625.00万元", text);
        Assert.Contains("report style: floor 8, nearest 8", text);
    }

    [Fact]
    public void Deductions_larger_than_the_balance_give_flagged_negative_cover()
    {
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.Lumped(Money.Zero, Yi(3m)), MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default);

        Assert.Equal(CoverOutcome.NegativeBalance, c.Outcome);
        Assert.True(c.DeductionsExceedBalance);
        Assert.Equal(Fraction.FromInteger(-2), c.Months);
        Assert.Equal(CoverBand.Warning, c.Band);
        Assert.Contains("negative actual balance", c.ToSentence());
    }

    [Fact]
    public void Negative_deduction_is_an_error_naming_the_line()
    {
        var d = new BalanceDeductions(Money.Zero, Money.Zero, Yi(-1m), Money.Zero, Money.Zero);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MonthsOfCover.Compute(Year2021, Yi(1m), d, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default));
        Assert.Equal("deductions", e.ParamName);
        Assert.Contains("deductions.NotYetSettled is -100000000.00", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Zero_or_negative_expenditure_is_an_explicit_outcome(long fen)
    {
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.FromFen(fen)), CoverBandPolicy.Default);

        Assert.Equal(CoverOutcome.NoExpenditure, c.Outcome);
        Assert.Equal(CoverBand.NotApplicable, c.Band);
        Assert.False(c.IsReasonable);
        Assert.Contains("NoExpenditure", Assert.Throws<InvalidOperationException>(() => c.Months).Message);
        Assert.Contains("no expenditure", c.ToSentence());
    }

    [Fact]
    public void Band_edges_are_inclusive_of_3_and_9_and_configurable()
    {
        CoverBandPolicy p = CoverBandPolicy.Default;
        Assert.Equal(CoverBand.Warning, p.Classify(Fraction.Create(299, 100)));
        Assert.Equal(CoverBand.Middle, p.Classify(Fraction.FromInteger(3)));
        Assert.Equal(CoverBand.Middle, p.Classify(Fraction.FromInteger(9)));
        Assert.Equal(CoverBand.High, p.Classify(Fraction.Create(901, 100)));

        // One city treats 9–15 months as optimal.
        var city = new CoverBandPolicy(Fraction.FromInteger(3), Fraction.FromInteger(15), Fraction.FromInteger(9), Fraction.FromInteger(15));
        Assert.True(city.IsReasonable(Fraction.FromInteger(15)));
        Assert.False(city.IsReasonable(Fraction.Create(2023, 129))); // 15.68 > 15
        Assert.Contains("highAbove 2 months is below warningBelow 3", Assert.Throws<ArgumentOutOfRangeException>(() => new CoverBandPolicy(Fraction.FromInteger(3), Fraction.FromInteger(2), Fraction.Zero, Fraction.Zero)).Message);
    }

    [Fact]
    public void Total_row_divides_summed_components_not_averaged_months()
    {
        // Region A: 10 / 1 per month = 10 months; region B: 2 / 1 per month = 2 months. Mean of months 6;
        // total (10 + 2) / (1 + 1) = 6 — coincide here, so take B with 2 / 3 per month: months 2/3, mean 5.33,
        // total 12 / 4 = 3.
        MonthsOfCover a = MonthsOfCover.Compute(Year2021, Yi(10m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default);
        MonthsOfCover b = MonthsOfCover.Compute(Year2021, Yi(2m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yi(3m)), CoverBandPolicy.Default);

        MonthsOfCover total = MonthsOfCover.Total([a, b], CoverBandPolicy.Default);

        Assert.Equal(Fraction.FromInteger(3), total.Months);
        Assert.Equal(Yi(12m), total.BookBalance);
        Assert.Equal(Yi(4m), total.MonthlyExpenditure.Expenditure);
    }

    [Fact]
    public void Total_rejects_mixed_periods_and_empty_rows()
    {
        MonthsOfCover a = MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default);
        MonthsOfCover b = MonthsOfCover.Compute(ReportingPeriod.OfYear(2020), Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default);

        Assert.Contains("rows[1] is for 2020", Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([a, b], CoverBandPolicy.Default)).Message);
        Assert.Contains("rows is empty", Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([], CoverBandPolicy.Default)).Message);
    }

    [Fact]
    public void Default_expenditure_and_unknown_period_are_errors()
    {
        Assert.Contains("window of 0 months", Assert.Throws<ArgumentException>(() => MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.None, default, CoverBandPolicy.Default)).Message);
        Assert.Contains("unknown period", Assert.Throws<ArgumentException>(() => MonthsOfCover.Compute(default, Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yi(1m)), CoverBandPolicy.Default)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyExpenditure.OverMonths(Yi(1m), 0));
    }
}
