using System;
using System.IO;
using System.Text.Json;

namespace FundMath.Cli.Tests;

/// <summary><c>fundmath drg FILE</c>: the worked example of docs/drg.md (illustrative figures) in every format, and bad input.</summary>
public class DrgTests
{
    private static string SamplePath(string name) => Path.GetFullPath(Path.Combine(CliRunner.SourceDirectory(), "..", "..", "samples", "drg", name));

    private static CliRunner.Result RunSample(string name, params string[] options)
    {
        string path = SamplePath(name);
        var result = CliRunner.Run(["drg", path, .. options]);
        return result with { Out = result.Out.Replace(path, "samples/drg/" + name, StringComparison.Ordinal) };
    }

    [Theory]
    [InlineData("table", "drg.txt")]
    [InlineData("markdown", "drg.md")]
    [InlineData("csv", "drg.csv")]
    [InlineData("json", "drg.json")]
    public void Sample_output_matches_the_checked_in_expected_output(string format, string expected)
    {
        var result = RunSample("sample.yaml", "--format", format);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        CliRunner.AssertMatchesExpected(expected, result.Out);
    }

    [Fact]
    public void Sample_prints_the_worked_example_figures()
    {
        var result = RunSample("sample.yaml", "--format", "markdown");

        // (160,005.00 − 5% = 8,000.25) / 1,433 points = 106.0745元/点; resident (50,000 − 2,000) / 425 = 112.9412元/点
        Assert.Contains("| 职工医保 employee | 160,005.00 | 8,000.25 | 152,004.75 | 8 | 1 | 1 | 1,420.0000 | 1,433.0000 | 106.0745 |", result.Out);
        Assert.Contains("| 居民医保 resident | 50,000.00 | 2,000.00 | 48,000.00 | 4 | 1 | 1 | 430.0000 | 425.0000 | 112.9412 |", result.Out);

        // H2: 710 × 1.05 = 745.5 points → 79,078.53 (apportioned; 79,078.54 rounded alone) → overrun shared 5,535.50 → 84,614.03
        Assert.Contains("| H2 | 示例市中心医院 | 3 | 710.0000 | 1.05 | 745.5000 | 79,078.53 | 90,000.00 | 超支 Overrun | 5,535.50 | 84,614.03 |", result.Out);

        // Σ final 156,369.76 + unspent 3,635.24 = 160,005.00
        Assert.Contains("| 职工医保 employee | 152,004.75 | 1,755.73 | 1,170.49 | 5,535.50 | 156,369.76 | 3,635.24 | AllShared |", result.Out);
    }

    [Fact]
    public void Csv_lists_give_the_same_result_as_inline_lists()
    {
        string inline = RunSample("sample.yaml", "--format", "csv").Out;
        string csv = RunSample("sample-csv.yaml", "--format", "csv").Out;
        Assert.Equal(inline, csv);
    }

    [Fact]
    public void Explain_traces_the_point_value_and_each_payment_with_citations()
    {
        var result = RunSample("sample.yaml", "--format", "markdown", "--explain");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("点值 point value (职工医保) = 106.0745元/点", result.Out);
        Assert.Contains("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4", result.Out);
        Assert.Contains("预留调节金比例 reserve ratio = 5%  [parameter, effective 2022-01-01, 本地约定（示例值） illustrative local convention 预留调节金]", result.Out);
        Assert.Contains("点数付费 point payment of H2 (职工医保) = 79,078.53元", result.Out);
        Assert.Contains("apportioned 79,078.53元 (-1 fen)", result.Out);
    }

    [Fact]
    public void Json_carries_exact_numbers()
    {
        var result = RunSample("sample.yaml", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement values = json.RootElement.GetProperty("sections")[0].GetProperty("tables")[0];
        Assert.Equal("point-values", values.GetProperty("id").GetString());
        JsonElement employee = values.GetProperty("rows")[0];
        Assert.Equal(152004.75m, employee.GetProperty("distributable").GetDecimal());
        Assert.Equal(1433m, employee.GetProperty("settledPoints").GetDecimal());
    }

    [Theory]
    [InlineData("bad-negative-cost.yaml", "bad-negative-cost.yaml:14:66: cases[1].cost: case 1 (C2): cost -120.00元 is negative: a case cost must be ≥ 0.")]
    [InlineData("bad-unknown-group.yaml", "bad-unknown-group.yaml:14:57: cases[1].group: case 1 (C2): group 'B' is not a group of scheme employee.")]
    [InlineData("bad-unknown-institution.yaml", "bad-unknown-institution.yaml:14:46: cases[1].institution: case 1 (C2): institution 'H7' is not a known institution.")]
    [InlineData("bad-reserve.yaml", "bad-reserve.yaml:6:38: schemes.employee.reserve: scheme employee: reserve 1,000.01元 exceeds the budget 1,000.00元: the reserved adjustment fund is part of the budget.")]
    [InlineData("bad-zero-points.yaml", "bad-zero-points.yaml:6:13: schemes.employee: scheme employee: its 2 cases add up to 0 settled points: the point value (budget − reserve) / total points needs total points > 0.")]
    [InlineData("bad-factor.yaml", "bad-factor.yaml:11:23: institutions[1].factor: institution 1 (H2): factor -1.1 must be > 0: an institution factor multiplies the institution's points.")]
    [InlineData("bad-duplicate-institution.yaml", "bad-duplicate-institution.yaml:11:11: institutions[1].id: institution 1 (H1): id duplicates institution 0: institution ids must be unique.")]
    [InlineData("bad-no-rules.yaml", "bad-no-rules.yaml:4:13: parameters: unknown parameter 'drg.points.decimals' in parameter set none: the DRG rules (drg.*) are city parameters")]
    [InlineData("bad-cases-csv.yaml", "bad-cases.csv:3:1: case 1 (C1): id duplicates case 0: case ids must be unique.")]
    [InlineData("bad-cases-column.yaml", "bad-column.csv:1:6: unknown column 'weight' (allowed: id, scheme, institution, group, cost, factor).")]
    public void Bad_input_exits_2_naming_the_record_field_value_and_rule(string file, string message)
    {
        var result = CliRunner.Run("drg", CliRunner.DataFile(Path.Combine("drg", file)));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out); // no partial results
        Assert.StartsWith("fundmath: error: ", result.Error);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void The_base_of_the_error_files_is_valid()
    {
        // Both cases are normal (50 ≤ cost ≤ 200): 100 points each; H2's factor 1.1 makes 110; total 210 points
        var result = CliRunner.Run("drg", CliRunner.DataFile(Path.Combine("drg", "base.yaml")), "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("point-values,point-values,1,settledPoints,210.0000,210.0000", result.Out);
    }

    [Fact]
    public void A_csv_file_alone_is_refused_with_the_reason()
    {
        var result = CliRunner.Run("drg", SamplePath("cases.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give the YAML or JSON document", result.Error);
    }
}
