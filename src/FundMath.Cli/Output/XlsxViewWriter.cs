using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FundMath.Cli.Views;
using Column = FundMath.Cli.Views.Column;
using ViewCell = FundMath.Cli.Views.Cell;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace FundMath.Cli.Output;

/// <summary>
/// Writes a view as an Excel workbook (Open XML SDK): an "About" sheet (title, source, every table with its sheet
/// and title, the notes), then one sheet per table — a bold header row (the column titles with their units, in the
/// chosen language), one row per table row. Numbers are stored as numbers, exact in the header's unit (money in
/// 万元 to the fen, shown #,##0.00), so formulas work and the file reads back as input.
/// </summary>
internal static class XlsxViewWriter
{
    /// <summary>Excel's limit on a sheet name.</summary>
    public const int MaxSheetName = 31;

    private const uint HeaderStyle = 1;
    private const uint MoneyStyle = 2;

    public static byte[] Write(ReportView view, RenderOptions options)
    {
        using var stream = new MemoryStream();
        using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            Sheets sheets = workbookPart.Workbook.AppendChild(new Sheets());
            WorkbookStylesPart styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "About" };
            var tables = new List<(string Sheet, Section Section, ViewTable Table)>();
            foreach (Section section in view.Sections)
            {
                foreach (ViewTable table in section.Tables)
                {
                    tables.Add((UniqueSheetName(table.Id, names), section, table));
                }
            }

            bool chinese = options.Language == Language.Chinese;
            var about = new List<XlsxRow>
            {
                new([Text(view.Title, HeaderStyle)]),
                new([Text(ViewLocalizer.Fixed("Source:", options.Language)), Text(view.Source)]),
                new([]),
                new([Text(chinese ? "工作表" : "Sheet", HeaderStyle), Text(chinese ? "部分" : "Section", HeaderStyle), Text(chinese ? "表" : "Table", HeaderStyle)]),
            };
            about.AddRange(tables.Select(t => new XlsxRow([Text(t.Sheet), Text(t.Section.Title), Text(t.Table.Title)])));
            List<string> notes = view.Sections.SelectMany(s => s.Notes).ToList();
            if (notes.Count > 0)
            {
                about.Add(new([]));
                about.Add(new([Text(chinese ? "说明" : "Notes", HeaderStyle)]));
                about.AddRange(notes.Select(n => new XlsxRow([Text(n)])));
            }

            uint sheetId = 1;
            AddSheet(workbookPart, sheets, sheetId++, "About", about);
            foreach ((string name, _, ViewTable table) in tables)
            {
                var rows = new List<XlsxRow> { new(table.Columns.Select(c => Text(Header(c), HeaderStyle)).ToArray()) };
                foreach (ViewCell[] row in table.Rows)
                {
                    rows.Add(new(row.Select((cell, c) => Value(table.Columns[c], cell)).ToArray()));
                }

                AddSheet(workbookPart, sheets, sheetId++, name, rows);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The column's title with the unit its numbers are in: "Balance (万元)", "Rate (%)".</summary>
    internal static string Header(Column column) => WideCsvWriter.Unit(column) is { } unit ? column.Title + " (" + unit + ")" : column.Title;

    /// <summary>A sheet name from a table id: Excel's forbidden characters replaced, at most 31 characters, unique.</summary>
    internal static string UniqueSheetName(string id, HashSet<string> taken)
    {
        string baseName = new(id.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c).ToArray());
        if (baseName.Length == 0)
        {
            baseName = "table";
        }

        string name = baseName.Length > MaxSheetName ? baseName[..MaxSheetName] : baseName;
        for (int n = 2; !taken.Add(name); n++)
        {
            string suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            name = (baseName.Length + suffix.Length > MaxSheetName ? baseName[..(MaxSheetName - suffix.Length)] : baseName) + suffix;
        }

        return name;
    }

    private sealed record XlsxRow(XlsxCell[] Cells);

    private static XlsxCell Value(Column column, ViewCell cell)
    {
        if (cell.Number is null)
        {
            return Text(cell.Text);
        }

        var number = new XlsxCell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(WideCsvWriter.Value(column, cell)),
        };
        if (cell.Kind == CellKind.Money)
        {
            number.StyleIndex = MoneyStyle;
        }

        return number;
    }

    private static XlsxCell Text(string text, uint style = 0)
    {
        var value = new DocumentFormat.OpenXml.Spreadsheet.Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            value.Space = SpaceProcessingModeValues.Preserve;
        }

        var cell = new XlsxCell { DataType = CellValues.InlineString, InlineString = new InlineString(value) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, List<XlsxRow> rows)
    {
        WorksheetPart part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Cells.Length; c++)
            {
                XlsxCell cell = rows[r].Cells[c];
                cell.CellReference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Default font and a bold one; the two fills Excel requires; one empty border; formats: default, bold, #,##0.00.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true })
        { Count = 3 });
}
