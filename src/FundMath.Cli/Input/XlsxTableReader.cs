using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FundMath.Cli.Input;

/// <summary>
/// Reads the worksheets of an Excel workbook (.xlsx, Open XML SDK) into <see cref="TabularTable"/>s: per sheet, its
/// first non-empty row is the header and every later non-empty row a data row, with row numbers and column numbers
/// as Excel shows them. Text comes from shared or inline strings; a formula gives its cached value; a number is
/// read as Excel stores it, taken at Excel's 15 significant digits (what Excel displays: 0.1 + 0.2 stored as
/// 0.30000000000000004 reads 0.3), so an amount typed as 33520.85 reads exactly 33520.85. An error value (#DIV/0!)
/// is an input error.
/// </summary>
internal static class XlsxTableReader
{
    /// <summary>The significant digits Excel keeps and displays.</summary>
    public const int ExcelDigits = 15;

    public static IReadOnlyList<TabularTable> Read(string path)
    {
        DataNodeAmounts.EnsureFile(path);
        try
        {
            long length = new FileInfo(path).Length;
            if (length > FundMath.Data.DataReaderLimits.Default.MaxInputBytes)
            {
                throw FundMath.Data.DataReaderLimits.Default.InputTooLarge(path, length);
            }

            // A workbook is a zip: bound what one part may expand to, so a compression bomb is refused, not inflated.
            using SpreadsheetDocument document = SpreadsheetDocument.Open(path, isEditable: false, new OpenSettings { MaxCharactersInPart = 16 * FundMath.Data.DataReaderLimits.Default.MaxInputBytes });
            WorkbookPart workbook = document.WorkbookPart ?? throw new InputException("is not an Excel workbook (no workbook part).", path);
            SharedStringTable? strings = workbook.SharedStringTablePart?.SharedStringTable;
            string[] shared = strings?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var tables = new List<TabularTable>();
            foreach (Sheet sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                string source = path + "[" + (sheet.Name?.Value ?? "?") + "]";
                if (ReadSheet(source, part, shared) is { } table)
                {
                    tables.Add(table);
                }
            }

            return tables;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new InputException("is not a readable Excel workbook (.xlsx): " + e.Message, path, inner: e);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
    }

    private static TabularTable? ReadSheet(string source, WorksheetPart part, string[] shared)
    {
        SheetData? data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
        {
            return null;
        }

        int headerLine = 0;
        IReadOnlyList<string>? header = null;
        var rows = new List<TabularRow>();
        int previous = 0;
        foreach (Row row in data.Elements<Row>())
        {
            int line = row.RowIndex?.Value is { } index ? checked((int)index) : previous + 1;
            previous = line;
            var fields = new List<string>();
            int next = 0;
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                while (fields.Count < column)
                {
                    fields.Add(string.Empty);
                }

                fields.Add(CellText(source, line, column + 1, cell, shared));
                next = column + 1;
            }

            while (fields.Count > 0 && fields[^1].Length == 0)
            {
                fields.RemoveAt(fields.Count - 1);
            }

            if (fields.Count == 0)
            {
                continue;
            }

            if (header is null)
            {
                header = fields;
                headerLine = line;
            }
            else
            {
                rows.Add(new TabularRow(line, fields));
            }
        }

        return header is null ? null : new TabularTable(source, headerLine, header, rows);
    }

    private static string CellText(string source, int line, int column, Cell cell, string[] shared)
    {
        string raw = cell.CellValue?.Text ?? string.Empty;
        CellValues type = cell.DataType?.Value ?? CellValues.Number;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? raw).Trim();
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length
                ? shared[i].Trim()
                : throw new InputException($"the cell refers to shared string '{raw}', which the workbook does not have.", source, line, column);
        }

        if (type == CellValues.Error)
        {
            throw new InputException($"the cell holds the error value {raw}; fix the formula or type the value.", source, line, column);
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Number && raw.Length > 0)
        {
            return ExcelNumber(raw) ?? throw new InputException($"'{raw}' is not a number.", source, line, column);
        }

        return raw.Trim();
    }

    /// <summary>
    /// A stored number as Excel displays it: the stored decimal text rounded to 15 significant digits (half away from
    /// zero; a shorter number is unchanged), trailing zeros dropped; null when not a number. Decimal arithmetic only.
    /// </summary>
    internal static string? ExcelNumber(string stored)
    {
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            return null;
        }

        decimal magnitude = Math.Abs(value);
        int integerDigits = 0;
        for (decimal m = magnitude; m >= 1m; m /= 10m)
        {
            integerDigits++;
        }

        int leadingZeros = 0;
        if (integerDigits == 0 && magnitude != 0m)
        {
            for (decimal m = magnitude * 10m; m < 1m; m *= 10m)
            {
                leadingZeros++;
            }
        }

        int decimals = integerDigits > 0 ? ExcelDigits - integerDigits : ExcelDigits + leadingZeros;
        if (decimals >= 0)
        {
            value = decimal.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }
        else
        {
            decimal scale = 1m;
            for (int k = 0; k < -decimals; k++)
            {
                scale *= 10m;
            }

            value = decimal.Round(value / scale, 0, MidpointRounding.AwayFromZero) * scale;
        }

        return value.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>The zero-based column of a cell reference: "A3" → 0, "AB12" → 27.</summary>
    internal static int ColumnIndex(string reference)
    {
        int index = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                index = (index * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return index - 1;
    }
}
