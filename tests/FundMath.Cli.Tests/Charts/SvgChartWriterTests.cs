using System.Linq;
using System.Xml.Linq;
using FundMath.Cli.Charts;
using FundMath.Cli.Views;

namespace FundMath.Cli.Tests.Charts;

public class SvgChartWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument SampleChart()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundmath-chart-" + System.Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var result = CliRunner.Run("analyze", "--format", "json", "--chart", path);
            Assert.Equal(0, result.ExitCode);
            return XDocument.Load(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Sample_chart_is_an_svg_with_size_and_viewbox()
    {
        XElement root = SampleChart().Root!;
        Assert.Equal(Svg + "svg", root.Name);
        int width = int.Parse(root.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        int height = int.Parse(root.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"0 0 {width} {height}", root.Attribute("viewBox")!.Value);
        Assert.True(height > 500);
    }

    [Fact]
    public void Sample_chart_has_one_bar_per_region_with_name_and_value_labels()
    {
        XElement resident = SampleChart().Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "months-of-cover-resident");
        var bars = resident.Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        Assert.Equal(11, bars.Count); // 11 resident regions in the 2021 distribution table
        var labels = resident.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t => t.Value).ToList();
        Assert.Equal(["茶陵", "攸县", "株洲县", "醴陵市", "云龙示范区", "芦淞区", "炎陵", "石峰区", "荷塘区", "天元区", "市本级"], labels);
        var values = resident.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "value").Select(t => t.Value).ToList();
        Assert.Equal("25", values[^1]); // 市本级 prints 25 months
    }

    [Fact]
    public void Months_chart_draws_the_3_and_9_month_band_edges()
    {
        XElement employee = SampleChart().Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "months-of-cover-employee-pooled");
        Assert.Equal(2, employee.Elements(Svg + "line").Count(l => (string?)l.Attribute("class") == "band-edge"));
        var bandLabels = employee.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "band-label").Select(t => t.Value);
        Assert.Equal(["3 months", "9 months"], bandLabels);
    }

    [Fact]
    public void Execution_chart_draws_the_expected_progress_band()
    {
        XElement execution = SampleChart().Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "budget-execution");
        Assert.Equal(8, execution.Elements(Svg + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        var bandLabels = execution.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "band-label").Select(t => t.Value);
        Assert.Equal(["95%", "100%", "105%"], bandLabels);
        Assert.Contains(execution.Elements(Svg + "text"), t => t.Value == "110.09%"); // 29.02/26.36
    }

    [Fact]
    public void Bar_lengths_are_to_scale()
    {
        var chart = new ChartSpec("c", "t", "u", [new ChartBar("a", 10m, "10", Tone.Good), new ChartBar("b", 5m, "5", Tone.Good)], []);
        XDocument svg = XDocument.Parse(SvgChartWriter.Write([chart], "t"));
        var widths = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar")
            .Select(r => decimal.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[0], widths[1] * 2);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var chart = new ChartSpec("c", "A & <B>", "\"u\"", [new ChartBar("x<y & 'z'", 1m, "1", Tone.None)], [new ChartLine(0.5m, "a&b")]);
        string text = SvgChartWriter.Write([chart], "t & <t>");
        XDocument svg = XDocument.Parse(text); // would throw if not escaped
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "x<y & 'z'");
        Assert.Contains("x&lt;y &amp; &apos;z&apos;", text);
    }

    [Fact]
    public void Output_is_deterministic_with_invariant_numbers()
    {
        var chart = new ChartSpec("c", "t", "u", [new ChartBar("a", 1.5m, "1.5", Tone.Good)], [new ChartLine(0.25m, "q")]);
        string first = SvgChartWriter.Write([chart], "t");
        Assert.Equal(first, SvgChartWriter.Write([chart], "t"));
        Assert.Matches("<rect class=\"bar\" x=\"170\\.0\" y=\"\\d+\" width=\"\\d+\\.\\d\"", first);
    }

    [Theory]
    [InlineData(0.3, 0.5)]
    [InlineData(1, 1)]
    [InlineData(7, 10)]
    [InlineData(21, 25)]
    [InlineData(121, 200)]
    public void Axis_maximum_is_a_nice_number(decimal value, decimal expected) =>
        Assert.Equal(expected, SvgChartWriter.NiceCeiling(value));
}
