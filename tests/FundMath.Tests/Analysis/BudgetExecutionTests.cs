using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class BudgetExecutionTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    private static BudgetExecution Annual(BudgetLine line, decimal budgetedYi, decimal executedYi) =>
        BudgetExecution.Evaluate(line, Year2021, Yi(budgetedYi), Yi(executedYi), BudgetTolerancePolicy.Default);

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告, 2021年全市医疗生育保险基金预算收入/支出执行情况表 (单位:亿元):
    // 职工医保 本年收入 预算数 30.66 执行数 30.89 执行率 100.75%; 保险费收入 26.51 / 27.10 / 102.23%;
    // 居民医保 本年收入 26.36 / 29.02 / 110.09% (text: 109.07%); 保险费收入 8.52 / 9.68 / 113.61% (text 113.73%);
    // 职工医保 本年支出 26.83 / 26.55 / 98.96%; 保险待遇支出 26.46 / 24.39 / 92.18%;
    // 居民医保 本年支出 23.34 / 27.04 / 115.85%; 保险待遇支出 21.36 / 20.71 / 96.96%.
    [Theory]
    [InlineData(BudgetLine.TotalIncome, 30.66, 30.89, 100.75, ExecutionOutcome.Within, 0.00)]
    [InlineData(BudgetLine.PremiumIncome, 26.51, 27.10, 102.23, ExecutionOutcome.Within, 0.00)]
    [InlineData(BudgetLine.TotalIncome, 26.36, 29.02, 110.09, ExecutionOutcome.Over, 5.09)]
    [InlineData(BudgetLine.PremiumIncome, 8.52, 9.68, 113.62, ExecutionOutcome.Over, 8.62)]
    [InlineData(BudgetLine.TotalExpenditure, 26.83, 26.55, 98.96, ExecutionOutcome.Within, 0.00)]
    [InlineData(BudgetLine.BenefitExpenditure, 26.46, 24.39, 92.18, ExecutionOutcome.Under, 2.82)]
    [InlineData(BudgetLine.TotalExpenditure, 23.34, 27.04, 115.85, ExecutionOutcome.Over, 10.85)]
    [InlineData(BudgetLine.BenefitExpenditure, 21.36, 20.71, 96.96, ExecutionOutcome.Within, 0.00)]
    public void Reproduces_the_2021_annual_execution_tables(BudgetLine line, double budgeted, double executed, double percent, ExecutionOutcome outcome, double beyond)
    {
        BudgetExecution e = Annual(line, (decimal)budgeted, (decimal)executed);

        Assert.Equal((decimal)percent, e.Rate.ToPercent(2, MidpointRounding.AwayFromZero));
        Assert.Equal(outcome, e.Outcome);
        Assert.Equal((decimal)beyond, e.BeyondBand.ToPoints(2, MidpointRounding.AwayFromZero));
        Assert.Equal(Rate.OneHundredPercent, e.ExpectedProgress);
    }

    [Fact]
    public void Resident_income_is_over_by_5_09pp_and_the_sentence_says_so()
    {
        // 29.02 / 26.36 = 110.0910…%: deviation +10.09pp, 5.09pp above the +5pp band.
        BudgetExecution e = Annual(BudgetLine.TotalIncome, 26.36m, 29.02m);

        Assert.Equal(10.09m, e.Deviation.ToPoints(2, MidpointRounding.AwayFromZero));
        Assert.Equal("本年收入 预算执行率 110.09% is 5.09pp above the +5pp band (expected 100.00%, deviation +10.09pp)", e.ToSentence());
    }

    [Fact]
    public void Text_figure_109_07_percent_is_not_what_the_table_inputs_give()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 text: "居民医保基金预算收入执行率…109.07%"; the table's 29.02/26.36 gives 110.09%.
        BudgetExecution e = Annual(BudgetLine.TotalIncome, 26.36m, 29.02m);

        Assert.NotEqual(109.07m, e.Rate.ToPercent(2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Benefit_expenditure_under_the_band_needs_the_amount_to_the_lower_edge()
    {
        // 24.39 / 26.46 = 92.18%; lower edge 95% × 26.46亿 = 25.137亿; 25.137 − 24.39 = 0.747亿 = 7,470万元.
        BudgetExecution e = Annual(BudgetLine.BenefitExpenditure, 26.46m, 24.39m);

        Assert.Equal(-7.82m, e.Deviation.ToPoints(2, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.From(7470m, MoneyUnit.Wan), e.CorrectionToBand);
        Assert.Equal("保险待遇支出 预算执行率 92.18% is 2.82pp below the −5pp band (expected 100.00%, deviation −7.82pp)", e.ToSentence());
    }

    [Fact]
    public void Over_correction_is_negative_and_lands_inside_the_band()
    {
        // 29.02 vs upper edge 105% × 26.36亿 = 27.678亿 → reduce by 1.342亿.
        BudgetExecution e = Annual(BudgetLine.TotalIncome, 26.36m, 29.02m);

        Assert.Equal(-Yi(1.342m), e.CorrectionToBand);
        BudgetExecution corrected = Annual(BudgetLine.TotalIncome, 26.36m, 29.02m - 1.342m);
        Assert.Equal(ExecutionOutcome.Within, corrected.Outcome);
    }

    [Fact]
    public void Correction_rounds_inward_when_the_edge_amount_is_not_whole_fen()
    {
        // budget 1.01元 (101 fen), upper edge 105% → 106.05 fen; inward rounding gives 106 fen, so
        // executed 2.00元 needs −94 fen and 106/101 = 104.95% is within.
        BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromFen(101), Money.FromFen(200), Rate.OneHundredPercent, ToleranceBand.FivePoints);

        Assert.Equal(Money.FromFen(-94), e.CorrectionToBand);
        Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromFen(101), Money.FromFen(106), Rate.OneHundredPercent, ToleranceBand.FivePoints).Outcome);
    }

    [Theory]
    [InlineData(10500, ExecutionOutcome.Within)]
    [InlineData(10501, ExecutionOutcome.Over)]
    [InlineData(9500, ExecutionOutcome.Within)]
    [InlineData(9499, ExecutionOutcome.Under)]
    public void Outcome_flips_exactly_at_the_band_edge(long executedFen, ExecutionOutcome expected)
    {
        // budget 100.00元: 105.00元 is exactly +5pp (within, edge inclusive); one fen more is over.
        BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Money.FromFen(10000), Money.FromFen(executedFen), BudgetTolerancePolicy.Default);

        Assert.Equal(expected, e.Outcome);
    }

    [Fact]
    public void Edge_is_exact_for_rates_that_have_no_finite_decimal()
    {
        // Q1 of a budget of 3 fen: expected 25%; band ±0pp; executed 0.75 fen is impossible, so with a 1/3 budget
        // ratio: budget 300 fen, executed 75 fen = exactly 25% → within a zero-width band; 76 fen over.
        ReportingPeriod q1 = ReportingPeriod.OfQuarter(2021, 1);
        ToleranceBand zero = ToleranceBand.Symmetric(PercentagePoints.Zero);

        Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(BudgetLine.TotalIncome, q1, Money.FromFen(300), Money.FromFen(75), q1.TimeProgress, zero).Outcome);
        Assert.Equal(ExecutionOutcome.Over, BudgetExecution.Evaluate(BudgetLine.TotalIncome, q1, Money.FromFen(300), Money.FromFen(76), q1.TimeProgress, zero).Outcome);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, 25)]
    [InlineData(PeriodKind.HalfYear, 1, 50)]
    [InlineData(PeriodKind.Quarter, 3, 75)]
    [InlineData(PeriodKind.Year, 1, 100)]
    [InlineData(PeriodKind.Month, 5, 41.67)]
    public void Expected_progress_defaults_to_time_progress(PeriodKind kind, int index, double percent)
    {
        ReportingPeriod period = ReportingPeriod.Of(2021, kind, index);
        BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.TotalIncome, period, Yi(1m), Yi(0.3m), BudgetTolerancePolicy.Default);

        Assert.Equal((decimal)percent, e.ExpectedProgress.ToPercent(2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Q1_premiums_below_25_percent_are_under_time_progress_but_within_a_front_loaded_profile()
    {
        // A Q1 report (株洲市's quarterly practice): the rates "均未达到25%". A fund collecting 40% of premiums in Q1 expects 40% there.
        ReportingPeriod q1 = ReportingPeriod.OfQuarter(2021, 1);
        Span<Rate> cumulative = stackalloc Rate[12];
        for (int m = 1; m <= 12; m++)
        {
            cumulative[m - 1] = m <= 3 ? Rate.FromRatio(40 * m, 300) : Rate.FromRatio(360 + (60 * (m - 3)), 900);
        }

        cumulative[11] = Rate.OneHundredPercent;
        SeasonalProfile profile = SeasonalProfile.FromCumulative(cumulative);

        BudgetExecution timed = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, q1, Yi(10m), Yi(1.8m), BudgetTolerancePolicy.Default);
        BudgetExecution seasonal = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, q1, Yi(10m), Yi(3.8m), BudgetTolerancePolicy.Default, profile);

        Assert.Equal(ExecutionOutcome.Under, timed.Outcome); // 18% against 25% − 5pp
        Assert.Equal(Rate.FromPercent(40m), seasonal.ExpectedProgress);
        Assert.Equal(ExecutionOutcome.Within, seasonal.Outcome); // 38% against 40% ± 5pp
    }

    [Fact]
    public void Seasonal_profile_rejects_a_decrease_a_wrong_length_and_an_end_below_100_percent()
    {
        Rate[] ok = new Rate[12];
        for (int m = 1; m <= 12; m++)
        {
            ok[m - 1] = Rate.FromRatio(m, 12);
        }

        Rate[] decreasing = (Rate[])ok.Clone();
        decreasing[4] = Rate.FromPercent(10m);
        Rate[] shortEnd = (Rate[])ok.Clone();
        shortEnd[11] = Rate.FromPercent(99m);

        Assert.Equal(SeasonalProfile.TimeProgress, SeasonalProfile.FromCumulative(ok));
        Assert.Contains("must not decrease", Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(decreasing)).Message);
        Assert.Contains("must end at 100%", Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(shortEnd)).Message);
        Assert.Contains("needs 12", Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(ok.AsSpan(0, 11))).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Zero_or_negative_budget_is_NoBudget_not_a_crash(long budgetFen)
    {
        BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromFen(budgetFen), Yi(1m), BudgetTolerancePolicy.Default);

        Assert.Equal(ExecutionOutcome.NoBudget, e.Outcome);
        Assert.False(e.HasRate);
        Assert.Equal(Money.Zero, e.CorrectionToBand);
        Assert.Contains("NoBudget", Assert.Throws<InvalidOperationException>(() => e.Rate).Message);
        Assert.Contains("no budget", e.ToSentence());
    }

    [Fact]
    public void Tolerance_is_configurable_per_line()
    {
        // 102.23% premium execution is within ±5pp, but over a ±2pp premium band.
        var policy = BudgetTolerancePolicy.Default with { PremiumIncome = ToleranceBand.Symmetric(PercentagePoints.FromPoints(2m)) };

        BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Yi(26.51m), Yi(27.10m), policy);
        BudgetExecution income = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yi(26.51m), Yi(27.10m), policy);

        Assert.Equal(ExecutionOutcome.Over, e.Outcome);
        Assert.Equal(ExecutionOutcome.Within, income.Outcome);
    }

    [Fact]
    public void Bad_inputs_name_the_parameter_and_the_rule()
    {
        Assert.Contains("below", Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceBand(PercentagePoints.FromPoints(-1m), PercentagePoints.Zero)).Message);
        Assert.Contains("unknown period", Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Yi(1m), Yi(1m), BudgetTolerancePolicy.Default)).Message);
        Assert.Contains("expectedProgress", Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yi(1m), Yi(1m), Rate.FromPercent(101m), ToleranceBand.FivePoints)).Message);
        Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, new Money[2], new Money[1], Rate.OneHundredPercent, ToleranceBand.FivePoints, new BudgetExecution[2]));
    }

    [Fact]
    public void Explanation_lists_inputs_formula_band_and_sentence()
    {
        string text = Annual(BudgetLine.TotalIncome, 26.36m, 29.02m).Explain().ToText();

        Assert.Contains("预算数 budgeted = 2,636,000,000.00元  [input]", text);
        Assert.Contains("执行率 = 执行数 / 预算数", text);
        Assert.Contains("容差 tolerance band = ±5pp", text);
        Assert.Contains("5.09pp above the +5pp band", text);
        Assert.Contains("Over: -134,200,000.00元 to the nearest band edge", text);
    }
}
