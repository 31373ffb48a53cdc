using System;
using System.Linq;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

public sealed class ReportCheckerTests
{
    private static PrintedFigure F(string text, string column = "c", FigureUnit? unit = null) =>
        PrintedFigure.Parse(text, new FigureLocation("s", "t", "r", column), unit);

    [Fact]
    public void Total_within_the_sum_of_half_units_is_fine_and_beyond_is_an_error()
    {
        // Three parts ±0.005 and a total ±0.005: the printed total may differ from Σ parts by up to 0.02.
        var ok = new ReportDocument("t") { Totals = [new TotalFigures("合计", F("3.02亿元", "合计"), [F("1.00亿元", "a"), F("1.00亿元", "b"), F("1.00亿元", "d")])] };
        Assert.True(ReportChecker.Check(ok).IsConsistent);
        var bad = new ReportDocument("t") { Totals = [new TotalFigures("合计", F("3.03亿元", "合计"), [F("1.00亿元", "a"), F("1.00亿元", "b"), F("1.00亿元", "d")])] };
        Finding error = Assert.Single(ReportChecker.Check(bad).Findings);
        Assert.Equal(FindingSeverity.Error, error.Severity);
        Assert.Equal(ReconciliationCheck.Total, error.Check);
        Assert.Equal("[2.985, 3.015]亿元", error.Expected!.Value.Format(FigureUnit.Yi, 3));
    }

    [Fact]
    public void Execution_rate_matching_table_and_text_is_silent()
    {
        // zhuzhou-2021: 职工医保 30.89/30.66 = 100.75%, printed in the table and the text.
        var row = new BudgetExecutionFigures("职工医保", "本年收入", F("30.66亿元", "预算数"), F("30.89亿元", "执行数"), F("100.75%", "执行率")) { TextRate = F("100.75%", "正文") };
        Assert.True(ReportChecker.Check(new ReportDocument("t") { Budgets = [new BudgetTable("b", [row])] }) is { IsConsistent: true, ChecksRun: 3 });
    }

    [Fact]
    public void Text_rate_printed_at_another_precision_is_not_a_double_printing()
    {
        var row = new BudgetExecutionFigures("职工医保", "本年收入", F("30.66亿元", "预算数"), F("30.89亿元", "执行数"), F("100.75%", "执行率")) { TextRate = F("100.8%", "正文") };
        Assert.True(ReportChecker.Check(new ReportDocument("t") { Budgets = [new BudgetTable("b", [row])] }).IsConsistent);
    }

