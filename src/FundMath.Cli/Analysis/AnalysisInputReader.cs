using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FundMath.Analysis;
using FundMath.Cli.Input;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Yaml;

namespace FundMath.Cli.Analysis;

/// <summary>
/// Reads what <c>analyze</c> needs: a published-report document (FundMath.Reconciliation's format, JSON or YAML),
/// the built-in Zhuzhou 2021 sample, or a region table (CSV, or the sheets of an .xlsx workbook).
/// </summary>
internal static class AnalysisInputReader
{
    public const string SampleName = "built-in sample: Zhuzhou 2021 annual fund report (SampleReports.Zhuzhou2021)";

    /// <summary>Loads a published-report document (.json/.yaml/.yml) with a clear error when the file is missing.</summary>
    public static ReportDocument LoadReport(string path)
    {
        DataNodeAmounts.EnsureFile(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".csv" or ".xlsx")
        {
            throw new InputException($"a{(extension == ".csv" ? " CSV" : "n xlsx")} region table has no printed figures to reconcile; give a report document (.json, .yaml, .yml).", path);
        }

        try
        {
            return PublishedReportFiles.Load(path);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
    }

    /// <summary>The input of analyze for FILE (a report document or a CSV region table), or the sample when null.</summary>
    public static (AnalysisInput Input, ReportDocument? Report) Load(string? path)
    {
        if (path is null)
        {
            ReportDocument sample = SampleReports.Zhuzhou2021;
            return (FromReport(sample), sample);
        }

        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return (FromCsv(path), null);
        }

        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return (FromXlsx(path), null);
        }

