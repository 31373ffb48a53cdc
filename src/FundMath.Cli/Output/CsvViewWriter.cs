using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>
/// Writes every table of a view as one tidy CSV (RFC 4180, through CsvHelper): <c>section,table,row,column,value,text</c>,
/// one line per cell. <c>value</c> is the exact machine value (invariant decimal for numbers, the text otherwise);
/// <c>text</c> is what the other formats print. Tidy rows make every command's CSV load into one data frame.
/// </summary>
internal static class CsvViewWriter
{
    public const string Header = "section,table,row,column,value,text";

    /// <summary>The CsvHelper settings of every CSV the tool writes: invariant culture, "\n" line ends, quotes only where needed.</summary>
    internal static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    public static void Write(ReportView view, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, Configuration(), leaveOpen: true);
        foreach (string name in Header.Split(','))
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
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
                        csv.WriteField(section.Id);
                        csv.WriteField(table.Id);
                        csv.WriteField((r + 1).ToString(CultureInfo.InvariantCulture));
                        csv.WriteField(table.Columns[c].Id);
                        csv.WriteField(cell.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : cell.Text);
                        csv.WriteField(cell.Text);
                        csv.NextRecord();
                    }
                }
            }
        }

        csv.Flush();
    }
}
