namespace FundMath.Cli.Tests;

public class ErrorTests
{
    [Fact]
    public void Missing_file_exits_2_and_names_the_file()
    {
        var result = CliRunner.Run("analyze", "no-such-report.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("fundmath: error: no-such-report.yaml: file not found.\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Malformed_json_names_file_line_and_column()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("malformed.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("malformed.json:4:16: malformed JSON: '}' is an invalid start of a value.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Malformed_yaml_names_file_line_and_column()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("malformed.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("malformed.yaml:4:1: malformed YAML: While parsing a flow mapping, did not find expected ',' or '}'.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_bad_amount_is_located_at_its_value()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("bad-amount.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("fundmath: error: ", result.Error);
        Assert.Contains("bad-amount.yaml:7:62: budgets[0].rows[0].executed: \"3.x\" is not a printed figure", result.Error);
        Assert.Contains("expected digits after the decimal point at position 2", result.Error);
    }

    [Fact]
    public void A_bad_csv_amount_names_line_and_column()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("bad-regions.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad-regions.csv:3:3: 'lots' is not an amount of money", result.Error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("bad-amount.yaml"), "--verbose");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", "--colour");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fundmath: error: Unrecognized command or argument '--colour'.", result.Error);
        Assert.Contains("fundmath --help", result.Error);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'xml'", result.Error);
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("analyze", result.Out);
        Assert.Contains("--format", result.Out);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run().ExitCode);
    }
}
