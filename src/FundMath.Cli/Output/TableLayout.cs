using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Cli.Views;
using Spectre.Console;

namespace FundMath.Cli.Output;

/// <summary>
/// Column widths for a bordered terminal table that never cut a word or an identifier: each column gets at least
/// its longest word (a fund name, an amount, a header word), then what is left of the width goes to the columns
/// whose text would wrap, in proportion to what they need.
/// </summary>
internal static class TableLayout
{
    /// <summary>Cells per column that the rounded border and padding take: "│ " before, " " after, one closing "│".</summary>
    public const int BorderPerColumn = 3;

    /// <summary>
    /// The width of each shown column ("#" first when the table has detail columns), or null when even the longest
    /// words do not fit in <paramref name="width"/> (the caller then writes one block per row).
    /// </summary>
    public static int[]? ColumnWidths(ViewTable table, int width)
    {
        List<(int Min, int Max)> columns = Measure(table);
        int overhead = (BorderPerColumn * columns.Count) + 1;
        int min = columns.Sum(c => c.Min);
        int max = columns.Sum(c => c.Max);
        if (max + overhead <= width)
        {
            return columns.Select(c => c.Max).ToArray();
        }

        if (min + overhead > width)
        {
            return null;
        }

        int extra = width - overhead - min;
        int need = max - min;
        var widths = new int[columns.Count];
        int given = 0;
        for (int i = 0; i < columns.Count; i++)
        {
            int share = (int)((long)(columns[i].Max - columns[i].Min) * extra / need);
            widths[i] = columns[i].Min + share;
            given += share;
        }

        for (int i = 0; i < columns.Count && given < extra; i++)
        {
            if (widths[i] < columns[i].Max)
            {
                widths[i]++;
                given++;
            }
        }

        return widths;
    }

    /// <summary>The longest word and the longest line of each shown column (header included), in terminal cells.</summary>
    internal static List<(int Min, int Max)> Measure(ViewTable table)
    {
        var columns = new List<(int Min, int Max)>();
        if (table.Columns.Any(c => c.Detail))
        {
            int digits = Math.Max(1, table.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            columns.Add((digits, digits));
        }

        for (int c = 0; c < table.Columns.Count; c++)
        {
            Column column = table.Columns[c];
            if (column.Detail)
            {
                continue;
            }

            (int min, int max) = Widths(MarkdownWriter.Header(column));
            foreach (Cell[] row in table.Rows)
            {
                (int cellMin, int cellMax) = Widths(row[c].Text);
                min = Math.Max(min, cellMin);
                max = Math.Max(max, cellMax);
            }

            columns.Add((min, max));
        }

        return columns;
    }

    /// <summary>The widest word (split at spaces) and the widest line of a text, in terminal cells (CJK counts 2).</summary>
    internal static (int Word, int Line) Widths(string text)
    {
        int word = 0, line = 0;
        foreach (string l in text.Split('\n'))
        {
            line = Math.Max(line, l.GetCellWidth());
            foreach (string w in l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                word = Math.Max(word, w.GetCellWidth());
            }
        }

        return (word, line);
    }
}
