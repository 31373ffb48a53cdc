using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FundMath.Cli.Output;
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
    private const int ChartBottom = 58;
    private const int LegendOffset = 36;
    private const int ValueGap = 4;
    private const int ChartSpacing = 24;

    /// <summary>Writes all charts stacked in one SVG document.</summary>
    public static string Write(IReadOnlyList<ChartSpec> charts, string title, Language language = Language.English)
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
            WriteChart(svg, chart, top, language);
            top += ChartHeight(chart) + ChartSpacing;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static int ChartHeight(ChartSpec chart) => ChartTop + (LabelRows(chart) * LabelRowHeight) + (chart.Bars.Count * (BarHeight + BarGap)) + ChartBottom;

    private const int LabelRowHeight = 13;

    /// <summary>Extra rows above the first for reference-line labels that would overlap (one per further line at most).</summary>
    private static int LabelRows(ChartSpec chart) => chart.Lines.Count <= 1 ? 0 : chart.Lines.Count - 1;

    private static void WriteChart(StringBuilder svg, ChartSpec chart, int top, Language language)
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
            (decimal valueX, string anchor, string fill) = ValueLabel(x0, x1, bar.ValueText, chart.Lines.Select(l => X(l.Value)).ToArray());
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{F(valueX)}\" y=\"{y + 13}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{Escape(bar.ValueText)}</text>\n");
        }

        WriteLegend(svg, chart, plotTop + plotHeight + LegendOffset, language);

        // Reference lines from just above the bars; each label in the lowest row where it overlaps no other label.
        var placed = new List<(int Row, decimal Left, decimal Right, decimal X)>();
        foreach (ChartLine line in chart.Lines)
        {
            decimal x = X(line.Value);
            int row = LabelRow(placed, x, TextWidth(line.Label, 11));
            decimal half = TextWidth(line.Label, 11) / 2m;
            placed.Add((row, x - half, x + half, x));
            int labelY = plotTop - 18 - (row * LabelRowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"band-edge\" x1=\"{F(x)}\" y1=\"{plotTop - 6}\" x2=\"{F(x)}\" y2=\"{plotTop + plotHeight}\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"band-label\" x=\"{F(x)}\" y=\"{labelY}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#c0392b\">{Escape(line.Label)}</text>\n");
        }

        svg.Append("</g>\n");
    }

    /// <summary>
    /// The lowest label row (0 nearest the bars) for a reference-line label centred at <paramref name="x"/> whose box
    /// overlaps no label of that row (4px apart). The lines start just above the bars, below every label row, so
    /// no line crosses a label; n labels need at most n rows, which <see cref="LabelRows"/> reserves.
    /// </summary>
    internal static int LabelRow(IReadOnlyList<(int Row, decimal Left, decimal Right, decimal X)> placed, decimal x, decimal width)
    {
        decimal left = x - (width / 2m), right = x + (width / 2m);
        for (int row = 0; ; row++)
        {
            if (!placed.Any(p => p.Row == row && left < p.Right + 4m && right > p.Left - 4m))
            {
                return row;
            }
        }
    }

    /// <summary>
    /// Where a bar's value label goes so that it crosses no reference line and stays inside the chart: just right of
    /// the bar end; past each reference line it would cross (moved to just right of that line); inside the bar's
    /// end (right-aligned, white) when that would leave the chart; the label's box is <see cref="TextWidth"/> wide.
    /// </summary>
    internal static (decimal X, string Anchor, string Fill) ValueLabel(decimal barStart, decimal barEnd, string text, IReadOnlyList<decimal> lines)
    {
        decimal width = TextWidth(text, 13);
        decimal x = barEnd + ValueGap;
        bool moved = true;
        while (moved)
        {
            moved = false;
            foreach (decimal line in lines)
            {
                if (line >= x - 2m && line <= x + width + 2m)
                {
                    x = line + ValueGap;
                    moved = true;
                }
            }
        }

        if (x + width <= Width - 4)
        {
            return (x, "start", "#222222");
        }

        // Inside the bar, right-aligned at its end; lines inside the bar are drawn over it, so step left of them too.
        decimal end = barEnd - ValueGap;
        moved = true;
        while (moved)
        {
            moved = false;
            foreach (decimal line in lines)
            {
                if (line >= end - width - 2m && line <= end + 2m)
                {
                    end = line - ValueGap;
                    moved = true;
                }
            }
        }

        return (Math.Max(end, barStart + width), "end", "#ffffff");
    }

    /// <summary>An estimate of a text's width in pixels: CJK characters one em, digits and Latin letters 0.6 em.</summary>
    internal static decimal TextWidth(string text, int fontSize)
    {
        decimal ems = 0m;
        foreach (char c in text)
        {
            ems += c >= '\u2e80' ? 1m : 0.6m;
        }

        return ems * fontSize;
    }

    /// <summary>
    /// The legend under the axis: a swatch and label per tone (from the chart's legend, or every tone its bars use),
    /// then a dashed sample for the reference lines.
    /// </summary>
    private static void WriteLegend(StringBuilder svg, ChartSpec chart, int y, Language language)
    {
        IReadOnlyList<ChartLegendEntry> entries = chart.Legend ?? chart.Bars.Select(b => b.Tone).Distinct().Select(t => new ChartLegendEntry(t, t.ToString())).ToArray();
        decimal x = LabelWidth;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\">\n");
        foreach (ChartLegendEntry entry in entries)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"legend-swatch\" x=\"{F(x)}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{Fill(entry.Tone)}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend-label\" x=\"{F(x + 16)}\" y=\"{y}\" font-size=\"12\" fill=\"#222222\">{Escape(entry.Label)}</text>\n");
            x += 16 + TextWidth(entry.Label, 12) + 18;
        }

        if (chart.Lines.Count > 0)
        {
            string label = ViewLocalizer.Fixed("reference line", language);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"legend-line\" x1=\"{F(x)}\" y1=\"{y - 4}\" x2=\"{F(x + 20)}\" y2=\"{y - 4}\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend-label\" x=\"{F(x + 24)}\" y=\"{y}\" font-size=\"12\" fill=\"#222222\">{Escape(label)}</text>\n");
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
