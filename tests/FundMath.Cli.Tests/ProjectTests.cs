using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace FundMath.Cli.Tests;

public class ProjectTests
{
    private static string Sample => Path.Combine(RepositoryRoot(), "samples", "forecasting", "zhuzhou-2021.yaml");

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(CliRunner.SourceDirectory(), "..", ".."));

    [Theory]
    [InlineData("table", "project.txt")]
    [InlineData("markdown", "project.md")]
    [InlineData("csv", "project.csv")]
    [InlineData("json", "project.json")]
    public void Sample_output_matches_the_checked_in_expected_output(string format, string expected)
    {
        var result = CliRunner.Run("project", Sample, "--format", format);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        CliRunner.AssertMatchesExpected(expected, result.Out.Replace(Sample, "samples/forecasting/zhuzhou-2021.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Documented_worked_example_is_what_the_command_prints()
    {
        // docs/forecasting.md shows `fundmath project samples/forecasting/zhuzhou-2021.yaml --format markdown` between
        // the markers below; the documentation must stay what the tool prints.
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "forecasting.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string begin = "<!-- begin: fundmath project samples/forecasting/zhuzhou-2021.yaml --format markdown -->\n";
        const string end = "<!-- end: fundmath project -->";
        int from = doc.IndexOf(begin, StringComparison.Ordinal);
        int to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/forecasting.md lacks the worked-example markers");
        string documented = doc[(from + begin.Length)..to];
        var result = CliRunner.Run("project", Sample, "--format", "markdown");
        string printed = result.Out.Replace(Sample, "samples/forecasting/zhuzhou-2021.yaml", StringComparison.Ordinal);
        // The documented block drops the document's own "# fundmath project" heading level: each line is kept as printed.
        Assert.Equal(printed.Trim(), documented.Trim());
    }

    [Fact]
    public void Json_carries_the_projection_and_key_dates()
    {
        var result = CliRunner.Run("project", Sample, "--format", "json");
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("project", json.RootElement.GetProperty("command").GetString());
        JsonElement sections = json.RootElement.GetProperty("sections");
        JsonElement keyDates = sections.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "key-dates").GetProperty("tables")[0].GetProperty("rows");
        JsonElement exhaustion = keyDates.EnumerateArray().Single(r => r.GetProperty("fund").GetString() == "城乡居民医保" && r.GetProperty("keyDate").GetString()!.StartsWith("累计结余耗尽", StringComparison.Ordinal));
        Assert.Equal(2028, exhaustion.GetProperty("year").GetInt32());
        JsonElement pooled = sections.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "projection").GetProperty("tables")[0].GetProperty("rows")[0];
        Assert.Equal(2022, pooled.GetProperty("year").GetInt32());
        // closing = opening + income − expenditure: 23.89亿 + surplus (exact yuan in JSON)
        decimal closing = pooled.GetProperty("closing").GetDecimal();
        decimal surplus = pooled.GetProperty("surplus").GetDecimal();
        Assert.Equal(2_389_000_000m + surplus, closing);
    }

    [Fact]
    public void Chart_has_the_band_the_line_the_markers_and_a_legend()
    {
        string path = Path.Combine(Path.GetTempPath(), "fundmath-project-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var result = CliRunner.Run("project", Sample, "--format", "json", "--chart", path);
            Assert.Equal(0, result.ExitCode);
            XNamespace svg = "http://www.w3.org/2000/svg";
            XDocument doc = XDocument.Load(path);
            XElement resident = doc.Descendants(svg + "g").Single(g => (string?)g.Attribute("id") == "balance-resident");
            Assert.Single(resident.Elements(svg + "polygon"), p => (string?)p.Attribute("class") == "band");
            Assert.Single(resident.Elements(svg + "path"), p => (string?)p.Attribute("class") == "line");
            Assert.Equal(10, resident.Elements(svg + "circle").Count());
            var markers = resident.Elements(svg + "text").Where(t => (string?)t.Attribute("class") == "marker-label").Select(t => t.Value).ToList();
            Assert.Equal(["2022 当期收不抵支", "2028 累计结余耗尽"], markers);
            var legend = resident.Elements(svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(svg + "text").Select(t => t.Value).ToList();
            Assert.Equal(["baseline projection", "stress P5–P95", "当期收不抵支 first deficit", "累计结余耗尽 exhaustion"], legend);
            Assert.Contains(doc.Descendants(svg + "g"), g => (string?)g.Attribute("id") == "balance-employee-pooled");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Explain_prints_the_calibration_and_the_parameters_with_citations()
    {
        var result = CliRunner.Run("project", Sample, "--format", "markdown", "--explain");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("征缴率 collection ratio (calibrated)", result.Out, StringComparison.Ordinal);
        Assert.Contains("医保发〔2021〕32号", result.Out, StringComparison.Ordinal);
        Assert.Contains("趋势拟合 trend fit resident.fiscal_subsidy", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_history_gives_trend_fits_only()
    {
        var result = CliRunner.Run("project", CliRunner.DataFile("forecasting/history.csv"), "--format", "markdown");
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| resident.fiscal_subsidy | linear | 4 | 1.0000 | 0 | 2022 | 610 | 610 | 610 | y = 490 + 30·t (t = 0 at 2018) |", result.Out, StringComparison.Ordinal);
        Assert.Contains("| quarterly-spend | log-linear | 4 |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("## 基金收支预测", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown-cohort.yaml", "assumption residentCohortGrowth: cohort 'elderly' is not a resident cohort of the start position (cohorts: adults)")]
    [InlineData("bad-horizon.yaml", "horizon: 80 years exceeds the limit of 50 years")]
    [InlineData("bad-rate.yaml", "bad-rate.yaml:9:23: assumptions.residentCostGrowth: 'fast' is not a rate; write 6%, +1pp or 0.06")]
    [InlineData("short-history.yaml", "series premiums: 2 points is fewer than the 3 a linear fit needs")]
    public void Bad_input_exits_2_with_a_located_message(string file, string message)
    {
        var result = CliRunner.Run("project", CliRunner.DataFile("forecasting/" + file));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2() =>
        Assert.Equal(2, CliRunner.Run("project", "no-such-file.yaml").ExitCode);
}
