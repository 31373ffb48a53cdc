using System;
using System.Linq;
using FundMath.Data;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Yaml;

namespace FundMath.Tests.Reconciliation;

public sealed class PublishedReportReaderTests
{
    [Fact]
    public void Reads_a_short_yaml_report()
    {
        const string yaml = """
            title: 示例
            budgets:
              - title: 预算收入执行情况表
                section: 二(一)3
                unit: 亿元
                rows:
                  - { fund: 居民医保, line: 本年收入, budget: "26.36", executed: "29.02", rate: 110.09%, textRate: 109.07% }
            """;
        ReportDocument report = PublishedReportFiles.ReadYaml(yaml, "short.yaml");
        BudgetExecutionFigures row = report.Budgets[0].Rows[0];
        Assert.Equal(26.36m, row.Budget.Printed);
        Assert.Equal(FigureUnit.Yi, row.Budget.Unit);
        Assert.Equal(new FigureLocation("二(一)3", "预算收入执行情况表", "居民医保 本年收入", "执行率"), row.Rate.Location with { Source = null });
        Assert.StartsWith("short.yaml:7:", row.Rate.Location.Source, StringComparison.Ordinal);
        Assert.Equal(1, ReportChecker.Check(report).ErrorCount);
    }

    [Fact]
    public void Json_and_object_figures_with_precision_and_rounding_overrides()
    {
        const string json = """
            { "title": "t",
              "quotients": [ { "label": "结余率", "numerator": "2128.62万元", "denominator": "13089.20万元",
                               "quotient": { "printed": "16.2%", "rounding": "floor", "at": "三(二) 正文" } } ] }
            """;
        ReportDocument report = PublishedReportReader.ReadJson(json, "q.json");
        PrintedFigure q = report.Quotients[0].Quotient;
        Assert.Equal(PrintRounding.Floor, q.Rounding);
        Assert.Equal("三(二) 正文", q.Location.Section);
        Assert.True(ReportChecker.Check(report).IsConsistent); // declared as truncated, so no note
    }

    [Fact]
    public void A_bad_figure_is_reported_with_line_and_column()
    {
        const string yaml = """
            title: t
            totals:
              - label: 合计
                unit: 亿元
                total: "3.00"
                parts: ["1.00", "2.OO"]
            """;
        DataFormatException e = Assert.Throws<DataFormatException>(() => PublishedReportFiles.ReadYaml(yaml, "bad.yaml"));
        Assert.Equal(6, e.Line);
        Assert.Contains("2.OO", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_is_rejected_with_the_allowed_names()
    {
        DataFormatException e = Assert.Throws<DataFormatException>(() => PublishedReportReader.ReadJson("""{ "title": "t", "budget": [] }""", "x.json"));
        Assert.Equal(1, e.Line);
        Assert.Contains("budgets", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_rows_must_match_the_columns()
    {
        const string json = """
            { "title": "t", "regions": [ { "title": "r", "unit": "万元", "columns": [ { "name": "a", "summable": true }, { "name": "b" } ],
              "rows": [ { "region": "x", "values": ["1.00"] } ] } ] }
            """;
        DataFormatException e = Assert.Throws<DataFormatException>(() => PublishedReportReader.ReadJson(json, "r.json"));
        Assert.Contains("1 values but the table has 2 columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_figure_needs_two_mentions()
    {
        DataFormatException e = Assert.Throws<DataFormatException>(() =>
            PublishedReportReader.ReadJson("""{ "title": "t", "repeated": [ { "label": "x", "mentions": ["1元"] } ] }""", "r.json"));
        Assert.Contains("at least two mentions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_sample_loads_every_section()
    {
        ReportDocument report = SampleReports.Zhuzhou2021;
        Assert.Equal(2021, report.Year);
        Assert.Equal(2, report.Statements.Count);
        Assert.Equal(2, report.Budgets.Count);
        Assert.Single(report.Regions);
        Assert.Equal(2, report.MonthsOfCover.Count);
        Assert.Equal(5, report.Cohorts.Count);
        Assert.Single(report.DeficitScans);
        Assert.Contains("monthsOfCover:", SampleReports.Zhuzhou2021Yaml, StringComparison.Ordinal);
        Assert.Same(report, SampleReports.Zhuzhou2021);
    }

    [Fact]
    public void The_example_in_docs_report_format_gives_one_error_and_one_note()
    {
        // docs/report-format.md "Example (YAML)", verbatim.
        const string yaml = """
            title: 株洲市2021年年度医疗保险基金财务报表及运行分析报告
            year: 2021
            budgets:
            - title: 2021年全市医疗生育保险基金预算收入执行情况表
              section: 二(一)3
              unit: 亿元
              rows:
              - { fund: 居民医保, line: 本年收入, budget: '26.36', executed: '29.02', rate: 110.09%, textRate: 109.07% }
            monthsOfCover:
            - fund: 职工医保统筹基金
              unit: 亿元
              balance: '23.89'
              monthlyExpenditure: '1.29'
              deductions:
              - { label: 一次性预缴及补贴, value: 约0 }
              - { label: 未结算医疗费等, value: 约3.66 }
              actualBalance: '20.23'
              actualMonths: 约15个月
            repeated:
            - label: 居民医保 个人缴费标准 2021
              kind: contributionStandard
              mentions:
              - { printed: 280元/人, at: "一(二)1 正文" }
              - { printed: 320元/人, at: "二(一)2(3) 正文" }
            """;
        ReconciliationResult result = ReportChecker.Check(PublishedReportFiles.ReadYaml(yaml, "example.yaml"));
        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(109.07m, result.Findings.Single(f => f.Severity == FindingSeverity.Error).Printed.Printed);
        Assert.Equal(FindingKind.ParameterPrintedTwice, result.Findings.Single(f => f.Severity == FindingSeverity.Note).Kind);
    }

    [Fact]
    public void Unquoted_yaml_numbers_keep_their_printed_digits()
    {
        ReportDocument report = PublishedReportFiles.ReadYaml("title: t\ntotals:\n- { label: x, unit: 万元, total: 13089.20, parts: [13089.20] }\n", "plain.yaml");
        Assert.Equal(0.01m, report.Totals[0].Total.Precision);
    }
}
