using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>
/// Writes a view as one wide CSV (through CsvHelper): one line per table row, the columns <c>section</c> and
/// <c>table</c>, then every column of every table by its id with its unit in the header (<c>balance (万元)</c>,
/// <c>rate (%)</c>). Values are exact in the header's unit (money in 万元 to the fen, 0.000001万元), so the file
/// reads back: <c>fundmath analyze</c> takes the regions rows of its own wide CSV as a region table.
/// </summary>
internal static class WideCsvWriter
{
    public static void Write(ReportView view, TextWriter writer)
    {
        var headers = new List<string> { "section", "table" };
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Section section in view.Sections)
        {
            foreach (ViewTable table in section.Tables)
            {
                foreach (Column column in table.Columns)
                {
                    string header = Header(column);
                    if (index.TryAdd(header, headers.Count))
                    {
                        headers.Add(header);
                    }
                }
            }
        }

        using var csv = new CsvWriter(writer, CsvViewWriter.Configuration(), leaveOpen: true);
        foreach (string header in headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (Section section in view.Sections)
        {
            foreach (ViewTable table in section.Tables)
            {
                foreach (Cell[] row in table.Rows)
                {
                    var fields = new string[headers.Count];
                    fields[0] = section.Id;
                    fields[1] = table.Id;
                    for (int c = 0; c < row.Length; c++)
                    {
                        fields[index[Header(table.Columns[c])]] = Value(table.Columns[c], row[c]);
                    }

                    foreach (string? field in fields)
                    {
                        csv.WriteField(field ?? string.Empty);
                    }

                    csv.NextRecord();
                }
            }
        }

        csv.Flush();
    }

    /// <summary>The column's id with its unit: "balance (万元)", "rate (%)", "deviation (pp)", or the id alone.</summary>
    internal static string Header(Column column) => Unit(column) is { } unit ? column.Id + " (" + unit + ")" : column.Id;

    /// <summary>The unit a column's numbers are written in: its money unit, % for rates, pp for points, or its own unit.</summary>
    internal static string? Unit(Column column) => column.Kind switch
    {
        CellKind.Money => column.Unit ?? "元",
        CellKind.Rate => "%",
        CellKind.Points => "pp",
        _ => column.Unit,
    };

    /// <summary>The exact value in the header's unit: money from its exact yuan amount, other numbers as the JSON carries them.</summary>
    internal static string Value(Column column, Cell cell)
    {
        if (cell.Number is not { } number)
        {
            return cell.Text;
        }

        if (cell.Kind == CellKind.Money)
        {
            number /= column.Unit switch
            {
                "万元" => 10_000m,
                "亿元" => 100_000_000m,
                _ => 1m,
            };
        }

        return number.ToString("0.##########", CultureInfo.InvariantCulture);
    }
}
