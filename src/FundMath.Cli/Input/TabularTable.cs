using System.Collections.Generic;

namespace FundMath.Cli.Input;

/// <summary>
/// A table read from a CSV file or a spreadsheet: a header row and data rows of text fields, each row with the line
/// (CSV) or row number (xlsx) it came from, so errors point at <c>source:line:column</c>. Readers of different file
/// kinds produce this one shape; the input readers turn it into records.
/// </summary>
/// <param name="Source">Where it came from: the file path, and for a workbook the sheet ("t.xlsx[regions]").</param>
/// <param name="HeaderLine">The line or row number of the header.</param>
/// <param name="Header">The header fields (column 1 first).</param>
/// <param name="Rows">The data rows.</param>
internal sealed record TabularTable(string Source, int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<TabularRow> Rows);
