using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FundMath.Analysis;

namespace FundMath.Cli.Tests;

public class AnalyzeTests
{
    [Theory]
    [InlineData("table", "analyze.txt")]
    [InlineData("markdown", "analyze.md")]
    [InlineData("csv", "analyze.csv")]
    [InlineData("json", "analyze.json")]
    public void Sample_output_matches_the_checked_in_expected_output(string format, string expected)
    {
        var result = CliRunner.Run("analyze", "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        CliRunner.AssertMatchesExpected(expected, result.Out);
    }

    [Fact]
    public void Sample_prints_the_golden_rates_and_months()
    {
        var result = CliRunner.Run("analyze", "--format", "markdown");

        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: 职工医保 30.89/30.66 = 100.75%; 居民医保 29.02/26.36 = 110.09% (over the ±5pp band)
        Assert.Contains("| 职工医保 | 本年收入 income | 30.66 | 30.89 | 100.75% | 0.75pp | Within |", result.Out);
        Assert.Contains("| 居民医保 | 本年收入 income | 26.36 | 29.02 | 110.09% | 10.09pp | Over |", result.Out);

        // 职工医保 benefits 24.39/26.46 = 92.18%: 7.82pp below expected, beyond the band → Under
        Assert.Contains("| 职工医保 | 保险待遇支出 benefit expenditure | 26.46 | 24.39 | 92.18% | -7.82pp | Under |", result.Out);

        // (23.89 − 0 − 3.66)/1.29 = 20.23/1.29 = 15.68 (report prints 约15); book 23.89/1.29 = 18.52
        Assert.Contains("| 职工医保统筹基金 | 全市 | 23.89 | 0.00 | 3.66 | 20.23 | 1.29 | 18.52 | 15.68 | 16 | > 9 |", result.Out);

        // (22.73 − 1.47 − 3.52)/2.25 = 17.74/2.25 = 7.88 (report prints 约8)
        Assert.Contains("| 城乡居民医保基金 | 全市 | 22.73 | 1.47 | 3.52 | 17.74 | 2.25 | 10.10 | 7.88 | 8 | 3–9 |", result.Out);

        // Region table totals reproduce from the rows: 227,316.70 / 177,361.41 and 238,864.73 / 202,305.02 万元
        // (the printed 合计 row follows each computed one; the table prints no deduction columns)
        Assert.Contains("| 合计 Total | 227,316.70 |  |  | 177,361.41 |  | 7.88 | 8 | 3–9 |  |", result.Out);
        Assert.Contains("| 合计 Total | 238,864.73 |  |  | 202,305.02 |  | 15.68 | 16 | > 9 |  |", result.Out);
        Assert.Contains("职工医保统筹基金: the printed 合计 row reads balance 238864.73万元, actual 202305.02万元, months 15个月; it agrees with the rows at the printed precision.", result.Out);
    }

    [Theory]
    [InlineData("nearest", "15.68 | 16")]
    [InlineData("floor", "15.68 | 15")]
    public void Rounding_option_chooses_the_report_style_integer(string rounding, string expected)
    {
        // 20.23/1.29 = 15.68: nearest (四舍五入) prints 16, floor prints 15 as the 株洲市 report does
        var result = CliRunner.Run("analyze", "--format", "markdown", "--rounding", rounding);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
    }

    [Fact]
    public void Json_has_a_schema_version_and_exact_numbers()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("analyze", json.RootElement.GetProperty("command").GetString());
        JsonElement period = json.RootElement.GetProperty("sections")[0].GetProperty("tables")[0];
        Assert.Equal("period", period.GetProperty("id").GetString());
        Assert.Equal(100.0000m, period.GetProperty("rows")[0].GetProperty("timeProgress").GetDecimal()); // 2021: 12/12
        JsonElement budget = json.RootElement.GetProperty("sections")[2].GetProperty("tables")[0];
        Assert.Equal("budget-execution", budget.GetProperty("id").GetString());
        JsonElement residentIncome = budget.GetProperty("rows")[1]; // the table lists 职工医保 then 居民医保 per line
        Assert.Equal(110.0910m, residentIncome.GetProperty("rate").GetDecimal()); // 29.02/26.36 = 110.0910%
        Assert.Equal(2902000000.00m, residentIncome.GetProperty("executed").GetDecimal()); // 29.02亿 in yuan
        Assert.Equal("Over", residentIncome.GetProperty("outcome").GetString());
    }

