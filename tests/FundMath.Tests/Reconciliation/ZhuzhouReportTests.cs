using System;
using System.Linq;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Yaml;
using Xunit.Abstractions;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// Golden checks on the Zhuzhou 2021 sample (src/FundMath.Samples/Reports/zhuzhou-2021.yaml), the figures of
/// 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 as printed.
/// </summary>
public sealed class ZhuzhouReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<ReportDocument> Report = new(() => SampleReports.Zhuzhou2021);

    private static readonly Lazy<ReconciliationResult> Result = new(() => ReportChecker.Check(Report.Value));

    private static Finding[] About(string row, string column) =>
        Result.Value.Findings.Where(f => f.Printed.Location.Row == row && f.Printed.Location.Column == column).ToArray();

    [Fact]
    public void Resident_income_execution_text_109_07_is_an_error_and_the_table_110_09_is_fine()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 二(一)3: text "109.07%", table 110.09%; 29.02/26.36 ∈ [110.05%, 110.13%].
        Finding[] findings = About("居民医保 本年收入", "执行率");
        Finding error = Assert.Single(findings);
        Assert.Equal(FindingSeverity.Error, error.Severity);
        Assert.Equal(109.07m, error.Printed.Printed);
        Assert.Null(error.Printed.Location.Table); // the running text, not the table
        FigureInterval expected = error.Expected!.Value;
        Assert.Equal("[110.05%, 110.13%]", expected.Format(FigureUnit.Percent, 2));
        Assert.Equal(Fraction.Create(29015, 26365), expected.Low);   // 29.015 / 26.365
        Assert.Equal(Fraction.Create(29025, 26355), expected.High);  // 29.025 / 26.355
        Assert.True(expected.Intersects(Figure(110.09m).Interval));
    }

    [Fact]
    public void Resident_premium_execution_printed_twice_disagrees_beyond_precision_and_is_an_error()
    {
        // 二(一)3: table 113.61%, text 113.73%; 9.68/8.52 ∈ [113.49%, 113.74%] contains both, but the two printings
        // ([113.605%, 113.615%] and [113.725%, 113.735%]) share no value: one of them is wrong.
        Finding note = Assert.Single(About("居民医保 保险费收入", "执行率"));
        Assert.Equal(FindingSeverity.Error, note.Severity);
        Assert.Equal(FindingKind.DoublePrinting, note.Kind);
        Assert.Equal("[113.49%, 113.74%]", note.Expected!.Value.Format(FigureUnit.Percent, 2));
        Assert.Contains("arithmetic cannot tell which one is wrong", note.Sentence, StringComparison.Ordinal);
        Assert.Equal(new[] { 113.73m, 113.61m }, note.Figures.Take(2).Select(f => f.Printed));
    }

    [Fact]
    public void Current_surplus_of_residents_and_of_the_total_are_errors()
    {
        // 二(三): resident 1.71亿 but 29.02 − 27.04 = 1.98亿; total 6.05亿 but 59.91 − 53.59 = 6.32亿.
        Finding resident = Assert.Single(About("居民医保", "当期结余"));
        Assert.Equal(FindingSeverity.Error, resident.Severity);
        Assert.Equal(ReconciliationCheck.Surplus, resident.Check);
        Assert.Equal("[1.97, 1.99]亿元", resident.Expected!.Value.Format(FigureUnit.Yi, 2));
        Finding total = Assert.Single(About("合计", "当期结余"));
        Assert.Equal(FindingSeverity.Error, total.Severity);
        Assert.Equal("[6.31, 6.33]亿元", total.Expected!.Value.Format(FigureUnit.Yi, 2));
        Assert.Equal(new[] { 6.05m, 59.91m, 53.59m }, total.Figures.Select(f => f.Printed));
    }

    [Fact]
    public void Months_of_cover_mix_floor_and_nearest_rounding()
    {
        // 二(四): 20.23/1.29 = 15.68 printed 约15 (floor); 17.74/2.25 = 7.88 printed 约8 (nearest).
        Finding note = Assert.Single(Result.Value.Findings, f => f.Kind == FindingKind.MixedRounding);
        Assert.Equal(FindingSeverity.Note, note.Severity);
        Assert.Equal(15m, note.Printed.Printed);
        Assert.Contains(note.Figures, f => f.Printed == 8m && f.Unit == FigureUnit.Months);
        Assert.Contains("约15个月", note.Sentence, StringComparison.Ordinal);
        Assert.Contains("fits only if rounded down", note.Sentence, StringComparison.Ordinal);
        Assert.Contains("fits if rounded to nearest or up", note.Sentence, StringComparison.Ordinal);
        Assert.Equal("[15.62, 15.75]个月", note.Expected!.Value.Format(FigureUnit.Months, 2)); // 20.225/1.295, 20.235/1.285
    }

    [Fact]
    public void Individual_contribution_printed_as_280_and_320_is_a_collection_year_note()
    {
        // 一(二)1 "按280元/人缴费" vs 二(一)2(3) "个人缴费标准为320元/人" (domain §3: collection vs coverage year).
        Finding note = Assert.Single(Result.Value.Findings, f => f.Kind == FindingKind.ParameterPrintedTwice);
        Assert.Equal(FindingSeverity.Note, note.Severity);
        Assert.Equal(new[] { 280m, 320m }, note.Figures.Select(f => f.Printed));
        Assert.Contains("collection year vs coverage year", note.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_distribution_table_is_consistent()
    {
        // 二(四) table: 11 resident rows sum to 227,316.70 / 177,361.41; 6 employee rows to 238,864.73 / 202,305.02.
        RegionTable table = Assert.Single(Report.Value.Regions);
        Assert.Equal(11, table.Rows.Count(r => r.Values[0] is not null));
        Assert.Equal(6, table.Rows.Count(r => r.Values[3] is not null));
        Assert.DoesNotContain(Result.Value.Findings, f => f.Figures.Any(x => x.Location.Table == table.Title));
        Assert.True(ReportChecker.Check(new ReportDocument("regions only") { Regions = [table] }) is { IsConsistent: true, ChecksRun: 4 });
    }

    [Fact]
    public void Cohort_shares_summing_to_100_01_percent_are_explained_by_rounding()
    {
        // 一(二)2: 75.15% + 21.10% + 3.76% = 100.01%; each share ±0.005pp so the sum may be 99.995%–100.025%.
        CohortTable table = Report.Value.Cohorts.Single(c => c.Title == "城乡居民参保人员结构");
        Assert.Equal(100.01m, table.Rows.Sum(r => r.Share!.Printed));
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("cohort only") { Cohorts = [table] });
        Assert.True(result.IsConsistent);
        Assert.Equal(5, result.ChecksRun); // 3 shares, Σ counts, Σ shares
    }

    [Fact]
    public void Other_funds_surplus_off_by_0_01_wan_is_within_precision()
    {
        // 三(二): 公务员 17722.35 − 767.01 = 16955.34 printed 16955.33; 离休 4372.61 − 4082.64 = 289.97 printed 289.96.
        StatementTable table = Report.Value.Statements.Single(s => s.Title == "2021年其他医疗基金收支余情况表");
        Assert.True(ReportChecker.Check(new ReportDocument("other funds") { Statements = [table] }).IsConsistent);
        Assert.DoesNotContain(Result.Value.Findings, f => f.Check == ReconciliationCheck.Surplus && f.Printed.Location.Table == table.Title);
    }

    [Fact]
    public void Maternity_growth_printed_positive_for_a_decrease_is_an_error()
    {
        // 二(二)2(1): 生育医疗费 1.36亿 "比上年减少0.31亿元" but "增加幅度 18.67%": −0.31/1.67 = −18.56%.
        Finding error = Assert.Single(Result.Value.Findings, f => f.Check == ReconciliationCheck.Growth && f.Severity == FindingSeverity.Error);
        Assert.Equal(18.67m, error.Printed.Printed);
        Assert.True(error.Expected!.Value.High.Sign < 0);
    }

    [Fact]
    public void Truncated_figures_are_notes()
    {
        // 三(二) text: 大额医疗 结余率 16.2% = 2128.62/13089.20 = 16.26% (truncated, nearest would print 16.3%);
        // 离休 累计结余 "0.26亿元" vs table 2672.60万元 = 0.2673亿 (truncated).
        Finding[] directed = Result.Value.Findings.Where(f => f.Kind == FindingKind.DirectedRounding).ToArray();
        Assert.Equal(2, directed.Length);
        Assert.All(directed, f => Assert.Equal(FindingSeverity.Note, f.Severity));
        Assert.Equal(new[] { 16.2m, 0.26m }, directed.Select(f => f.Printed.Printed).OrderByDescending(x => x));
    }

    [Fact]
    public void Resident_premium_growth_printed_as_minus_1_93_and_minus_1_36_is_a_double_printing()
    {
        // 二(一)1 "同比增减率分别为17.83%、-1.93%" vs 二(一)2(3) "城乡居民征缴收入较去年减少1.36%".
        Finding note = Assert.Single(Result.Value.Findings, f => f.Kind == FindingKind.DoublePrinting && f.Check == ReconciliationCheck.Repeated && f.Printed.Unit == FigureUnit.Percent && f.Printed.Printed < 0);
        Assert.Equal(new[] { -1.93m, -1.36m }, note.Figures.Select(f => f.Printed));
    }

    [Fact]
    public void Whole_report_has_exactly_six_errors_and_four_notes()
    {
        ReconciliationResult result = Result.Value;
        foreach (Finding finding in result.Findings)
        {
            output.WriteLine(finding.ToString());
        }

        // Errors: 居民 当期结余, 合计 当期结余, 109.07%, a growth sign, and two figures printed twice with values that
        // disagree beyond their precision (113.61%/113.73%, -1.93%/…). Notes: mixed months rounding, the 280/320
        // contribution standard, two directed roundings.
        Assert.Equal(6, result.ErrorCount);
        Assert.Equal(4, result.NoteCount);
        Assert.Equal(123, result.ChecksRun); // 117 relations in the sample and the text's six band counts (二(四)1 and 二(四)2)
        // Not checkable: the 6 growth rates of 三(二) (no 上年 figures), the 9 of 二(一)1/二(二)1 (no 上年 figures or
        // changes), and the two months columns of the region table (no monthly expenditure per region).
        Assert.Equal(6, result.Unchecked.Count(u => u.Reason.Contains("(previous", StringComparison.Ordinal)));
        Assert.Equal(15, result.Unchecked.Count(u => u.Reason.Contains("growth rate is not checked", StringComparison.Ordinal)));
        Assert.Equal(17, result.Unchecked.Count);
    }

    [Fact]
    public void The_sample_text_and_the_parsed_sample_are_the_same_report()
    {
        // One copy: the YAML text re-read gives the same findings as the cached document.
        ReportDocument reread = PublishedReportFiles.ReadYaml(SampleReports.Zhuzhou2021Yaml, SampleReports.Zhuzhou2021SourceName);
        Assert.Equal(Result.Value.Findings.Select(f => f.Sentence), ReportChecker.Check(reread).Findings.Select(f => f.Sentence));
        Assert.Same(SampleReports.Zhuzhou2021, SampleReports.Zhuzhou2021);
    }

    [Fact]
    public void Each_finding_explains_its_interval_derivation()
    {
        Finding error = Assert.Single(About("居民医保", "当期结余"));
        string text = error.Explain().ToText();
        output.WriteLine(text);
        Assert.Contains("1.71亿元", text, StringComparison.Ordinal);
        Assert.Contains("29.02亿元", text, StringComparison.Ordinal);
        Assert.Contains("当期结余 = 收入 − 支出", text, StringComparison.Ordinal);
        Assert.Contains("[1.97", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_carry_their_source_position_in_the_file()
    {
        PrintedFigure rate = Report.Value.Budgets[0].Rows[1].Rate;
        Assert.Matches(@"zhuzhou-2021\.yaml:\d+:\d+$", rate.Location.Source);
    }

    private static PrintedFigure Figure(decimal percent) => new(percent, FigureUnit.Percent, new FigureLocation("test"));
}