        ReportDocument report = LoadReport(path);
        return (FromReport(report), report);
    }

    /// <summary>Budget line names as reports and inputs spell them: the Chinese headings or English ids.</summary>
    internal static bool TryParseLine(string text, out BudgetLine line)
    {
        switch (text.Trim())
        {
            case "income" or "本年收入" or "收入":
                line = BudgetLine.TotalIncome;
                return true;
            case "premiumIncome" or "保险费收入" or "征缴收入":
                line = BudgetLine.PremiumIncome;
                return true;
            case "expenditure" or "本年支出" or "支出":
                line = BudgetLine.TotalExpenditure;
                return true;
            case "benefitExpenditure" or "保险待遇支出" or "待遇支出":
                line = BudgetLine.BenefitExpenditure;
                return true;
            default:
                line = default;
                return false;
        }
    }

    /// <summary>The figures of a published report, as exact amounts for the analysis (printed values taken at face value).</summary>
    public static AnalysisInput FromReport(ReportDocument report)
    {
        ReportingPeriod? period = report.Year is { } year ? ReportingPeriod.OfYear(year) : null;

        var statements = new List<StatementInput>();
        foreach (StatementTable table in report.Statements)
        {
            foreach (FundStatementFigures fund in table.Funds)
            {
                if (fund.Income is { } income && fund.Expenditure is { } expenditure)
                {
                    statements.Add(new StatementInput(table.Title, UnitOf(income), fund.Fund, income.ToMoney(), expenditure.ToMoney(), fund.AccumulatedBalance?.ToMoney()));
                }
            }
        }

        var budgets = new List<BudgetLineInput>();
        if (period is not null)
        {
            foreach (BudgetExecutionFigures row in report.Budgets.SelectMany(t => t.Rows))
            {
                if (TryParseLine(row.Line, out BudgetLine line))
                {
                    budgets.Add(new BudgetLineInput(row.Fund, line, row.Budget.ToMoney(), row.Executed.ToMoney()));
                }
            }
        }

        var cover = new List<CoverInput>();
        if (period is not null)
        {
            foreach (MonthsOfCoverFigures figures in report.MonthsOfCover)
            {
                Money prepayments = Money.Zero;
                Money payables = Money.Zero;
                foreach (PrintedFigure deduction in figures.Deductions)
                {
                    if ((deduction.Location.Column ?? string.Empty).Contains("预缴", StringComparison.Ordinal))
                    {
                        prepayments += deduction.ToMoney();
                    }
                    else
                    {
                        payables += deduction.ToMoney();
                    }
                }

                cover.Add(new CoverInput(figures.Fund, "全市", figures.Balance.ToMoney(), prepayments, payables, figures.MonthlyExpenditure.ToMoney()));
            }
        }

        var regions = new List<RegionInput>();
        foreach (RegionTable table in report.Regions)
        {
            foreach (IGrouping<string, int> fund in Enumerable.Range(0, table.Columns.Count).GroupBy(i => FundOf(table.Columns[i].Name)))
            {
                int balance = fund.FirstOrDefault(i => table.Columns[i].Name.EndsWith("期末累计结余", StringComparison.Ordinal), -1);
                int actual = fund.FirstOrDefault(i => table.Columns[i].Name.Contains("实际结余", StringComparison.Ordinal), -1);
                int months = fund.FirstOrDefault(i => table.Columns[i].Name.Contains("可支付月数", StringComparison.Ordinal), -1);
                int monthly = fund.FirstOrDefault(i => table.Columns[i].Name.Contains("月平均", StringComparison.Ordinal), -1);
                if (balance < 0 || actual < 0 || (months < 0 && monthly < 0))
                {
                    continue;
                }

                foreach (RegionRow row in table.Rows)
                {
                    if (row.Values[balance] is not { } b || row.Values[actual] is not { } a)
                    {
                        continue;
                    }

                    regions.Add(new RegionInput(
                        fund.Key,
                        row.Region.Trim(),
                        b.ToMoney(),
                        a.ToMoney(),
                        monthly >= 0 ? row.Values[monthly]?.ToMoney() : null,
                        months >= 0 && row.Values[months] is { } m ? (long)m.Printed : null));
                }
            }
        }

        var deficits = new List<DeficitYearInput>();
        foreach (DeficitScanRow row in report.DeficitScans.SelectMany(t => t.Rows))
        {
            string digits = new(row.Year.Where(char.IsAsciiDigit).ToArray());
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int scanYear) && row.DeficitAmount is { } deficit && row.SurplusAmount is { } surplus)
            {
                deficits.Add(new DeficitYearInput(scanYear, (int)row.Regions.Printed, (int)row.DeficitRegions.Printed, deficit.ToMoney(), surplus.ToMoney()));
            }
        }

        return new AnalysisInput(report.Title, period, statements, budgets, cover, regions, deficits);
    }

    private static string FundOf(string columnName)
    {
        int space = columnName.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? columnName[..space] : string.Empty;
    }

    private static MoneyUnit UnitOf(PrintedFigure figure) => figure.Unit switch
    {
        FigureUnit.Yi => MoneyUnit.Yi,
        FigureUnit.Wan => MoneyUnit.Wan,
        _ => MoneyUnit.Yuan,
    };

    /// <summary>A CSV region table: see <see cref="FromTables"/>.</summary>
    public static AnalysisInput FromCsv(string path) => FromTables([CsvTableReader.Read(path)], Path.GetFileName(path), path);

    /// <summary>A workbook's region tables: every sheet whose header has the region columns (see <see cref="FromTables"/>).</summary>
    public static AnalysisInput FromXlsx(string path)
    {
        IReadOnlyList<TabularTable> sheets = XlsxTableReader.Read(path);
        List<TabularTable> regionSheets = sheets.Where(t => RegionColumns.Find(t.Header, "fund") >= 0 && RegionColumns.Find(t.Header, "region") >= 0).ToList();
        if (regionSheets.Count == 0)
        {
            throw new InputException("no sheet has a region table: expected a header row with fund, region, balance, actualBalance[, monthlyExpenditure][, printedMonths] (or 基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数).", path);
        }

        return FromTables(regionSheets, Path.GetFileName(path), path);
    }

    /// <summary>
    /// Region tables with a header row: fund, region, balance, actualBalance[, monthlyExpenditure][, printedMonths] —
    /// by these ids, their English titles or their Chinese names (基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数),
    /// each amount column optionally with its unit in the header ("balance (万元)", "期末累计结余（亿元）"). Amounts are
    /// in the header's unit, 万元 when it has none, unless the cell carries its own ("3.86亿元"). The tool's own
    /// wide CSV and xlsx read back: with a <c>table</c> column only the rows of its region tables (regions-…) are
    /// read, and a 合计 row is checked against the sum of its fund's rows instead of being read as a region.
    /// </summary>
    public static AnalysisInput FromTables(IReadOnlyList<TabularTable> tables, string title, string file)
    {
        var regions = new List<RegionInput>();
        foreach (TabularTable table in tables)
        {
            regions.AddRange(RegionColumns.Read(table));
        }

        if (regions.Count == 0)
        {
            throw new InputException("the region table has a header but no rows.", file, tables.Count > 0 ? tables[0].HeaderLine + 1 : 1, 1);
        }

        return new AnalysisInput(title, null, [], [], [], regions, []);
    }

    /// <summary>An amount of a table cell: a plain number in <paramref name="unit"/>, or text with its own unit ("3.86亿元").</summary>
    internal static Money CsvAmount(string file, int line, int column, string field, MoneyUnit unit = MoneyUnit.Wan)
    {
        string text = field.Trim();
        try
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal plain))
            {
                return Money.From(plain, unit);
            }

            return Money.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new InputException($"'{text}' is not an amount of money ({e.Message}).", file, line, column);
        }
    }
}
