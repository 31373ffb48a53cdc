using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Analysis;
using FundMath.Cli.Input;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Yaml;

namespace FundMath.Cli.Analysis;

/// <summary>
/// Reads what <c>analyze</c> needs: a published-report document (FundMath.Reconciliation's format, JSON or YAML),
/// the built-in Zhuzhou 2021 sample, or a CSV region table.
/// </summary>
internal static class AnalysisInputReader
{
    public const string SampleName = "built-in sample: Zhuzhou 2021 annual fund report (SampleReports.Zhuzhou2021)";

    /// <summary>Loads a published-report document (.json/.yaml/.yml) with a clear error when the file is missing.</summary>
    public static ReportDocument LoadReport(string path)
    {
        DataNodeAmounts.EnsureFile(path);
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException("a CSV region table has no printed figures to reconcile; give a report document (.json, .yaml, .yml).", path);
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

                cover.Add(new CoverInput(figures.Fund, "全市", figures.Balance.ToMoney(), prepayments, payables, NonNegative(figures.MonthlyExpenditure, "monthlyExpenditure")));
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
                        monthly >= 0 && row.Values[monthly] is { } me ? NonNegative(me, table.Columns[monthly].Name) : null,
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
                if (row.DeficitRegions.Printed < 0 || row.DeficitRegions.Printed > row.Regions.Printed)
                {
                    throw new InputException($"{row.DeficitRegions.Location.Source}: deficitRegions {row.DeficitRegions.Text} is not between 0 and regions {row.Regions.Text}: a count of regions in deficit cannot exceed the regions scanned.");
                }

                deficits.Add(new DeficitYearInput(scanYear, (int)row.Regions.Printed, (int)row.DeficitRegions.Printed, deficit.ToMoney(), surplus.ToMoney()));
            }
        }

        return new AnalysisInput(report.Title, period, statements, budgets, cover, regions, deficits);
    }

    /// <summary>A monthly expenditure must be 0 or more: a negative one is a sign error in the input, not "no expenditure".</summary>
    private static Money NonNegative(PrintedFigure figure, string what)
    {
        Money amount = figure.ToMoney();
        return amount.IsNegative
            ? throw new InputException($"{figure.Location.Source}: {what} {figure.Text} is negative; a monthly expenditure is 0 or more.")
            : amount;
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

    /// <summary>
    /// A CSV region table with a header row: fund,region,balance,actualBalance[,monthlyExpenditure][,printedMonths].
    /// Amounts are 万元 unless they carry a unit ("3.86亿元").
    /// </summary>
    public static AnalysisInput FromCsv(string path)
    {
        string text = DataNodeAmounts.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        var regions = new List<RegionInput>();
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new InputException("the CSV file is empty; expected a header row fund,region,balance,actualBalance,monthlyExpenditure,printedMonths.", path, 1, 1);
            }

            string[] header = csv.HeaderRecord ?? [];
            foreach (string required in (string[])["fund", "region", "balance", "actualBalance"])
            {
                if (Array.IndexOf(header, required) < 0)
                {
                    throw new InputException($"the header has no '{required}' column; expected fund,region,balance,actualBalance[,monthlyExpenditure][,printedMonths].", path, 1, 1);
                }
            }

            string[] allowed = ["fund", "region", "balance", "actualBalance", "monthlyExpenditure", "printedMonths"];
            for (int c = 0; c < header.Length; c++)
            {
                if (Array.IndexOf(allowed, header[c]) < 0)
                {
                    throw new InputException($"unknown column '{header[c]}' (allowed: {string.Join(", ", allowed)}).", path, 1, c + 1);
                }
            }

            bool hasMonthly = Array.IndexOf(header, "monthlyExpenditure") >= 0;
            bool hasPrinted = Array.IndexOf(header, "printedMonths") >= 0;
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                Money Amount(string column) => CsvAmount(path, line, Array.IndexOf(header, column) + 1, csv.GetField(column) ?? string.Empty);

                string? monthly = hasMonthly ? csv.GetField("monthlyExpenditure") : null;
                string? printed = hasPrinted ? csv.GetField("printedMonths") : null;
                long? printedMonths = null;
                if (!string.IsNullOrEmpty(printed))
                {
                    printedMonths = long.TryParse(printed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long p)
                        ? p
                        : throw new InputException($"printedMonths '{printed}' is not a whole number.", path, line, Array.IndexOf(header, "printedMonths") + 1);
                }

                var row = new RegionInput(
                    csv.GetField("fund") ?? string.Empty,
                    csv.GetField("region") ?? string.Empty,
                    Amount("balance"),
                    Amount("actualBalance"),
                    string.IsNullOrEmpty(monthly) ? null : Amount("monthlyExpenditure"),
                    printedMonths);
                if (row.MonthlyExpenditure is { IsNegative: true } negative)
                {
                    throw new InputException($"monthlyExpenditure {negative} is negative; a monthly expenditure is 0 or more.", path, line, Array.IndexOf(header, "monthlyExpenditure") + 1);
                }

                if (row.MonthlyExpenditure is null && row.PrintedMonths is null)
                {
                    throw new InputException($"region '{row.Region}' needs monthlyExpenditure (to compute months of cover) or printedMonths.", path, line, 1);
                }

                regions.Add(row);
            }
        }
        catch (CsvHelperException e)
        {
            int line = e.Context?.Parser?.RawRow ?? 0;
            string message = e.Message;
            int end = message.IndexOf('\n', StringComparison.Ordinal);
            throw new InputException("malformed CSV: " + (end > 0 ? message[..end] : message).Trim(), path, line, 0, e);
        }

        if (regions.Count == 0)
        {
            throw new InputException("the CSV file has a header but no rows.", path, 2, 1);
        }

        return new AnalysisInput(Path.GetFileName(path), null, [], [], [], regions, []);
    }

    private static Money CsvAmount(string file, int line, int column, string field)
    {
        string text = field.Trim();
        try
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal plain))
            {
                return Money.From(plain, MoneyUnit.Wan);
            }

            return Money.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new InputException($"'{text}' is not an amount of money ({e.Message}).", file, line, column);
        }
    }
}