    [Fact]
    public void Sample_analysis_ends_with_the_reconciliation_findings()
    {
        var result = CliRunner.Run("analyze", "--format", "markdown");
        Assert.Equal(0, result.ExitCode); // analyze reports findings but succeeds; check-report is the gate
        Assert.Contains("## 报告核对 Reconciliation findings", result.Out);
        Assert.Contains("| Error | ExecutionRate | Mismatch | 109.07% | [110.05%, 110.13%] |", result.Out);
    }

    [Fact]
    public void Explain_prints_the_trace_of_each_figure()
    {
        var result = CliRunner.Run("analyze", "--format", "markdown", "--explain");
        Assert.Contains("## Explanations", result.Out);
        Assert.Contains("职工医保统筹基金 全市: 实际结余可支付月数 months of cover = 15.68", result.Out);
        Assert.Contains("15.68 months = (23.89 − 3.66)亿 / 1.29亿 per month", result.Out);
        Assert.Contains("report style: floor 15, nearest 16", result.Out);
        Assert.DoesNotContain("## Explanations", CliRunner.Run("analyze", "--format", "markdown").Out);
    }

    [Fact]
    public void Out_writes_the_file_and_nothing_to_the_terminal()
    {
        string path = Path.Combine(Path.GetTempPath(), "fundmath-cli-test-" + System.Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var result = CliRunner.Run("analyze", "--format", "csv", "--out", path);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.StartsWith("section,table,row,column,value,text\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_region_table_is_analysed_with_exact_months()
    {
        // 市本级: 88,821.60万 / 3,552.86万 per month = 25.00 months
        var result = CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        // columns: region, balance, prepaid, payables, actual, per month, months, printed months, band, flag
        Assert.Contains("| 市本级 | 88,821.60 |  |  | 88,821.60 | 3,552.86 | 25.00 |  | > 9 |  |", result.Out);
        Assert.Contains("| 茶陵 | 33,520.85 |  |  | 3,881.49 | 3,552.86 | 1.09 |  | < 3 |  |", result.Out);
    }

    [Fact]
    public void Csv_region_months_without_a_period_are_the_librarys_figures()
    {
        // The tool computes nothing itself: a table without a period gets each row's months from
        // MonthsOfCover.TryMonthsOf and the total row from MonthsOfCover.TryTotalMonthsOf (summed actual balances over
        // the summed monthly expenditure), shown to 0.01. regions.csv (万元): 茶陵 3,881.49 / 3,552.86 = 1.09; 市本级
        // 88,821.60 / 3,552.86 = 25.00; 攸县 10,427.18 / 5,000 = 2.09; total (3,881.49 + 88,821.60 + 10,427.18) /
        // (3,552.86 + 3,552.86 + 5,000) = 103,130.27 / 12,105.72 = 8.52 — not the mean of the rows' months (9.39).
        (string Region, string Actual, string Monthly, string Golden)[] rows =
            [("茶陵", "3881.49", "3552.86", "1.09"), ("市本级", "88821.60", "3552.86", "25.00"), ("攸县", "10427.18", "5000", "2.09")];
        var result = CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n');

        foreach ((string region, string actual, string monthly, string golden) in rows)
        {
            Assert.True(MonthsOfCover.TryMonthsOf(Money.Parse(actual, MoneyUnit.Wan), MonthlyExpenditure.PerMonth(Money.Parse(monthly, MoneyUnit.Wan)), out Fraction months));
            Assert.Equal(golden, Shown(months));
            Assert.Contains($" {golden} |", lines.Single(l => l.StartsWith($"| {region} |", StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        Assert.True(MonthsOfCover.TryTotalMonthsOf(
            rows.Select(r => Money.Parse(r.Actual, MoneyUnit.Wan)).ToArray(),
            rows.Select(r => MonthlyExpenditure.PerMonth(Money.Parse(r.Monthly, MoneyUnit.Wan))).ToArray(),
            out Fraction total));
        Assert.Equal("8.52", Shown(total));
        Assert.Contains(" 8.52 |", lines.Single(l => l.StartsWith("| 合计 Total |", StringComparison.Ordinal)), StringComparison.Ordinal);

        static string Shown(Fraction months) => months.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }
}
