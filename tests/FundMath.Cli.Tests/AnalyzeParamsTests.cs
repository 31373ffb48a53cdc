using System;
using System.IO;
using System.Text.RegularExpressions;

namespace FundMath.Cli.Tests;

/// <summary>
/// <c>fundmath analyze --params FILE</c>: an analyst's own city conventions (the format of conventions.json) replace
/// the built-in 株洲市 ones; a bad file is an input error with its position.
/// </summary>
public sealed class AnalyzeParamsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("fundmath-params-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string City = """
        {
          "name": "city",
          "parameters": {
            "analysis.budget_execution.tolerance": { "unit": "percentage_points", "values": { "2021-01-01": { "value": "12pp", "cite": { "document": "某市医保发〔2021〕1号" } } } },
            "analysis.months_of_cover.warning_below": { "unit": "months", "values": { "2021-01-01": { "value": 4, "cite": { "document": "某市医保发〔2021〕1号" } } } },
            "analysis.months_of_cover.high_above": { "unit": "months", "values": { "2021-01-01": { "value": 8, "cite": { "document": "某市医保发〔2021〕1号" } } } }
          }
        }
        """;

    [Fact]
    public void A_city_file_replaces_the_built_in_conventions()
    {
        var builtIn = CliRunner.Run("analyze", "--format", "markdown");
        var city = CliRunner.Run("analyze", "--params", Write("city.json", City), "--format", "markdown");
        Assert.Equal(0, city.ExitCode);
        Assert.Contains("national ⟶ city", city.Out, StringComparison.Ordinal);
        Assert.Contains("tolerance ±12", city.Out, StringComparison.Ordinal);
        Assert.Contains("bands < 4 \\| 4–8 \\| > 8 months come from 某市医保发〔2021〕1号 (tolerance) and 某市医保发〔2021〕1号 (bands)", city.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("株洲市2021年年度医疗保险基金财务报表及运行分析报告), not national rules", city.Out, StringComparison.Ordinal);
        Assert.Contains("local conventions from FundMath's conventions layer", builtIn.Out, StringComparison.Ordinal);
        // 株洲市 resident income 29.02 / 26.36 亿 = 110.09%, 10.09pp above the 100% time progress: Over at ±5pp, Within at ±12pp.
        Assert.Equal(Regex.Count(builtIn.Out, "Over") - 1, Regex.Count(city.Out, "Over"));
    }

    [Fact]
    public void A_malformed_file_is_an_input_error_with_its_position()
    {
        string path = Write("bad.json", "{\n  \"name\": \"city\",\n  \"parameters\": { \"analysis.budget_execution.tolerance\": { \"values\": { \"2021-01-01\": { \"value\": \"12 points\" } } } }\n}\n");
        var result = CliRunner.Run("analyze", "--params", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(new Regex(@"bad\.json:\d+:\d+"), result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_conventions_names_what_is_missing()
    {
        string path = Write("empty.json", """{ "name": "city", "parameters": {} }""");
        var result = CliRunner.Run("analyze", "--params", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("analysis.budget_execution.tolerance", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var result = CliRunner.Run("analyze", "--params", Path.Combine(dir, "none.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("none.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be read", result.Error, StringComparison.Ordinal);
    }
}
