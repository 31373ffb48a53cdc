using System.IO;
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
            }

            foreach (string note in section.Notes)
            {
                console.MarkupLine("  • " + Markup.Escape(note));
            }
        }

        foreach (ChartSpec chart in view.Charts)
        {
            console.WriteLine();
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

    private static Table ToSpectre(ViewTable viewTable)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(viewTable.Title)) };
        foreach (Column column in viewTable.Columns)
        {
            var tableColumn = new TableColumn(Markup.Escape(MarkdownWriter.Header(column)));
            if (MarkdownWriter.IsRightAligned(column.Kind))
            {
                tableColumn.RightAligned();
            }

            table.AddColumn(tableColumn);
        }

        foreach (Cell[] row in viewTable.Rows)
        {
            var cells = new Markup[row.Length];
            for (int i = 0; i < row.Length; i++)
            {
                cells[i] = new Markup(Colour(row[i]));
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
