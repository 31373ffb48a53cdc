using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FundMath.Cli.Views;

namespace FundMath.Cli.Charts;

/// <summary>
/// A small, dependency-free SVG writer for horizontal bar charts with reference lines (band edges). The output is a
/// self-contained SVG 1.1 document: no scripts, no external fonts or styles, invariant culture, fixed decimals, so
/// the same input always gives the same bytes.
/// </summary>
internal static class SvgChartWriter
{
    public const int Width = 960;
    private const int LabelWidth = 170;
    private const int RightMargin = 90;
    private const int BarHeight = 18;
    private const int BarGap = 8;
    private const int ChartTop = 56;
    private const int ChartBottom = 34;
    private const int ChartSpacing = 24;

    /// <summary>Writes all charts stacked in one SVG document.</summary>
    public static string Write(IReadOnlyList<ChartSpec> charts, string title)
    {
        ArgumentNullException.ThrowIfNull(charts);
        int height = 40;
        foreach (ChartSpec chart in charts)
        {
            height += ChartHeight(chart) + ChartSpacing;
        }

        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif\" font-size=\"13\">\n");
        svg.Append("<title>").Append(Escape(title)).Append("</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append("<text class=\"title\" x=\"16\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">").Append(Escape(title)).Append("</text>\n");
        int top = 40;
        foreach (ChartSpec chart in charts)
        {
            WriteChart(svg, chart, top);
            top += ChartHeight(chart) + ChartSpacing;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static int ChartHeight(ChartSpec chart) => ChartTop + (LabelRows(chart) * LabelRowHeight) + (chart.Bars.Count * (BarHeight + BarGap)) + ChartBottom;

    private const int LabelRowHeight = 13;

    /// <summary>Extra rows for reference-line labels that would overlap (lines closer than ~90px share no row).</summary>
    private static int LabelRows(ChartSpec chart) => chart.Lines.Count <= 1 ? 0 : chart.Lines.Count - 1;

    private static void WriteChart(StringBuilder svg, ChartSpec chart, int top)
    {
        decimal min = 0m;
        decimal max = 0m;
        foreach (ChartBar bar in chart.Bars)
        {
            min = Math.Min(min, bar.Value);
            max = Math.Max(max, bar.Value);
        }

        foreach (ChartLine line in chart.Lines)
        {
            min = Math.Min(min, line.Value);
            max = Math.Max(max, line.Value);
        }

        decimal step = NiceCeiling((max * 1.05m - min) / 5m);
        max = Math.Ceiling(max * 1.05m / step) * step;
        if (max <= min)
        {
            max = min + step;
        }

        int plotLeft = LabelWidth;
        int plotWidth = Width - LabelWidth - RightMargin;
        int plotTop = top + ChartTop + (LabelRows(chart) * LabelRowHeight);
        int plotHeight = chart.Bars.Count * (BarHeight + BarGap);
        decimal X(decimal value) => plotLeft + ((value - min) / (max - min) * plotWidth);

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"chart\" id=\"{Escape(chart.Id)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-title\" x=\"16\" y=\"{top + 22}\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">{Escape(chart.Title)} ({Escape(chart.Unit)})</text>\n");

        // Axis: zero line and ticks at the bottom.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{F(X(0m))}\" y1=\"{plotTop - 6}\" x2=\"{F(X(0m))}\" y2=\"{plotTop + plotHeight}\" stroke=\"#444444\" stroke-width=\"1\"/>\n");
        for (decimal tick = Math.Ceiling(min / step) * step; tick <= max; tick += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(X(tick))}\" y=\"{plotTop + plotHeight + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#666666\">{Number(tick)}</text>\n");
        }

        for (int i = 0; i < chart.Bars.Count; i++)
        {
            ChartBar bar = chart.Bars[i];
            int y = plotTop + (i * (BarHeight + BarGap));
            decimal x0 = X(Math.Min(0m, bar.Value));
            decimal x1 = X(Math.Max(0m, bar.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{plotLeft - 8}\" y=\"{y + 13}\" text-anchor=\"end\" fill=\"#222222\">{Escape(bar.Label)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{F(x0)}\" y=\"{y}\" width=\"{F(x1 - x0)}\" height=\"{BarHeight}\" fill=\"{Fill(bar.Tone)}\"><title>{Escape(bar.Label)}: {Escape(bar.ValueText)}</title></rect>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{F(x1 + 4)}\" y=\"{y + 13}\" fill=\"#222222\">{Escape(bar.ValueText)}</text>\n");
        }

        // Reference lines; labels that would collide with the previous one move up a row.
        decimal? previousX = null;
        int row = 0;
        foreach (ChartLine line in chart.Lines)
        {
            decimal x = X(line.Value);
            row = previousX is { } p && x - p < 90m ? row + 1 : 0;
            previousX = x;
            int labelY = plotTop - 18 - (row * LabelRowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"band-edge\" x1=\"{F(x)}\" y1=\"{labelY + 4}\" x2=\"{F(x)}\" y2=\"{plotTop + plotHeight}\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"band-label\" x=\"{F(x)}\" y=\"{labelY}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#c0392b\">{Escape(line.Label)}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static string Fill(Tone tone) => tone switch
    {
        Tone.Good => "#2e8b57",
        Tone.Warning => "#e0a100",
        Tone.Bad => "#c0392b",
        Tone.Info => "#2f6db5",
        _ => "#7f8c8d",
    };

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ value (value &gt; 0), for axis ranges and ticks.</summary>
    internal static decimal NiceCeiling(decimal value)
    {
        if (value <= 0m)
        {
            return 1m;
        }

        decimal magnitude = 1m;
        while (magnitude * 10m <= value)
        {
            magnitude *= 10m;
        }

        while (magnitude > value)
        {
            magnitude /= 10m;
        }

        foreach (decimal factor in (ReadOnlySpan<decimal>)[1m, 2m, 2.5m, 5m, 10m])
        {
            if (magnitude * factor >= value)
            {
                return magnitude * factor;
            }
        }

        return magnitude * 10m;
    }

    private static string F(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for SVG element content and attribute values.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (c < 0x20 && c is not '\t' and not '\n' and not '\r')
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
