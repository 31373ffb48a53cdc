using System;
using System.IO;

namespace FundMath.Cli.Tests;

/// <summary>Input-dependent failures end in exit 2 with FundMath's own message, and never leave partial output.</summary>
public class ReliabilityTests
{
    [Theory]
    [InlineData("-2021-01-01")]
    [InlineData("+2021-01-01")]
    [InlineData("20210-01-01")]
    [InlineData("0000-01-01")]
    public void Params_at_rejects_dates_outside_plain_yyyy_MM_dd(string date)
    {
        var result = CliRunner.Run("params", "resident", "--at", date);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--at '{date}' is not a date; use yyyy-MM-dd", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Params_at_still_accepts_a_plain_date()
    {
        var result = CliRunner.Run("params", "resident", "--at", "2022-01-01");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--at 2022-01-01", result.Out);
    }

    [Fact]
    public void A_chart_that_cannot_be_written_leaves_no_report_on_stdout()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"fundmath-no-folder-{Guid.NewGuid():N}", "chart.svg");
        var result = CliRunner.Run("analyze", "--chart", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"fundmath: error: {missing}: the output folder does not exist.\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_command_without_charts_and_chart_leaves_no_report_on_stdout()
    {
        string file = Path.Combine(Path.GetTempPath(), $"fundmath-{Guid.NewGuid():N}.svg");
        var result = CliRunner.Run("check-report", "--chart", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'check-report' draws no chart for this input.", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Test_on_a_folder_without_case_files_is_an_input_error()
    {
        string folder = Directory.CreateTempSubdirectory("fundmath-empty").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a case file");
            var result = CliRunner.Run("test", folder);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"fundmath: error: {folder}: no case files (.yaml, .yml, .json) in this folder.\n", result.Error);
            Assert.Equal(string.Empty, result.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_zero_budget_is_analysed_without_an_empty_bar_chart_crash()
    {
        var result = CliRunner.Run("analyze", Path.Combine(CliRunner.SourceDirectory(), "..", "hostile", "zero-budget.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("NoBudget", result.Out);
    }
}
