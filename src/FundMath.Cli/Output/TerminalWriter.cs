using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Cli.Views;
using FundMath.Explain;
using Spectre.Console;

namespace FundMath.Cli.Output;

/// <summary>
/// Writes a view for a terminal with Spectre.Console: a rule per section, bordered tables (outcomes and bands
/// coloured: Within green, Over red, Under yellow), notes, bar charts and, with --explain, the explanation trees.
/// Renders into any <see cref="TextWriter"/>, so tests need no console.
/// </summary>
internal static class TerminalWriter
{
    public static void Write(ReportView view, TextWriter writer, RenderOptions options)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = options.Colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = options.Width;

        console.Write(new Rule(Markup.Escape(view.Title)) { Justification = Justify.Left });
        console.MarkupLine("[grey]Source:[/] " + Markup.Escape(view.Source));
        foreach (Section section in view.Sections)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]" + Markup.Escape(section.Title) + "[/]") { Justification = Justify.Left });
            foreach (ViewTable viewTable in section.Tables)
            {
                console.Write(ToSpectre(viewTable));
                WriteDetails(console, viewTable);
            }

            foreach (string note in section.Notes)
            {
                console.MarkupLine("  • " + Markup.Escape(note));
            }
        }

        foreach (ChartSpec chart in view.Charts)
        {
            console.WriteLine();
            if (chart.Bars.Count == 0)
            {
                // Spectre's bar chart cannot draw zero bars (it takes the maximum of none); say so instead.
                console.MarkupLine("[bold]" + Markup.Escape(chart.Title) + "[/] [grey](no values to draw)[/]");
                continue;
            }

            console.Write(ToBarChart(chart, options.Width));
            if (chart.Lines.Count > 0)
            {
                console.MarkupLine("[grey]" + Markup.Escape("Reference lines: " + string.Join(", ", System.Linq.Enumerable.Select(chart.Lines, l => l.Label))) + "[/]");
            }
        }

        if (options.Explain && view.Explanations.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]Explanations[/]") { Justification = Justify.Left });
            foreach (Explanation explanation in view.Explanations)
            {
                console.WriteLine(explanation.ToText().Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n'));
                console.WriteLine();
            }
        }
    }

    /// <summary>Detail columns (long text) under the table: "[n] Title: text", one block per row.</summary>
    private static void WriteDetails(IAnsiConsole console, ViewTable viewTable)
    {
        if (!viewTable.Columns.Any(c => c.Detail))
        {
            return;
        }

        for (int r = 0; r < viewTable.Rows.Count; r++)
        {
            bool first = true;
            for (int c = 0; c < viewTable.Columns.Count; c++)
            {
                Column column = viewTable.Columns[c];
                string text = viewTable.Rows[r][c].Text;
                if (!column.Detail || text.Length == 0)
                {
                    continue;
                }

                string prefix = first ? $"[{r + 1}] " : new string(' ', $"[{r + 1}] ".Length);
                first = false;
                console.Write(new Padder(new Markup(Markup.Escape(prefix + column.Title + ": " + text))).Padding(2, 0, 0, 0));
            }
        }
    }

    private static Table ToSpectre(ViewTable viewTable)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(viewTable.Title)) };
        bool hasDetails = viewTable.Columns.Any(c => c.Detail);
        if (hasDetails)
        {
            table.AddColumn(new TableColumn("#").RightAligned());
        }

        foreach (Column column in viewTable.Columns)
        {
            if (column.Detail)
            {
                continue;
            }

            var tableColumn = new TableColumn(Markup.Escape(MarkdownWriter.Header(column)));
            if (MarkdownWriter.IsRightAligned(column.Kind))
            {
                tableColumn.RightAligned();
            }

            table.AddColumn(tableColumn);
        }

        for (int r = 0; r < viewTable.Rows.Count; r++)
        {
            Cell[] row = viewTable.Rows[r];
            var cells = new List<Markup>(row.Length + 1);
            if (hasDetails)
            {
                cells.Add(new Markup((r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            for (int i = 0; i < row.Length; i++)
            {
                if (!viewTable.Columns[i].Detail)
                {
                    cells.Add(new Markup(Colour(row[i])));
                }
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static string Colour(Cell cell)
    {
        string text = Markup.Escape(cell.Text);
        string? colour = ColourName(cell.Tone);
        return colour is null || text.Length == 0 ? text : "[" + colour + "]" + text + "[/]";
    }

    private static string? ColourName(Tone tone) => tone switch
    {
        Tone.Good => "green",
        Tone.Warning => "yellow",
        Tone.Bad => "red",
        Tone.Info => "blue",
        _ => null,
    };

    private static Color SpectreColour(Tone tone) => tone switch
    {
        Tone.Good => Color.Green,
        Tone.Warning => Color.Yellow,
        Tone.Bad => Color.Red,
        Tone.Info => Color.Blue,
        _ => Color.Grey,
    };

    private static BarChart ToBarChart(ChartSpec chart, int width)
    {
        var barChart = new BarChart
        {
            Width = System.Math.Min(width, 100),
            Label = "[bold]" + Markup.Escape(chart.Title) + "[/] [grey](" + Markup.Escape(chart.Unit) + ")[/]",
            ShowValues = true,
        };
        foreach (ChartBar bar in chart.Bars)
        {
            barChart.AddItem(Markup.Escape(bar.Label), (double)decimal.Round(bar.Value, 2), SpectreColour(bar.Tone));
        }

        return barChart;
    }
}
