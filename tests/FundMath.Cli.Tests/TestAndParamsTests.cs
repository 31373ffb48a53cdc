using System.Linq;

namespace FundMath.Cli.Tests;

public class TestAndParamsTests
{
    [Fact]
    public void Test_prints_a_diff_per_failing_case_and_the_summary_last()
    {
        var result = CliRunner.Run("test", CliRunner.DataFile("cases/mixed.yaml"));
        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("1 passed, 1 failed", lines[^1]);
        Assert.StartsWith("FAIL per-visit-fails (money.divide) at ", lines[0]);
        Assert.Contains("236.53", result.Out);
        Assert.Contains("236.54", result.Out);
        Assert.DoesNotContain("per-visit-passes", result.Out);
    }

    [Fact]
    public void Test_exits_0_when_every_case_passes()
    {
        // the repository's own case files (tests/cases) all pass
        string cases = System.IO.Path.GetFullPath(System.IO.Path.Combine(CliRunner.SourceDirectory(), "..", "cases"));
        var result = CliRunner.Run("test", cases);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(" passed, 0 failed\n", result.Out);
    }

    [Fact]
    public void Test_results_are_a_table_in_other_formats()
    {
        var result = CliRunner.Run("test", CliRunner.DataFile("cases/mixed.yaml"), "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cases,cases,1,outcome,Passed,Passed", result.Out);
        Assert.Contains("cases,cases,2,outcome,Failed,Failed", result.Out);
    }

    [Fact]
    public void Test_of_a_missing_path_is_an_input_error()
    {
        var result = CliRunner.Run("test", "no/such/cases");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("fundmath: error: no/such/cases: no such file or folder.\n", result.Error);
    }

    [Fact]
    public void Test_needs_a_path()
    {
        Assert.Equal(2, CliRunner.Run("test").ExitCode);
    }

    [Fact]
    public void Params_at_a_date_shows_the_value_in_force_with_its_citation()
    {
        // 医保发〔2022〕20号: resident fiscal subsidy 610元 from 2022
        var result = CliRunner.Run("params", "resident.fiscal_subsidy", "--at", "2022-06-30", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| resident.fiscal_subsidy | national | yuan_per_person_year | 2022-01-01 | 610.00元/人·年 | 医保发〔2022〕20号", result.Out);
    }

    [Fact]
    public void Params_without_a_date_lists_every_dated_value()
    {
        var result = CliRunner.Run("params", "resident.fiscal_subsidy", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Out.Split('\n').Count(l => l.Contains(",effectiveFrom,", System.StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public void Params_of_an_unknown_name_or_bad_date_is_a_usage_error()
    {
        Assert.Equal("fundmath: error: unknown parameter 'nosuch' in parameter set national+conventions.\n", CliRunner.Run("params", "nosuch").Error);
        var bad = CliRunner.Run("params", "--at", "2022-13-01");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--at '2022-13-01' is not a date", bad.Error);
    }

    [Fact]
    public void Params_output_matches_the_checked_in_expected_output()
    {
        var result = CliRunner.Run("params", "--format", "markdown");
        CliRunner.AssertMatchesExpected("params.md", result.Out);
    }
}
