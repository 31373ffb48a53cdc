using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FundMath.Cli.Input;

namespace FundMath.Cli.Tests.Spreadsheets;

/// <summary>xlsx in and out, the wide CSV, and the round trips: what the tool writes, it reads back to the same analysis.</summary>
public sealed class SpreadsheetTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "fundmath-sheets-" + Guid.NewGuid().ToString("N"));

    public SpreadsheetTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Temp(string name) => Path.Combine(folder, name);

    /// <summary>The rows of the regions section of analyze's JSON (every region table), as raw JSON text.</summary>
    private static string RegionRows(string json)
    {
        JsonElement root = JsonDocument.Parse(json).RootElement;
        JsonElement regions = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "regions");
        return string.Join("\n", regions.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString() + " " + t.GetProperty("rows").GetRawText()));
    }

    private static string Analyze(string file) => CliRunner.Run("analyze", file, "--format", "json").Out;

    [Fact]
    public void Wide_csv_has_units_in_the_headers_and_exact_values_in_them()
    {
        var result = CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "wide-csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n');
        Assert.Equal("section,table,fund,region,balance (万元),prepayments (万元),payables (万元),actualBalance (万元),monthlyExpenditure (万元),months,printedMonths,band,flag,regions,below,within,above", lines[0]);

        // 茶陵: 33,520.85万 balance, 3,881.49万 actual, 3,552.86万 a month → 1.09 months (3881.49 / 3552.86 = 1.0925).
        Assert.Contains("regions,regions-resident,居民医保,茶陵,33520.85,,,3881.49,3552.86,1.09,,< 3,,,,,", lines);
    }

    [Fact]
    public void Wide_csv_reads_back_as_the_same_region_analysis()
    {
        string original = Analyze(CliRunner.DataFile("regions.csv"));
        string wide = Temp("regions-wide.csv");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "wide-csv", "--out", wide).ExitCode);
        Assert.Equal(RegionRows(original), RegionRows(Analyze(wide)));
    }

    /// <summary>The region rows of analyze's JSON as figures: numbers compared by value (33520.85 = 33520.850000), text as text.</summary>
    private static string[] RegionFigures(string json)
    {
        JsonElement root = JsonDocument.Parse(json).RootElement;
        JsonElement regions = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "regions");
        return regions.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r =>
            t.GetProperty("id").GetString() + ": " + string.Join(", ", r.EnumerateObject().Select(c => c.Name + "=" + c.Value.ValueKind switch
            {
                JsonValueKind.Number => (c.Value.GetDecimal() / 1.000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
                JsonValueKind.Null => "null",
                _ => c.Value.ToString(),
            })))).ToArray();
    }

    [Fact]
    public void The_sample_reports_wide_csv_reads_back_to_the_same_region_figures()
    {
        // The built-in 株洲市 report: its two region tables (printed in 万元, printed months as whole numbers), written
        // as one wide CSV whose header carries balance twice (亿元 for months of cover, 万元 for the region tables).
        string wide = Temp("sample-wide.csv");
        Assert.Equal(0, CliRunner.Run("analyze", "--format", "wide-csv", "--out", wide).ExitCode);
        var back = CliRunner.Run("analyze", wide, "--format", "json");
        Assert.True(back.ExitCode == 0, back.Error);
        string[] original = RegionFigures(CliRunner.Run("analyze", "--format", "json").Out);
        string[] read = RegionFigures(back.Out);
        Assert.Contains("regions-resident: fund=城乡居民医保基金, region=茶陵, balance=335208500, prepayments=null, payables=null, actualBalance=38814900, monthlyExpenditure=null, months=null, printedMonths=1, band=< 3, flag=null", read);
        // Every region row is the same. The 合计 row's balances are too; its months (7.88, 15.68) come from the
        // report's period expenditure, which a region table does not carry, so they are not in the read-back.
        static string TotalBalances(string row) => row[..row.IndexOf(", monthlyExpenditure=", StringComparison.Ordinal)];
        Assert.Equal(original.Where(r => !r.Contains("合计", StringComparison.Ordinal)), read.Where(r => !r.Contains("合计", StringComparison.Ordinal)));
        Assert.Equal(original.Where(r => r.Contains("合计", StringComparison.Ordinal)).Select(TotalBalances), read.Where(r => r.Contains("合计", StringComparison.Ordinal)).Select(TotalBalances));
    }

    [Fact]
    public void Printed_months_with_decimals_read_back_from_the_wide_csv()
    {
        // 株洲市 2021 职工医保统筹基金: balance 23.89亿, actual (23.89 − 3.66) = 20.23亿, 1.29亿 a month → printed 15.68 months.
        string input = Temp("months.csv");
        File.WriteAllText(input, "fund,region,balance (亿元),actualBalance (亿元),monthlyExpenditure (亿元),printedMonths\n职工医保统筹基金,全市,23.89,20.23,1.29,15.68\n职工医保统筹基金,只印月数,1.00,0.50,,4.5\n");
        string wide = Temp("months-wide.csv");
        var write = CliRunner.Run("analyze", input, "--format", "wide-csv", "--out", wide);
        Assert.True(write.ExitCode == 0, write.Error);
        Assert.Contains(",15.68,", File.ReadAllText(wide));

        var back = CliRunner.Run("analyze", wide, "--format", "json");
        Assert.True(back.ExitCode == 0, back.Error);
        string[] read = RegionFigures(back.Out);
        Assert.Equal(RegionFigures(Analyze(input)), read);
        Assert.Contains(read, r => r.Contains("region=全市", StringComparison.Ordinal) && r.Contains("printedMonths=15.68", StringComparison.Ordinal));
        Assert.Contains(read, r => r.Contains("region=只印月数", StringComparison.Ordinal) && r.Contains("printedMonths=4.5", StringComparison.Ordinal) && r.Contains("band=3–9", StringComparison.Ordinal));
    }

    [Fact]
    public void Bom_starts_the_csv_with_the_utf8_byte_order_mark_and_still_reads_back()
    {
        string path = Temp("bom.csv");
        Assert.Equal(0, CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "wide-csv", "--bom", "--out", path).ExitCode);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.NotEqual(0xEF, File.ReadAllBytes(Temp("bom.csv"))[3]);
        Assert.Equal(RegionRows(Analyze(CliRunner.DataFile("regions.csv"))), RegionRows(Analyze(path)));

        string plain = Temp("plain.csv");
        Assert.Equal(0, CliRunner.Run("analyze", "--format", "csv", "--out", plain).ExitCode);
        Assert.Equal((byte)'s', File.ReadAllBytes(plain)[0]);

        Assert.StartsWith("\uFEFFsection,table,row", CliRunner.Run("analyze", "--format", "csv", "--bom").Out);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Xlsx_output_reads_back_as_the_same_region_analysis(string lang)
    {
        string original = Analyze(CliRunner.DataFile("regions.csv"));
        string book = Temp("regions-" + lang + ".xlsx");
        var write = CliRunner.Run("analyze", CliRunner.DataFile("regions.csv"), "--format", "xlsx", "--lang", lang, "--out", book);
        Assert.Equal(0, write.ExitCode);
        Assert.Equal(string.Empty, write.Out);
        Assert.Equal(RegionRows(original), RegionRows(Analyze(book)));
    }

    [Fact]
    public void Xlsx_output_has_an_about_sheet_and_a_sheet_per_table_with_numbers_as_numbers()
    {
        string book = Temp("sample.xlsx");
        Assert.Equal(0, CliRunner.Run("analyze", "--format", "xlsx", "--out", book).ExitCode);
        IReadOnlyList<TabularTable> sheets = XlsxTableReader.Read(book);
        Assert.Equal(book + "[About]", sheets[0].Source);
        TabularTable execution = sheets.Single(s => s.Source.EndsWith("[budget-execution]", StringComparison.Ordinal));
        Assert.Equal(["Fund", "Line", "Budget (亿元)", "Executed (亿元)", "Rate (%)", "Deviation (pp)", "Outcome"], execution.Header);

        // 居民医保 本年收入: budget 26.36亿, executed 29.02亿 → 29.02/26.36 = 110.0910% (to 4 decimals), +10.0910pp, Over.
        Assert.Contains(execution.Rows, r => r.Fields.SequenceEqual(["居民医保", "本年收入 income", "26.36", "29.02", "110.091", "10.091", "Over"]));

        using SpreadsheetDocument document = SpreadsheetDocument.Open(book, false);
        WorkbookPart workbook = document.WorkbookPart!;
        Sheet sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "budget-execution");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        DocumentFormat.OpenXml.Spreadsheet.Cell budget = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "C2");
        Assert.Equal(CellValues.Number, budget.DataType!.Value);
    }

    [Fact]
    public void Xlsx_needs_an_output_file()
    {
        var result = CliRunner.Run("analyze", "--format", "xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }

    /// <summary>A workbook as Excel saves one: shared strings, numbers as Excel stores them, a blank cell.</summary>
    private string Workbook(string name, string sheetName, params string?[][] rows)
    {
        string path = Temp(name);
        using (SpreadsheetDocument document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var data = new SheetData();
            for (int r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (int c = 0; c < rows[r].Length; c++)
                {
                    string? value = rows[r][c];
                    if (value is null)
                    {
                        continue;
                    }

                    string reference = (char)('A' + c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (value.StartsWith('#'))
                    {
                        row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, CellValue = new CellValue(value[1..]) });
                    }
                    else
                    {
                        strings.Add(value);
                        row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                    }
                }

                data.Append(row);
            }

            SharedStringTablePart sharedPart = workbook.AddNewPart<SharedStringTablePart>();
            sharedPart.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s))));
            WorksheetPart sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return path;
    }

    [Fact]
    public void A_chinese_workbook_as_excel_saves_it_gives_the_csv_analysis()
    {
        // The same regions as Data/regions.csv, with Chinese headers, units in the headers and numbers as Excel
        // stores them (33520.85 is the double 33520.849999999999: read at Excel's 15 significant digits).
        string book = Workbook(
            "chinese.xlsx",
            "分布表",
            ["基金", "地区", "期末累计结余（万元）", "实际结余（万元）", "月平均支出（万元）"],
            ["居民医保", "茶陵", "#33520.849999999999", "#3881.49", "#3552.86"],
            ["居民医保", "市本级", "#88821.6", "#88821.6", "#3552.86"],
            ["居民医保", "攸县", "#19227.18", "#10427.18", "#5000"]);
        string csv = Temp("same.csv");
        File.WriteAllText(csv, "fund,region,balance,actualBalance,monthlyExpenditure\n居民医保,茶陵,33520.85,3881.49,3552.86\n居民医保,市本级,88821.60,88821.60,3552.86\n居民医保,攸县,19227.18,10427.18,5000\n");
        Assert.Equal(RegionRows(Analyze(csv)), RegionRows(Analyze(book)));
        Assert.Contains("| 茶陵 | 33,520.85 |  |  | 3,881.49 | 3,552.86 | 1.09 |  | < 3 |  |", CliRunner.Run("analyze", book, "--format", "markdown").Out);
    }

    [Fact]
    public void A_bad_amount_in_a_workbook_names_sheet_row_and_column()
    {
        string book = Workbook("bad.xlsx", "Sheet1", ["fund", "region", "balance", "actualBalance", "printedMonths"], ["居民医保", "茶陵", "#100", "#50", "#3"], ["居民医保", "攸县", "lots", "#50", "#3"]);
        var result = CliRunner.Run("analyze", book);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.xlsx[Sheet1]:3:3: 'lots' is not an amount of money", result.Error);
    }

    [Fact]
    public void A_workbook_without_a_region_sheet_is_an_input_error()
    {
        string book = Workbook("none.xlsx", "Sheet1", ["name", "value"], ["a", "#1"]);
        var result = CliRunner.Run("analyze", book);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no sheet has a region table", result.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_input_error()
    {
        string path = Temp("fake.xlsx");
        File.WriteAllText(path, "fund,region\n");
        var result = CliRunner.Run("analyze", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fake.xlsx: is not a readable Excel workbook", result.Error);
    }

    [Fact]
    public void A_total_row_must_be_the_sum_of_its_regions()
    {
        string csv = Temp("total.csv");
        File.WriteAllText(csv, "fund,region,balance (万元),actualBalance (万元),printedMonths\n居民医保,茶陵,100,50,3\n居民医保,攸县,200,50,3\n居民医保,合计,300,99,3\n");
        var result = CliRunner.Run("analyze", csv);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("total.csv:4:2: the 合计 row of '居民医保'", result.Error);
    }

    [Fact]
    public void A_header_unit_sets_the_unit_of_its_column()
    {
        // 3.88149亿元 = 38,814.90万元; 0.355286亿元 = 3,552.86万元 a month → 38,814.90 / 3,552.86 = 10.92497… → 10.92 months.
        string csv = Temp("yi.csv");
        File.WriteAllText(csv, "fund,region,balance (亿元),actualBalance (亿元),monthlyExpenditure (亿元)\n居民医保,茶陵,3.88149,3.88149,0.355286\n");
        var result = CliRunner.Run("analyze", csv, "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 茶陵 | 38,814.90 |  |  | 38,814.90 | 3,552.86 | 10.92 |  | > 9 |  |", result.Out);

        File.WriteAllText(csv, "fund,region,balance (%),actualBalance\n居民医保,茶陵,1,1\n");
        Assert.Contains("yi.csv:1:3: 'balance (%)': the unit '%' is not a money unit", CliRunner.Run("analyze", csv).Error);
    }

    [Theory]
    [InlineData("33520.849999999999", "33520.85")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("88821.6", "88821.6")]
    [InlineData("1E-3", "0.001")]
    [InlineData("-5000", "-5000")]
    [InlineData("123456789012345678", "123456789012346000")]
    public void Numbers_read_at_excels_fifteen_significant_digits(string stored, string read) =>
        Assert.Equal(read, XlsxTableReader.ExcelNumber(stored));
}