    [Fact]
    public void Months_printed_with_one_rounding_throughout_are_consistent()
    {
        // Both 约15 and 约18 fit rounding down (20.23/1.29 = 15.68, 23.89/1.29 = 18.52): no mixed-rounding note.
        var months = new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "balance"), F("1.29亿元", "monthly"))
        {
            BookMonths = F("约18个月", "book"),
            Deductions = [F("3.66亿元", "deduction")],
            ActualBalance = F("20.23亿元", "actual"),
            ActualMonths = F("约15个月", "months"),
        };
        Assert.True(ReportChecker.Check(new ReportDocument("t") { MonthsOfCover = [months] }).IsConsistent);
    }

    [Fact]
    public void Months_that_no_rounding_explains_are_an_error()
    {
        var months = new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "balance"), F("1.29亿元", "monthly")) { BookMonths = F("约12个月", "book") };
        Finding error = Assert.Single(ReportChecker.Check(new ReportDocument("t") { MonthsOfCover = [months] }).Findings);
        Assert.Equal(FindingSeverity.Error, error.Severity);
        Assert.Equal(ReconciliationCheck.MonthsOfCover, error.Check);
    }

    [Fact]
    public void Actual_balance_must_equal_balance_minus_deductions()
    {
        var months = new MonthsOfCoverFigures("居民", F("22.73亿元", "balance"), F("2.25亿元", "monthly"))
        {
            Deductions = [F("1.47亿元", "d1"), F("3.52亿元", "d2")],
            DeductionsTotal = F("4.99亿元", "total"),
            ActualBalance = F("17.84亿元", "actual"),
        };
        Finding error = Assert.Single(ReportChecker.Check(new ReportDocument("t") { MonthsOfCover = [months] }).Findings);
        Assert.Equal(ReconciliationCheck.ActualBalance, error.Check);
        Assert.Equal(4, error.Figures.Count); // actual, balance, two deductions
    }

    [Fact]
    public void Growth_is_checked_against_previous_or_change()
    {
        // zhuzhou-2021: 职工医保住院医疗费 12.47亿, +0.69亿, "5.8%": 0.69/11.78 ∈ [5.81%, 5.90%], 5.8% ± 0.05 overlaps.
        var ok = new YearOnYearFigure("住院", F("12.47亿元", "current")) { Change = F("0.69亿元", "change"), Growth = F("5.8%", "growth") };
        Assert.True(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", ok, [])] }).IsConsistent);
        var bad = ok with { Growth = F("6.5%", "growth") };
        Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", bad, [])] }).Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Growth_of_a_total_must_follow_from_its_parts()
    {
        // zhuzhou-2021 二(一)1: 59.91 (+7.89%) = 30.89 (+8.04%) + 29.02 (+7.76%): implied total growth ∈ [7.87%, 7.94%].
        YearOnYearGroup Group(string totalGrowth) => new("总收入",
            new YearOnYearFigure("合计", F("59.91亿元", "total")) { Growth = F(totalGrowth, "growth") },
            [new YearOnYearFigure("职工", F("30.89亿元", "e")) { Growth = F("8.04%", "eg") }, new YearOnYearFigure("居民", F("29.02亿元", "r")) { Growth = F("7.76%", "rg") }]);
        Assert.True(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [Group("7.89%")] }).IsConsistent);
        Finding error = Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [Group("8.10%")] }).Findings);
        Assert.Equal(ReconciliationCheck.Growth, error.Check);
    }

    [Fact]
    public void Shares_that_cannot_reach_100_percent_are_an_error()
    {
        var table = new CohortTable("结构", F("100人", "total"), [new CohortRow("a", F("50人", "a")) { Share = F("50.10%", "as") }, new CohortRow("b", F("50人", "b")) { Share = F("50.10%", "bs") }], true);
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("t") { Cohorts = [table] });
        Assert.Equal(3, result.ErrorCount); // each share against 50/100, and Σ shares = 100.20% ± 0.01
        Assert.Contains(result.Findings, f => f.Sentence.Contains("cannot add up to 100%", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_off_only_by_truncation_is_a_note()
    {
        // zhuzhou-2021 三(二): 2128.62/13089.20 = 16.26% printed "16.2%".
        var q = new QuotientFigure("结余率", F("2128.62万元", "n"), F("13089.20万元", "d"), F("16.2%", "q"));
        Finding note = Assert.Single(ReportChecker.Check(new ReportDocument("t") { Quotients = [q] }).Findings);
        Assert.Equal(FindingSeverity.Note, note.Severity);
        Assert.Equal(FindingKind.DirectedRounding, note.Kind);
        Assert.Contains("rounded down", note.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Product_of_headcount_and_standard()
    {
        // zhuzhou-2021 一(二)1: 3019813 × 280 = 84,554.76万 printed 84,555万元; × 320 would be 96,634万.
        var ok = new ProductFigure("个人缴费", F("3019813人", "n"), F("280元/人", "s"), F("84555万元", "p"));
        Assert.True(ReportChecker.Check(new ReportDocument("t") { Products = [ok] }).IsConsistent);
        var wrong = ok with { Right = F("320元/人", "s") };
        Assert.Equal(1, ReportChecker.Check(new ReportDocument("t") { Products = [wrong] }).ErrorCount);
    }

    [Fact]
    public void Deficit_scan_counts_and_shares()
    {
        // zhuzhou-2021 二(三) 2019年: 1 of 6 areas = 16.67% printed 17%; 5 of 6 = 83%.
        var row = new DeficitScanRow("2019年", F("6个", "n"), F("1个", "d"), F("5个", "s")) { DeficitShare = F("17%", "ds"), SurplusShare = F("83%", "ss") };
        Assert.True(ReportChecker.Check(new ReportDocument("t") { DeficitScans = [new DeficitScanTable("scan", [row])] }) is { IsConsistent: true, ChecksRun: 3 });
        var bad = row with { SurplusRegions = F("4个", "s") };
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("t") { DeficitScans = [new DeficitScanTable("scan", [bad])] });
        Assert.True(result.ErrorCount == 2, string.Join(" | ", result.Findings));
    }

    [Fact]
    public void Repeated_figures_at_different_precisions_agree()
    {
        // zhuzhou-2021: 2.61亿元 (text) and 26122万元 (deficit table) are the same pooled-fund surplus.
        var same = new RepeatedFigure("统筹基金 当期结余", [F("2.61亿元", "a"), F("26122万元", "b")]);
        Assert.True(ReportChecker.Check(new ReportDocument("t") { Repeated = [same] }).IsConsistent);
        var differ = new RepeatedFigure("x", [F("2.61亿元", "a"), F("26222万元", "b")]);
        Finding note = Assert.Single(ReportChecker.Check(new ReportDocument("t") { Repeated = [differ] }).Findings);
        Assert.Equal(FindingKind.DoublePrinting, note.Kind);
    }

    [Fact]
    public void Divisors_that_may_be_zero_are_not_checked()
    {
        var q = new QuotientFigure("x", F("1.00亿元", "n"), F("0.00亿元", "d"), F("50%", "q"));
        Assert.True(ReportChecker.Check(new ReportDocument("t") { Quotients = [q] }) is { IsConsistent: true, ChecksRun: 0 });
    }

    [Fact]
    public void Null_report_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ReportChecker.Check(null!));
    }

    [Fact]
    public void Explanation_lists_each_input_with_its_interval()
    {
        var q = new QuotientFigure("结余率", F("2128.62万元", "n"), F("13089.20万元", "d"), F("16.2%", "q"));
        string text = ReportChecker.Check(new ReportDocument("t") { Quotients = [q] }).Findings[0].Explain().ToText();
        Assert.Contains("2128.62万元", text, StringComparison.Ordinal);
        Assert.Contains("[2128.615", text, StringComparison.Ordinal);
        Assert.Contains("16.26", text, StringComparison.Ordinal);
        Assert.Equal(3, ReportChecker.Check(new ReportDocument("t") { Quotients = [q] }).Findings[0].Explain().Inputs.Count);
    }

    [Fact]
    public void Empty_report_is_consistent()
    {
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("empty"));
        Assert.True(result.IsConsistent);
        Assert.Equal(0, result.Findings.Count(f => f.Severity == FindingSeverity.Error));
    }
}
