using System.IO;
using System.Text.Json;

namespace FundMath.Cli.Tests;

/// <summary><c>fundmath settle</c> on the shipped sample claims (samples/claims) and on bad input.</summary>
public class SettleTests
{
    private static string Repo(params string[] parts) => Path.Combine([Path.GetDirectoryName(Path.GetDirectoryName(CliRunner.SourceDirectory()))!, .. parts]);

    private static string SampleYaml => Repo("samples", "claims", "ankang-2021.yaml");

    private static string Params => Repo("samples", "parameters", "ankang.yaml");

    private static string Temp(string name, string text)
    {
        string dir = Path.Combine(Path.GetTempPath(), "fundmath-settle-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_sample_settles_with_the_worked_example_figures()
    {
        // docs/benefits.md: 8,240 and 18,200 + 516 (person 1), 13,760 + 2,758 (低保), 60,000 + 81,800 + 17,600 (employee at the cap).
        var result = CliRunner.Run("settle", SampleYaml, "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("| 1002 | 500.00 | 8,240.00 | 0.00 | 0.00 | 3,760.00 | BelowCap | NoTarget |", result.Out);
        Assert.Contains("| 1003 | 500.00 | 18,200.00 | 516.00 | 0.00 | 11,284.00 | BelowCap | NoTarget |", result.Out);
        Assert.Contains("| 3001 | 500.00 | 13,760.00 | 0.00 | 2,758.00 | 3,482.00 | BelowCap | NoTarget |", result.Out);
        Assert.Contains("| 5001 | 900.00 | 60,000.00 | 81,800.00 | 17,600.00 | 40,600.00 | ReachedOnThisClaim | NoTarget |", result.Out);
        Assert.Contains("| 4001 | 4 | 2021-04-12 | 冲正 reversal |", result.Out);
        Assert.Contains("| 医疗费用总额 total | 342,480.50 | 100.00% |", result.Out);
    }

    [Fact]
    public void The_csv_sample_gives_the_same_splits_as_the_yaml_sample()
    {
        var result = CliRunner.Run("settle", Repo("samples", "claims", "ankang-2021.csv"), "--params", Params, "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 1002 | 500.00 | 8,240.00 | 0.00 | 0.00 | 3,760.00 | BelowCap | NoTarget |", result.Out);
        Assert.Contains("| 5001 | 900.00 | 60,000.00 | 81,800.00 | 17,600.00 | 40,600.00 | ReachedOnThisClaim | NoTarget |", result.Out);
    }

    [Fact]
    public void Json_output_carries_exact_amounts()
    {
        var result = CliRunner.Run("settle", SampleYaml, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(result.Out);
        Assert.Equal("settle", doc.RootElement.GetProperty("command").GetString());
        Assert.Contains("\"basic\"", result.Out);
    }

    [Fact]
    public void Explain_shows_every_step_with_its_citation()
    {
        var result = CliRunner.Run("settle", SampleYaml, "--explain");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("结算 claim 5001", result.Out);
        Assert.Contains("benefits.employee.annual_cap = 60000.00元  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第一章第二节", result.Out);
        Assert.Contains("起付线 (deductible paid by this claim) = 500.00元", result.Out);
        Assert.Contains("医保发〔2019〕30号", result.Out);
    }

    [Fact]
    public void A_2020_dibao_admission_is_reported_above_the_80_85_band()
    {
        // docs/benefits.md example 3: (15,480 + 1,554) / 17,700 = 96.24% > 85% (安医保发〔2021〕104号 第四章第六节三).
        string file = Temp("dibao2020.yaml", $"parameters: {Params}\nscheme: resident\nclaims:\n  - {{ id: 20, person: 9, date: 2020-07-01, kind: inpatient, level: 2, group: dibao, total: 20000, out_of_scope: 2000, class_b: 3000 }}\n");
        var result = CliRunner.Run("settle", file, "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 20 | 500.00 | 15,480.00 | 0.00 | 1,554.00 | 2,966.00 | BelowCap | Above |", result.Out);
        Assert.Contains("| 96.24% | Above |", result.Out);
    }

    [Fact]
    public void A_negative_amount_names_the_row_claim_field_value_and_rule()
    {
        string file = Temp("negative.yaml", $"parameters: {Params}\nscheme: resident\nclaims:\n  - {{ id: 7, person: 1, date: 2021-05-10, kind: inpatient, level: 2, total: -5 }}\n");
        var result = CliRunner.Run("settle", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("negative.yaml:4:5: claim 7: total = -5.00元; rule: 医疗费用总额 is not negative", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Out_of_scope_above_the_total_is_an_input_error()
    {
        string file = Temp("out.yaml", $"parameters: {Params}\nscheme: resident\nclaims:\n  - {{ id: 8, person: 1, date: 2021-05-10, kind: inpatient, level: 2, total: 100, out_of_scope: 200 }}\n");
        var result = CliRunner.Run("settle", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("claim 8: outOfScope = 200.00元; rule: 政策范围外费用 is part of the total, so at most total = 100.00元", result.Error);
    }

    [Fact]
    public void An_unknown_level_is_located_at_its_value()
    {
        string file = Temp("level.csv", "id,person,date,scheme,kind,level,total\n9,1,2021-05-10,resident,inpatient,4,100\n");
        var result = CliRunner.Run("settle", file, "--params", Params);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("level.csv:2:6: claims[0].level: unknown hospital level '4': use 1, 2 or 3", result.Error);
    }

    [Fact]
    public void A_claim_dated_outside_any_plan_is_an_input_error()
    {
        string file = Temp("old.yaml", $"parameters: {Params}\nscheme: resident\nclaims:\n  - {{ id: 10, person: 1, date: 2019-05-10, kind: inpatient, level: 2, total: 100 }}\n");
        var result = CliRunner.Run("settle", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("claim 10: date = 2019-05-10; rule: the claim is dated outside any Resident benefit plan", result.Error);
        Assert.Contains("has no value on 2019-01-01", result.Error);
    }

    [Fact]
    public void Reversing_an_unknown_claim_is_an_input_error()
    {
        string file = Temp("reverse.yaml", $"parameters: {Params}\nscheme: resident\nclaims:\n  - {{ id: 1, person: 1, date: 2021-05-10, kind: outpatient, level: 1, total: 10 }}\n  - {{ reverses: 99 }}\n");
        var result = CliRunner.Run("settle", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reverse.yaml:5:5: claim 99: claimId = 99; rule: a reversal (冲正) names a claim settled in this ledger", result.Error);
    }

    [Fact]
    public void Without_plans_the_error_says_how_to_give_them()
    {
        string file = Temp("noplan.yaml", "scheme: resident\nclaims:\n  - { id: 1, person: 1, date: 2021-05-10, kind: outpatient, level: 1, total: 10 }\n");
        var result = CliRunner.Run("settle", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no benefit plans: give --params FILE", result.Error);
    }
}
