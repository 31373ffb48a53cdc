namespace FundMath.Cli.Tests;

/// <summary>
/// Reports of any period through analyze and check-report: the illustrative quarterly sample (made-up figures,
/// 2024Q1) and the national 2023 statistics bulletin (real figures), both shipped as built-in samples.
/// </summary>
public class PeriodReportTests
{
    private static string WriteTemp(string name, string text)
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundmath-period-tests-" + System.Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        string path = System.IO.Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    [Theory]
    [InlineData("check-report", "sample:example-quarter-2024q1", "table", "check-report-quarter.txt", 1)]
    [InlineData("check-report", "sample:example-quarter-2024q1", "json", "check-report-quarter.json", 1)]
    [InlineData("analyze", "sample:example-quarter-2024q1", "table", "analyze-quarter.txt", 0)]
    [InlineData("analyze", "sample:example-quarter-2024q1", "markdown", "analyze-quarter.md", 0)]
    [InlineData("check-report", "sample:national-2023", "table", "check-report-national-2023.txt", 1)]
    [InlineData("analyze", "sample:national-2023", "markdown", "analyze-national-2023.md", 0)]
    public void Samples_match_the_checked_in_expected_output(string command, string file, string format, string expected, int exitCode)
    {
        var result = CliRunner.Run(command, file, "--format", format);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(exitCode, result.ExitCode);
        CliRunner.AssertMatchesExpected(expected, result.Out);
    }

    [Fact]
    public void A_quarter_is_judged_against_25_percent_time_progress()
    {
        var result = CliRunner.Run("analyze", "sample:example-quarter-2024q1", "--format", "markdown");

        // 2024Q1: time progress 3/12 = 25%, printed with the period.
        Assert.Contains("| 2024Q1 | 2024-01-01 | 2024-03-31 | 3 | 25.00% |", result.Out);

        // 9.86 / 38.20 = 25.81%: 0.81pp above 25% → Within (against 100% it would be 74pp Under).
        Assert.Contains("| 职工医保统筹基金 | 本年收入 income | 38.20 | 9.86 | 25.81% | 0.81pp | Within |", result.Out);

        // 12.35 / 30.15 = 40.96%: residents pay premiums in Q1, 15.96pp over → Over.
        Assert.Contains("| 居民医保 | 本年收入 income | 30.15 | 12.35 | 40.96% | 15.96pp | Over |", result.Out);

        // 5.18 / 24.80 = 20.89%: −4.11pp, inside ±5pp → Within.
        Assert.Contains("| 居民医保 | 本年支出 expenditure | 24.80 | 5.18 | 20.89% | -4.11pp | Within |", result.Out);
    }

    [Fact]
    public void Quarterly_region_rows_use_the_printed_figures_and_the_derived_monthly_expenditure()
    {
        var result = CliRunner.Run("analyze", "sample:example-quarter-2024q1", "--format", "markdown");

        // 甲区: 52,310.40 − "-" − 4,590.47 = 47,719.93; 14,820.60 / 3 = 4,940.20 a month; 47,719.93 / 4,940.20 = 9.66.
        Assert.Contains("| 甲区 | 52,310.40 | - | 4,590.47 | 47,719.93 | 4,940.20 | 9.66 | 9.7 | > 9 |", result.Out);

        // 丁县: 3,030.21 / 1,702.97 = 1.78 months, but 2.8 is printed: the row is flagged with the error.
        Assert.Contains("| 丁县 | 4,120.66 | - | 1,090.45 | 3,030.21 | 1,702.97 | 1.78 | 2.8 | < 3 | Error MonthsOfCover |", result.Out);

        // City: (211,854.19 − 1,562.50 − 22,144.79) / (67,852.18 / 3) = 188,146.90 / 22,617.39 = 8.32.
        Assert.Contains("| 职工医保统筹基金 | 全市 | 211,854.19 | 1,562.50 | 22,144.79 | 188,146.90 | 22,617.39 | 9.37 | 8.32 | 8 | 3–9 |", result.Out);
    }

