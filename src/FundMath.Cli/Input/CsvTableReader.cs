using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace FundMath.Cli.Input;

/// <summary>Reads a CSV file (RFC 4180, UTF-8 with or without a BOM, through CsvHelper) into a <see cref="TabularTable"/>.</summary>
internal static class CsvTableReader
{
    public static TabularTable Read(string path)
    {
        string text = DataNodeAmounts.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new InputException("the CSV file is empty; expected a header row.", path, 1, 1);
            }

            string[] header = csv.HeaderRecord ?? [];
            int headerLine = csv.Parser.RawRow;
            var rows = new List<TabularRow>();
            while (csv.Read())
            {
                rows.Add(new TabularRow(csv.Parser.RawRow, csv.Parser.Record ?? []));
            }

            return new TabularTable(path, headerLine, header, rows);
        }
        catch (CsvHelperException e)
        {
            int line = e.Context?.Parser?.RawRow ?? 0;
            string message = e.Message;
            int end = message.IndexOf('\n', StringComparison.Ordinal);
            throw new InputException("malformed CSV: " + (end > 0 ? message[..end] : message).Trim(), path, line, 0, e);
        }
    }
}
