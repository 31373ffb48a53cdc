using System;
using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>A table of typed cells.</summary>
internal sealed class ViewTable(string id, string title, IReadOnlyList<Column> columns)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public IReadOnlyList<Column> Columns { get; } = columns;

    public List<Cell[]> Rows { get; } = [];

    public void AddRow(params Cell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Table '{Id}' has {Columns.Count} columns; a row of {cells.Length} cells was given.", nameof(cells));
        }

        Rows.Add(cells);
    }
}
