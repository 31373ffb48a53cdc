using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FundMath.Cli.Charts;
using FundMath.Cli.Views;

namespace FundMath.Cli.Tests.Charts;

/// <summary>The bar chart's legend and label geometry: no value label crosses a reference line or leaves the chart.</summary>
public class SvgGeometryTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static decimal Number(XElement element, string attribute) => decimal.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The box [left, right] of a text element, by the writer's width estimate and its anchor.</summary>
    private static (decimal Left, decimal Right) Box(XElement text, int fontSize)
    {
        decimal x = Number(text, "x");
        decimal width = SvgChartWriter.TextWidth(text.Value, fontSize);
        return (string?)text.Attribute("text-anchor") switch
        {
            "end" => (x - width, x),
            "middle" => (x - (width / 2m), x + (width / 2m)),
            _ => (x, x + width),
        };
    }

    private static void AssertNoCollisions(XDocument svg)
    {
        decimal width = Number(svg.Root!, "width");
        foreach (XElement chart in svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "chart"))
        {
            decimal[] lines = chart.Elements(Svg + "line").Where(l => (string?)l.Attribute("class") == "band-edge").Select(l => Number(l, "x1")).ToArray();
            foreach (XElement value in chart.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "value"))
            {
                (decimal left, decimal right) = Box(value, 13);
                Assert.True(left >= 0 && right <= width, $"{chart.Attribute("id")}: '{value.Value}' [{left}, {right}] leaves the chart (width {width})");
                foreach (decimal x in lines)
                {
                    Assert.False(x >= left - 1 && x <= right + 1, $"{chart.Attribute("id")}: '{value.Value}' [{left}, {right}] crosses the reference line at {x}");
                }
            }

            var labels = chart.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "band-label").ToList();
            for (int i = 0; i < labels.Count; i++)
            {
                for (int j = i + 1; j < labels.Count; j++)
                {
                    if (labels[i].Attribute("y")!.Value != labels[j].Attribute("y")!.Value)
                    {
                        continue;
                    }

                    (decimal l1, decimal r1) = Box(labels[i], 11);
                    (decimal l2, decimal r2) = Box(labels[j], 11);
                    Assert.True(r1 <= l2 || r2 <= l1, $"{chart.Attribute("id")}: band labels '{labels[i].Value}' and '{labels[j].Value}' overlap");
                }
            }
        }
    }

    private static XDocument Chart(params ChartSpec[] charts) => XDocument.Parse(SvgChartWriter.Write(charts, "T"));

    [Fact]
    public void Sample_charts_have_no_label_collisions()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundmath-geometry-" + System.Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            Assert.Equal(0, CliRunner.Run("analyze", "--format", "json", "--chart", path).ExitCode);
            AssertNoCollisions(XDocument.Load(path));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void A_value_label_that_would_cross_a_line_moves_past_it()
    {
        // Scale 0–10 (ticks of 2, max 10 after the 5% headroom rounds up): a bar ending just left of the line at 5
        // would put its label "4.90" across the line.
        var chart = new ChartSpec("c", "C", "months", [new ChartBar("a", 4.9m, "4.90", Tone.Good), new ChartBar("b", 9.5m, "9.50", Tone.Info)], [new ChartLine(5m, "5 months")]);
        XDocument svg = Chart(chart);
        AssertNoCollisions(svg);
        XElement line = svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "band-edge");
        XElement label = svg.Descendants(Svg + "text").First(t => (string?)t.Attribute("class") == "value");
        Assert.True(Number(label, "x") > Number(line, "x1"));
    }

    [Fact]
    public void A_value_label_at_the_right_edge_goes_inside_its_bar()
    {
        var chart = new ChartSpec("c", "C", "months", [new ChartBar("a", 100m, "100.00 months of cover, printed 100", Tone.Good)], []);
        XDocument svg = Chart(chart);
        AssertNoCollisions(svg);
        XElement label = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "value");
        Assert.Equal("end", (string?)label.Attribute("text-anchor"));
        Assert.Equal("#ffffff", (string?)label.Attribute("fill"));
    }

    [Fact]
    public void Close_reference_lines_put_their_labels_in_different_rows()
    {
        var chart = new ChartSpec("c", "C", "%", [new ChartBar("a", 100m, "100%", Tone.Good)], [new ChartLine(99m, "99.00%"), new ChartLine(100m, "100.00%"), new ChartLine(101m, "101.00%")]);
        XDocument svg = Chart(chart);
        AssertNoCollisions(svg);
        Assert.Equal(3, svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "band-label").Select(t => t.Attribute("y")!.Value).Distinct().Count());
    }

    [Fact]
    public void Legend_names_each_tone_and_the_reference_lines()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundmath-legend-" + System.Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            Assert.Equal(0, CliRunner.Run("analyze", "--chart", path).ExitCode);
            XDocument svg = XDocument.Load(path);
            XElement execution = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "budget-execution");
            XElement legend = execution.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
            Assert.Equal(["Within", "Over", "Under", "reference line"], legend.Elements(Svg + "text").Select(t => t.Value));
            Assert.Equal(["#2e8b57", "#c0392b", "#e0a100"], legend.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")));

            // Every bar's colour is in the legend.
            var swatches = legend.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")).ToHashSet();
            Assert.All(execution.Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar"), bar => Assert.Contains((string?)bar.Attribute("fill"), swatches));

            XElement months = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "months-of-cover-employee-pooled");
            Assert.Equal(["< 3 months", "3–9 months", "> 9 months", "reference line"], months.Descendants(Svg + "g").Single().Elements(Svg + "text").Select(t => t.Value));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Chinese_chart_labels_its_legend_in_chinese()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundmath-legend-zh-" + System.Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            Assert.Equal(0, CliRunner.Run("analyze", "--lang", "zh", "--chart", path).ExitCode);
            XDocument svg = XDocument.Load(path);
            XElement execution = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "budget-execution");
            Assert.Equal(["容差内", "超预算", "未达进度", "参考线"], execution.Descendants(Svg + "g").Single().Elements(Svg + "text").Select(t => t.Value));
            AssertNoCollisions(svg);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Label_rows_take_the_lowest_row_without_an_overlap()
    {
        var placed = new List<(int Row, decimal Left, decimal Right, decimal X)> { (0, 90m, 110m, 100m), (1, 100m, 130m, 115m) };

        // [105, 135] overlaps row 0's [90, 110] and row 1's [100, 130]: row 2.
        Assert.Equal(2, SvgChartWriter.LabelRow(placed, 120m, 30m));

        // [285, 315] overlaps nothing: row 0.
        Assert.Equal(0, SvgChartWriter.LabelRow(placed, 300m, 30m));

        // [132, 148] is 22px from row 0's label but 2px from row 1's (closer than 4px): row 0.
        Assert.Equal(0, SvgChartWriter.LabelRow(placed, 140m, 16m));
    }

    [Fact]
    public void Reference_lines_start_below_every_label()
    {
        var chart = new ChartSpec("c", "C", "%", [new ChartBar("a", 100m, "100%", Tone.Good)], [new ChartLine(99m, "99.00%"), new ChartLine(100m, "100.00%"), new ChartLine(101m, "101.00%")]);
        XDocument svg = Chart(chart);
        decimal lowestLabel = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "band-label").Max(t => Number(t, "y"));
        Assert.All(svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "band-edge"), line => Assert.True(Number(line, "y1") > lowestLabel + 3));
    }
}
