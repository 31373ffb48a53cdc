using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FundMath.Cli.Views;

namespace FundMath.Cli.Charts;

/// <summary>
/// Writes projection line charts as one self-contained SVG 1.1 document (no scripts, no external resources, invariant
/// culture, fixed decimals): per chart a shaded band (P5–P95), the baseline line with a dot per year, a zero line,
/// dashed markers at the key years and a legend. Shares <see cref="SvgChartWriter"/>'s escaping and tick rule.
/// </summary>
internal static class SvgLineChartWriter
{
    private const int Width = SvgChartWriter.Width;
    private const int Left = 80;
    private const int Right = 30;
    private const int PlotHeight = 260;
    private const int ChartHeight = 56 + PlotHeight + 70;

    public static string Write(IReadOnlyList<LineChartSpec> charts, string title)
    {
        ArgumentNullException.ThrowIfNull(charts);
        int height = 40 + (charts.Count * (ChartHeight + 24));
        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif\" font-size=\"13\">\n");
        svg.Append("<title>").Append(SvgChartWriter.Escape(title)).Append("</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append("<text class=\"title\" x=\"16\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">").Append(SvgChartWriter.Escape(title)).Append("</text>\n");
        int top = 40;
        foreach (LineChartSpec chart in charts)
        {
            WriteChart(svg, chart, top);
            top += ChartHeight + 24;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteChart(StringBuilder svg, LineChartSpec chart, int top)
    {
        IEnumerable<decimal> all = chart.Line.Concat(chart.BandLow ?? []).Concat(chart.BandHigh ?? []).Append(0m);
        decimal min = all.Min(), max = all.Max();
        decimal step = SvgChartWriter.NiceCeiling((max - min) / 5m);
        min = Math.Floor(min / step) * step;
        max = Math.Ceiling(max / step) * step;
        if (max <= min)
        {
            max = min + step;
        }

        int plotTop = top + 56;
        int plotWidth = Width - Left - Right;
        int n = chart.Years.Count;
        decimal X(int i) => Left + (n == 1 ? plotWidth / 2m : i * (decimal)plotWidth / (n - 1));
        decimal Y(decimal v) => plotTop + PlotHeight - ((v - min) / (max - min) * PlotHeight);
        string F(decimal v) => decimal.Round(v, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture);

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"chart\" id=\"{SvgChartWriter.Escape(chart.Id)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-title\" x=\"16\" y=\"{top + 22}\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">{SvgChartWriter.Escape(chart.Title)} ({SvgChartWriter.Escape(chart.Unit)})</text>\n");
        for (decimal tick = min; tick <= max; tick += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{F(Y(tick))}\" x2=\"{Width - Right}\" y2=\"{F(Y(tick))}\" stroke=\"#e5e5e5\" stroke-width=\"1\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 8}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#666666\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"zero\" x1=\"{Left}\" y1=\"{F(Y(0m))}\" x2=\"{Width - Right}\" y2=\"{F(Y(0m))}\" stroke=\"#444444\" stroke-width=\"1\"/>\n");
        for (int i = 0; i < n; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"year\" x=\"{F(X(i))}\" y=\"{plotTop + PlotHeight + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#666666\">{chart.Years[i]}</text>\n");
        }

        if (chart.BandLow is { } low && chart.BandHigh is { } high)
        {
            var points = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                points.Append(F(X(i))).Append(',').Append(F(Y(high[i]))).Append(' ');
            }

            for (int i = n - 1; i >= 0; i--)
            {
                points.Append(F(X(i))).Append(',').Append(F(Y(low[i]))).Append(i == 0 ? string.Empty : " ");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"band\" points=\"{points}\" fill=\"#2f6db5\" fill-opacity=\"0.18\" stroke=\"none\"/>\n");
        }

        foreach (ChartMarker marker in chart.Markers)
        {
            int i = IndexOf(chart.Years, marker.Year);
            if (i < 0)
            {
                continue;
            }

            string colour = marker.Tone == Tone.Bad ? "#c0392b" : "#e0a100";
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"marker\" x1=\"{F(X(i))}\" y1=\"{plotTop}\" x2=\"{F(X(i))}\" y2=\"{plotTop + PlotHeight}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>{SvgChartWriter.Escape(marker.Label)}</title></line>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"marker-label\" x=\"{F(X(i) + 4)}\" y=\"{plotTop + 12}\" font-size=\"11\" fill=\"{colour}\">{SvgChartWriter.Escape(marker.Label)}</text>\n");
        }

        var path = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            path.Append(i == 0 ? "M" : " L").Append(F(X(i))).Append(',').Append(F(Y(chart.Line[i])));
        }

        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line\" d=\"{path}\" fill=\"none\" stroke=\"#2f6db5\" stroke-width=\"2.5\"/>\n");
        for (int i = 0; i < n; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{F(X(i))}\" cy=\"{F(Y(chart.Line[i]))}\" r=\"3\" fill=\"#2f6db5\"><title>{chart.Years[i]}: {chart.Line[i].ToString("0.00", CultureInfo.InvariantCulture)} {SvgChartWriter.Escape(chart.Unit)}</title></circle>\n");
        }

        // Legend: the line, the band, each marker.
        int ly = plotTop + PlotHeight + 40;
        int lx = Left;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\">\n<line x1=\"{lx}\" y1=\"{ly - 4}\" x2=\"{lx + 24}\" y2=\"{ly - 4}\" stroke=\"#2f6db5\" stroke-width=\"2.5\"/>\n<text class=\"legend-item\" x=\"{lx + 30}\" y=\"{ly}\" fill=\"#222222\">{SvgChartWriter.Escape(chart.LineLabel)}</text>\n");
        lx += 40 + (chart.LineLabel.Length * 8);
        if (chart.BandLabel is { } bandLabel)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly - 10}\" width=\"24\" height=\"12\" fill=\"#2f6db5\" fill-opacity=\"0.18\"/>\n<text class=\"legend-item\" x=\"{lx + 30}\" y=\"{ly}\" fill=\"#222222\">{SvgChartWriter.Escape(bandLabel)}</text>\n");
            lx += 40 + (bandLabel.Length * 8);
        }

        foreach (ChartMarker marker in chart.Markers.DistinctBy(m => m.Tone))
        {
            string colour = marker.Tone == Tone.Bad ? "#c0392b" : "#e0a100";
            string label = marker.Tone == Tone.Bad ? "累计结余耗尽 exhaustion" : "当期收不抵支 first deficit";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{lx}\" y1=\"{ly - 4}\" x2=\"{lx + 24}\" y2=\"{ly - 4}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n<text class=\"legend-item\" x=\"{lx + 30}\" y=\"{ly}\" fill=\"#222222\">{label}</text>\n");
            lx += 40 + (label.Length * 8);
        }

        svg.Append("</g>\n</g>\n");
    }

    private static int IndexOf(IReadOnlyList<int> years, int year)
    {
        for (int i = 0; i < years.Count; i++)
        {
            if (years[i] == year)
            {
                return i;
            }
        }

        return -1;
    }
}