    [Fact]
    public void Quarterly_check_finds_the_one_wrong_figure_and_nothing_else()
    {
        var result = CliRunner.Run("check-report", "sample:example-quarter-2024q1", "--format", "markdown");
        Assert.Equal(1, result.ExitCode);

        // 3,030.21 / 1,702.97 = 1.779 months; printed 2.8 (precision 0.1) cannot be rounding.
        Assert.Contains("| Error | MonthsOfCover | Mismatch | 2.8个月 | [1.78, 1.78]个月 |", result.Out);
        Assert.Contains("1 error(s), 0 note(s).", result.Out);
        Assert.Contains("0 printed figure(s) not checkable.", result.Out);
    }

    [Fact]
    public void National_2023_months_payable_is_checked_against_balance_and_annual_expenditure()
    {
        var result = CliRunner.Run("check-report", "sample:national-2023", "--format", "markdown");
        Assert.Equal(1, result.ExitCode);

        // 7663.70 / (10457.65 / 12) = 8.79 months, printed 8.5个月: not a rounding of 8.79.
        Assert.Contains("| Error | MonthsOfCover | Mismatch | 8.5个月 | [8.79, 8.79]个月 |", result.Out);

        // Growth rates without the previous year's figures are listed, not silently passed.
        Assert.Contains("Not checked: 10.3%", result.Out);
        Assert.Contains("Not checked: 20.2%", result.Out);
        Assert.Contains("Not checked: 21.1%", result.Out);
    }

    [Fact]
    public void An_unknown_sample_is_an_input_error_naming_the_samples()
    {
        var result = CliRunner.Run("check-report", "sample:nowhere");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no built-in sample 'nowhere'; the samples are sample:zhuzhou-2021, sample:national-2023, sample:example-quarter-2024q1.", result.Error);
    }

    [Fact]
    public void Year_with_a_quarter_says_how_to_write_a_period()
    {
        string file = WriteTemp("year-quarter.yaml", "title: t\nyear: 2021Q1\n");
        var result = CliRunner.Run("check-report", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("year-quarter.yaml:2:7: year: year '2021Q1' is not a calendar year such as 2021; for a quarter, half-year or month write period: 2021Q1 instead", result.Error);
        Assert.DoesNotContain("(Parameter", result.Error);
    }

    [Fact]
    public void A_bad_precision_is_reported_in_fundmath_words()
    {
        string file = WriteTemp("bad-precision.yaml",
            "title: t\nperiod: 2021Q1\ntotals:\n- label: x\n  unit: 万元\n  total: { printed: '3', precision: abc }\n  parts: ['1', '2']\n");
        var result = CliRunner.Run("check-report", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad-precision.yaml:6:", result.Error);
        Assert.Contains(": totals[0].total.precision: precision 'abc' is not a non-negative number", result.Error);
        Assert.DoesNotContain("input string", result.Error);
        Assert.DoesNotContain("(Parameter", result.Error);
    }

    [Fact]
    public void Analyze_warns_about_input_it_cannot_use_and_strict_makes_it_an_error()
    {
        string file = WriteTemp("unknown-line.yaml",
            "title: t\nperiod: 2021Q1\nbudgets:\n- title: b\n  unit: 亿元\n  rows:\n  - { fund: 职工医保, line: 其他支出, budget: '4.00', executed: '1.00', rate: 25.00% }\n");
        var warned = CliRunner.Run("analyze", file, "--format", "markdown");
        Assert.Equal(0, warned.ExitCode);
        Assert.Contains("unknown-line.yaml:7:", warned.Out);
        Assert.Contains("budget line '其他支出' of 职工医保 is not one analyze judges", warned.Out);

        var strict = CliRunner.Run("analyze", file, "--strict");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("1 part(s) of the input cannot be analysed (--strict)", strict.Error);
    }
}
