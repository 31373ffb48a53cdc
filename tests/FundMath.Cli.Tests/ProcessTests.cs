namespace FundMath.Cli.Tests;

/// <summary>Runs the built tool as a separate process (few tests: each starts a runtime).</summary>
public class ProcessTests
{
    [Fact]
    public void Analyze_as_a_process_prints_the_same_json_as_in_process()
    {
        var process = CliRunner.RunProcess("analyze", "--format", "json");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(CliRunner.Run("analyze", "--format", "json").Out, process.Out);
    }

    [Fact]
    public void Missing_file_as_a_process_exits_2_without_a_stack_trace()
    {
        var process = CliRunner.RunProcess("analyze", "missing.json");
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("fundmath: error: missing.json: file not found.\n", process.Error);
    }
}
