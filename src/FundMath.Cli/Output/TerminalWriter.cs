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
/// Columns are sized so no word or identifier is cut (<see cref="TableLayout"/>); a table that cannot fit is written
/// as one block per row. Renders into any <see cref="TextWriter"/>, so tests need no console.
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
        console.MarkupLine("[grey]" + Markup.Escape(ViewLocalizer.Fixed("Source:", options.Language)) + "[/] " + Markup.Escape(view.Source));
        foreach (Section section in view.Sections)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]" + Markup.Escape(section.Title) + "[/]") { Justification = Justify.Left });
            foreach (ViewTable viewTable in section.Tables)
            {
                if (TableLayout.ColumnWidths(viewTable, options.Width) is { } widths)
                {
                    console.Write(ToSpectre(viewTable, widths));
                }
                else
                {
                    WriteRecords(console, viewTable);
                }

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
            foreach (string line in TerminalBars.Render(chart, System.Math.Min(options.Width, 100), options.Colour, options.Language))
            {
                console.Write(new Markup(line));
                console.WriteLine();
            }
        }

        if (options.Explain && view.Explanations.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]" + Markup.Escape(ViewLocalizer.Fixed("Explanations", options.Language)) + "[/]") { Justification = Justify.Left });
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

    /// <summary>
    /// A table too wide for the terminal even with every column at its longest word: one block per row, "header: value"
    /// per line, so no word or identifier is cut.
    /// </summary>
    private static void WriteRecords(IAnsiConsole console, ViewTable viewTable)
    {
        console.MarkupLine("[bold]" + Markup.Escape(viewTable.Title) + "[/]");
        for (int r = 0; r < viewTable.Rows.Count; r++)
        {
            var grid = new Grid();
            grid.AddColumn(new GridColumn().NoWrap().PadLeft(2));
            grid.AddColumn(new GridColumn());
            bool first = true;
            for (int c = 0; c < viewTable.Columns.Count; c++)
            {
                Column column = viewTable.Columns[c];
                if (column.Detail)
                {
                    continue;
                }

                string prefix = first ? $"[{r + 1}] " : new string(' ', $"[{r + 1}] ".Length);
                first = false;
                grid.AddRow(new Markup(Markup.Escape(prefix + MarkdownWriter.Header(column) + ":")), new Markup(Colour(viewTable.Rows[r][c])));
            }

            console.Write(grid);
        }
    }

    private static Table ToSpectre(ViewTable viewTable, IReadOnlyList<int>? widths)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(viewTable.Title)) };
        bool hasDetails = viewTable.Columns.Any(c => c.Detail);
        int shown = 0;
        if (hasDetails)
        {
            var number = new TableColumn("#").RightAligned();
            if (widths is not null)
            {
                number.Width = widths[shown];
            }

            shown++;
            table.AddColumn(number);
        }

        foreach (Column column in viewTable.Columns)
        {
            if (column.Detail)
            {
                continue;
            }

            var tableColumn = new TableColumn(Markup.Escape(MarkdownWriter.Header(column)));
            if (widths is not null)
            {
                tableColumn.Width = widths[shown];
            }

            shown++;
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

    internal static string? ColourName(Tone tone) => tone switch
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
}
