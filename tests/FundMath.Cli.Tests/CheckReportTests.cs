using System;
using System.Linq;

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
    [InlineData("check-report")]
    [InlineData("analyze")]
    public void Lang_zh_says_the_sample_findings_in_chinese(string command)
    {
        string Sentences(string lang) => string.Join("\n", System.Text.Json.JsonDocument.Parse(CliRunner.Run(command, "--lang", lang, "--format", "json").Out).RootElement
            .GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "findings")
            .GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("sentence").GetString()));
        string zh = Sentences("zh");

        // 株洲市 2021: 居民医保 当期结余 printed 1.71亿, but 29.02 − 27.04 = 1.98亿 (to the printed 0.01亿: [1.97, 1.99]).
        Assert.Contains("1.71亿元（二 基金收支余情况 › 职工医保、居民医保收支余（二(一)1 收入、二(二)1 支出、二(三) 结余） › 居民医保 › 当期结余）与 居民医保 当期结余 = 收入 − 支出 不符：由 29.02亿元, 27.04亿元 重算应在 [1.9700, 1.9900]亿元 之间，按印刷精度舍入无法解释这一差异。", zh);

        // 职工医保统筹基金 实际可支付月数 20.23 / 1.29 = 15.68, printed 约15 (down); 城乡居民 17.74 / 2.25 = 7.88, printed 约8 (to nearest).
        Assert.Contains("没有一种舍入方式能解释全部可支付月数，报告混用了舍入方式：约15个月（二(四)1 › 职工医保统筹基金 › 实际可支付月数：20.23亿元 / 1.29亿元 ∈ [15.62, 15.75]个月）仅在向下取整时相符；", zh);
        Assert.Contains("约8个月（二(四)2 › 城乡居民医保基金 › 实际可支付月数：17.74亿元 / 2.25亿元 ∈ [7.86, 7.90]个月）在四舍五入或向上取整时相符。", zh);

        // 居民医保 个人缴费标准 printed 280 and 320元/人.
        Assert.Contains("居民医保 个人缴费标准 2021 印刷了不同的值：280元/人（一(二)1 正文: 按280元/人缴费）和320元/人（二(一)2(3) 正文: 2021年全市居民医保个人缴费标准为320元/人）。", zh);

        // Every sentence is said in Chinese; English stays English.
        Assert.DoesNotContain(" does not match ", zh, StringComparison.Ordinal);
        Assert.DoesNotContain(" is printed ", zh, StringComparison.Ordinal);
        Assert.Contains("1.71亿元 (二 基金收支余情况 › 职工医保、居民医保收支余（二(一)1 收入、二(二)1 支出、二(三) 结余） › 居民医保 › 当期结余) does not match 居民医保 当期结余 = 收入 − 支出", Sentences("en"));
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
