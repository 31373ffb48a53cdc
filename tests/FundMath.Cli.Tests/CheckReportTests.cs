namespace FundMath.Cli.Tests;

public class CheckReportTests
{
    [Fact]
    public void Sample_report_has_errors_so_check_report_exits_1()
    {
        var result = CliRunner.Run("check-report", "--format", "markdown");
        Assert.Equal(1, result.ExitCode);

        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: resident current surplus printed 1.71亿, but 29.02 − 27.04 = 1.98亿
        Assert.Contains("| Error | Surplus | Mismatch | 1.71亿元 | [1.97, 1.99]亿元 |", result.Out);

        // total 6.05亿 printed, 59.91 − 53.59 = 6.32亿
        Assert.Contains("| Error | Surplus | Mismatch | 6.05亿元 | [6.31, 6.33]亿元 |", result.Out);

        // text 109.07% vs 29.02/26.36 ∈ [110.05%, 110.13%]
        Assert.Contains("| Error | ExecutionRate | Mismatch | 109.07% | [110.05%, 110.13%] |", result.Out);

        // 15.68 printed 约15 (floor) while 7.88 printed 约8 (nearest): a mixed-rounding note
        Assert.Contains("| Note | MonthsOfCover | MixedRounding | 约15个月 |", result.Out);
    }

    [Theory]
    [InlineData("table", "check-report.txt")]
    [InlineData("markdown", "check-report.md")]
    [InlineData("csv", "check-report.csv")]
    [InlineData("json", "check-report.json")]
    public void Sample_findings_match_the_checked_in_expected_output(string format, string expected)
    {
        var result = CliRunner.Run("check-report", "--format", format);
        Assert.Equal(1, result.ExitCode);
        CliRunner.AssertMatchesExpected(expected, result.Out);
    }

    [Fact]
    public void A_consistent_report_exits_0()
    {
        var result = CliRunner.Run("check-report", CliRunner.DataFile("consistent-report.yaml"), "--format", "csv");
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_csv_file_is_an_input_error_for_check_report()
    {
        var result = CliRunner.Run("check-report", CliRunner.DataFile("regions.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("regions.csv: a CSV region table has no printed figures to reconcile", result.Error);
    }
}
