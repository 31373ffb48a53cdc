using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FundMath.Cli.Views;
using Spectre.Console;

namespace FundMath.Cli.Output;

/// <summary>
/// A horizontal bar chart for the terminal, drawn to scale: a bar's length in cells is its value over the scale
/// (the largest value or reference line) times the bar area, rounded to the nearest cell, so a bar of 2 is a
/// twelfth of a bar of 24. Reference lines (band edges) are marked ┊ where a bar does not cover them; the value is
/// printed after the bar area; lines are Spectre markup.
/// </summary>
internal static class TerminalBars
{
    /// <summary>The character of a bar cell.</summary>
    public const char Block = '█';

    /// <summary>The character of a reference line where no bar covers it.</summary>
    public const char Edge = '┊';

    /// <summary>The markup lines of <paramref name="chart"/> drawn in <paramref name="width"/> cells.</summary>
    public static IReadOnlyList<string> Render(ChartSpec chart, int width, bool colour, Language language)
    {
        var lines = new List<string> { "[bold]" + Markup.Escape(chart.Title) + "[/] [grey](" + Markup.Escape(chart.Unit) + ")[/]" };
        if (chart.Bars.Count == 0)
        {
            return lines;
        }

        int labelWidth = chart.Bars.Max(b => b.Label.GetCellWidth());
        int valueWidth = chart.Bars.Max(b => b.ValueText.GetCellWidth());
        int area = Math.Max(10, width - labelWidth - valueWidth - 2);
        (decimal low, decimal high) = Range(chart);
        int zero = Column(0m, low, high, area);
        int[] edges = chart.Lines.Select(l => Math.Min(area - 1, Column(l.Value, low, high, area))).ToArray();
        foreach (ChartBar bar in chart.Bars)
        {
            int end = Column(bar.Value, low, high, area);
            int from = Math.Min(zero, end), to = Math.Max(zero, end);
            var text = new StringBuilder();
            text.Append(Markup.Escape(bar.Label)).Append(' ', labelWidth - bar.Label.GetCellWidth() + 1);
            string? name = colour ? TerminalWriter.ColourName(bar.Tone) : null;
            for (int i = 0; i < area; i++)
            {
                bool inBar = i >= from && i < to;
                if (inBar)
                {
                    int run = to - i;
                    text.Append(name is null ? string.Empty : "[" + name + "]").Append(Block, run).Append(name is null ? string.Empty : "[/]");
                    i += run - 1;
                }
                else if (Array.IndexOf(edges, i) >= 0)
                {
                    text.Append(colour ? "[grey]" + Edge + "[/]" : Edge.ToString());
                }
                else
                {
                    text.Append(' ');
                }
            }

            text.Append(' ').Append(' ', valueWidth - bar.ValueText.GetCellWidth()).Append(Markup.Escape(bar.ValueText));
            lines.Add(text.ToString());
        }

        if (chart.Lines.Count > 0)
        {
            lines.Add("[grey]" + Markup.Escape(Edge + " " + ViewLocalizer.Fixed("Reference lines: ", language) + string.Join(", ", chart.Lines.Select(l => l.Label))) + "[/]");
        }

        if (colour && chart.Legend is { Count: > 0 } legend)
        {
            lines.Add("[grey]" + Markup.Escape(ViewLocalizer.Fixed("Legend: ", language)) + "[/]" + string.Join("  ", legend.Select(e =>
                (TerminalWriter.ColourName(e.Tone) is { } c ? "[" + c + "]" + Block + "[/] " : Block + " ") + Markup.Escape(e.Label))));
        }

        return lines;
    }

    /// <summary>The value range drawn: from the smallest to the largest of zero, the bars and the reference lines.</summary>
    internal static (decimal Low, decimal High) Range(ChartSpec chart)
    {
        decimal low = 0m, high = 0m;
        foreach (ChartBar bar in chart.Bars)
        {
            low = Math.Min(low, bar.Value);
            high = Math.Max(high, bar.Value);
        }

        foreach (ChartLine line in chart.Lines)
        {
            low = Math.Min(low, line.Value);
            high = Math.Max(high, line.Value);
        }

        return (low, high == low ? low + 1m : high);
    }

    /// <summary>The cell at which <paramref name="value"/> falls: (value − low) / (high − low) × area, to the nearest cell.</summary>
    internal static int Column(decimal value, decimal low, decimal high, int area) =>
        (int)decimal.Round((value - low) / (high - low) * area, MidpointRounding.AwayFromZero);
}
