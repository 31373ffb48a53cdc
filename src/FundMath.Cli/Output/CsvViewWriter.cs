using System;
using System.Globalization;
using System.IO;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>
/// Writes every table of a view as one tidy CSV (RFC 4180): <c>section,table,row,column,value,text</c>, one line per
/// cell. <c>value</c> is the exact machine value (invariant decimal for numbers, the text otherwise); <c>text</c>
/// is what the other formats print. Tidy rows make every command's CSV load into one data frame.
/// </summary>
internal static class CsvViewWriter
{
    public const string Header = "section,table,row,column,value,text";

    public static void Write(ReportView view, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write("\n");
        foreach (Section section in view.Sections)
        {
            foreach (ViewTable table in section.Tables)
            {
                for (int r = 0; r < table.Rows.Count; r++)
                {
                    Cell[] row = table.Rows[r];
                    for (int c = 0; c < row.Length; c++)
                    {
                        Cell cell = row[c];
                        string value = cell.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : cell.Text;
                        writer.Write(Quote(section.Id));
                        writer.Write(',');
                        writer.Write(Quote(table.Id));
                        writer.Write(',');
                        writer.Write((r + 1).ToString(CultureInfo.InvariantCulture));
                        writer.Write(',');
                        writer.Write(Quote(table.Columns[c].Id));
                        writer.Write(',');
                        writer.Write(Quote(value));
                        writer.Write(',');
                        writer.Write(Quote(cell.Text));
                        writer.Write("\n");
                    }
                }
            }
        }
    }

    internal static string Quote(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        return "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
    }
}
