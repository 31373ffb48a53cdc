#:package FundMath@0.1.0
#:package CsvHelper@33.0.1
#:package DocumentFormat.OpenXml@3.3.0
#:property PublishAot=false
// Load a region table (CSV or .xlsx: fund, region, balance, actualBalance, monthlyExpenditure, in 万元) into the batch
// API (MonthsOfCover.ComputeBatch: one call for all rows, no per-row allocation), and write one result row per
// region as CSV (CsvHelper) to an output folder. Run:
//   dotnet run docs/examples/region-table.cs [OUT-FOLDER] [TABLE.csv|TABLE.xlsx]
// Without OUT-FOLDER it uses a new temporary folder (as every example here does); without TABLE it writes a small
// illustrative table (made-up figures) into the folder first and reads that. Standard output lists the results, not
// the paths.
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FundMath;
using FundMath.Analysis;

string outFolder = args.Length > 0 ? args[0] : Directory.CreateTempSubdirectory("fundmath-regions-").FullName;
Directory.CreateDirectory(outFolder);
string table = args.Length > 1 ? args[1] : Path.Combine(outFolder, "regions.csv");
if (args.Length < 2)
{
    File.WriteAllText(table, """
        fund,region,balance,actualBalance,monthlyExpenditure
        居民医保,甲县,"33,520.85",3881.49,3552.86
        居民医保,乙县,19227.18,10427.18,1250.00
        居民医保,市本级,88821.60,88821.60,3552.86
        职工医保,甲县,5219.06,3419.06,0
        """);
}

List<string[]> rows = table.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(table) : ReadCsv(table);
string[] header = rows[0];
int Column(string name) => Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidDataException($"{table}: no '{name}' column");
int fund = Column("fund"), region = Column("region"), balance = Column("balance"), actual = Column("actualBalance"), monthly = Column("monthlyExpenditure");
string[][] data = rows.Skip(1).ToArray();

// Columns for the batch: amounts exact in 万元 (a value with digits below the fen throws).
Money Wan(string text, int line) =>
    decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value)
        ? Money.From(value, MoneyUnit.Wan)
        : throw new InvalidDataException($"{table}:{line}: '{text}' is not an amount in 万元");
var books = new Money[data.Length];
var deductions = new BalanceDeductions[data.Length];
var expenditure = new MonthlyExpenditure[data.Length];
for (int i = 0; i < data.Length; i++)
{
    books[i] = Wan(data[i][balance], i + 2);
    deductions[i] = BalanceDeductions.Lumped(Money.Zero, books[i] - Wan(data[i][actual], i + 2));
    expenditure[i] = MonthlyExpenditure.PerMonth(Wan(data[i][monthly], i + 2));
}

var results = new MonthsOfCover[data.Length];
MonthsOfCover.ComputeBatch(ReportingPeriod.OfYear(2021), books, deductions, expenditure, CoverBandPolicy.Default, results);

string output = Path.Combine(outFolder, "months-of-cover.csv");
using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(true)))
using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
{
    csv.WriteField("fund");
    csv.WriteField("region");
    csv.WriteField("actualBalance (万元)");
    csv.WriteField("months");
    csv.WriteField("outcome");
    csv.WriteField("band");
    csv.NextRecord();
    for (int i = 0; i < results.Length; i++)
    {
        MonthsOfCover r = results[i];
        string months = r.HasMonths ? r.Months.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : "";
        csv.WriteField(data[i][fund]);
        csv.WriteField(data[i][region]);
        csv.WriteField((r.ActualBalance.Fen / 1_000_000m).ToString(CultureInfo.InvariantCulture)); // exact 万元
        csv.WriteField(months);
        csv.WriteField(r.Outcome.ToString());
        csv.WriteField(r.Band.ToString());
        csv.NextRecord();
        Console.WriteLine($"{data[i][fund]} {data[i][region]}: {(r.HasMonths ? months + " months" : "no expenditure")}, {r.Band}");
    }
}

Console.WriteLine($"{results.Length} regions written to months-of-cover.csv (UTF-8 with BOM, for Excel)");

static List<string[]> ReadCsv(string path)
{
    using var reader = new CsvReader(new StreamReader(path), new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
    var rows = new List<string[]>();
    while (reader.Read())
    {
        rows.Add(reader.Parser.Record ?? []);
    }

    return rows;
}

static List<string[]> ReadXlsx(string path)
{
    // The first sheet; text from shared or inline strings, numbers as stored (round them as your workbook shows them).
    using SpreadsheetDocument document = SpreadsheetDocument.Open(path, false);
    WorkbookPart workbook = document.WorkbookPart!;
    string[] shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
    Sheet sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
    var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    return part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
        cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue?.Text ?? "").ToArray()).ToList();
}
