using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>A titled group of tables and sentences.</summary>
internal sealed class Section(string id, string title)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public List<ViewTable> Tables { get; } = [];

    public List<string> Notes { get; } = [];

    public ViewTable AddTable(string id, string title, params Column[] columns)
    {
        var table = new ViewTable(id, title, columns);
        Tables.Add(table);
        return table;
    }
}
