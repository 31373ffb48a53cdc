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
internal static partial class TerminalWriter
{
    public static void Write(ReportView view, TextWriter writer, RenderOptions options)
    {
        if (options.Colour)
        {
            Render(view, writer, options);
            return;
        }

        // Without colour (NO_COLOR, --no-color, a pipe): Spectre's non-ANSI backend resets System.Console's colours
        // before every styled segment, which on a terminal writes ESC[39;49m to stdout whatever writer it is given.
        // So the view is rendered as ANSI text without colours into a buffer, and the styles (bold) are removed.
        using var plain = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = writer.NewLine };
        Render(view, plain, options);
        writer.Write(Sgr().Replace(plain.ToString(), string.Empty));
    }

    [System.Text.RegularExpressions.GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial System.Text.RegularExpressions.Regex Sgr();

    private static void Render(ReportView view, TextWriter writer, RenderOptions options)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = options.Colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = options.Width;

        console.Write(new Rule(Markup.Escape(view.Title)) { Justification = Justify.Left });
        string source = ViewLocalizer.Fixed("Source:", options.Language);
        foreach (string line in LineBreaker.Wrap(view.Source, options.Width, source + " "))
        {
            console.MarkupLine(line.StartsWith(source, System.StringComparison.Ordinal) ? "[grey]" + Markup.Escape(source) + "[/]" + Markup.Escape(line[source.Length..]) : Markup.Escape(line));
        }
        foreach (Section section in view.Sections)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]" + Markup.Escape(section.Title) + "[/]") { Justification = Justify.Left });
            foreach (ViewTable viewTable in section.Tables.Select(PeopleColumns.Of))
            {
                foreach (string line in LineBreaker.Wrap(viewTable.Title, options.Width))
                {
                    console.MarkupLine("[bold]" + Markup.Escape(line) + "[/]");
                }

                if (TableLayout.ColumnWidths(viewTable, options.Width) is { } widths)
                {
                    console.Write(ToSpectre(viewTable, widths));
                }
                else
                {
                    WriteRecords(console, viewTable, options.Width);
                }

                WriteDetails(console, viewTable, options.Width);
            }

            foreach (string note in section.Notes)
            {
                foreach (string line in LineBreaker.Wrap(note, options.Width, "  • "))
                {
                    console.MarkupLine(Markup.Escape(line));
                }
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
                foreach (string text in ExplanationLocalizer.ToText(explanation, options.Language).Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
                {
                    string trimmed = text.TrimStart();
                    string indent = text[..(text.Length - trimmed.Length)];
                    foreach (string line in LineBreaker.Wrap(trimmed, options.Width, indent, indent.Length + 4))
                    {
                        console.MarkupLine(Markup.Escape(line));
                    }
                }

                console.WriteLine();
            }
        }
    }

    /// <summary>Detail columns (long text) under the table: "[n] Title: text", one block per row.</summary>
    private static void WriteDetails(IAnsiConsole console, ViewTable viewTable, int width)
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

                string prefix = "  " + (first ? $"[{r + 1}] " : new string(' ', $"[{r + 1}] ".Length));
                first = false;
                foreach (string line in LineBreaker.Wrap(text, width, prefix + column.Title + ": ", 2))
                {
                    console.MarkupLine(Markup.Escape(line));
                }
            }
        }
    }

    /// <summary>
    /// A table too wide for the terminal even with every column at its longest word: one block per row, "header: value"
    /// per line, so no word or identifier is cut.
    /// </summary>
    private static void WriteRecords(IAnsiConsole console, ViewTable viewTable, int width)
    {
        int labelWidth = 0;
        for (int c = 0; c < viewTable.Columns.Count; c++)
        {
            labelWidth = System.Math.Max(labelWidth, (MarkdownWriter.Header(viewTable.Columns[c]) + ":").GetCellWidth());
        }

        int valueWidth = System.Math.Max(10, width - labelWidth - 2 - $"[{viewTable.Rows.Count}] ".Length - 1);
        for (int r = 0; r < viewTable.Rows.Count; r++)
        {
            var grid = new Grid();
            grid.AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1));
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
                Cell cell = viewTable.Rows[r][c];
                grid.AddRow(new Markup(Markup.Escape(prefix + MarkdownWriter.Header(column) + ":")), new Markup(Colour(cell with { Text = string.Join("\n", LineBreaker.Wrap(cell.Text, valueWidth)) })));
            }

            console.Write(grid);
        }
    }

    private static Table ToSpectre(ViewTable viewTable, IReadOnlyList<int>? widths)
    {
        var table = new Table { Border = TableBorder.Rounded };
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
