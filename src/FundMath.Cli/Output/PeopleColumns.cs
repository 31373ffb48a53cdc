using System.Linq;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>The columns people read: a table without its machine-only columns (terminal and Markdown).</summary>
internal static class PeopleColumns
{
    public static ViewTable Of(ViewTable table)
    {
        if (!table.Columns.Any(c => c.MachineOnly))
        {
            return table;
        }

        int[] shown = Enumerable.Range(0, table.Columns.Count).Where(i => !table.Columns[i].MachineOnly).ToArray();
        var result = new ViewTable(table.Id, table.Title, shown.Select(i => table.Columns[i]).ToArray());
        foreach (Cell[] row in table.Rows)
        {
            result.AddRow(shown.Select(i => row[i]).ToArray());
        }

        return result;
    }
}
