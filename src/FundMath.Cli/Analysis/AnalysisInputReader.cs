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

    /// <summary>FILE may name a built-in sample: "sample:national-2023" (see <see cref="SampleReports.Names"/>).</summary>
    public const string SamplePrefix = "sample:";

    /// <summary>Loads a published-report document (.json/.yaml/.yml) with a clear error when the file is missing.</summary>
    public static ReportDocument LoadReport(string path)
    {
        if (path.StartsWith(SamplePrefix, StringComparison.Ordinal))
        {
            string name = path[SamplePrefix.Length..];
            return SampleReports.TryGet(name, out ReportDocument? sample)
                ? sample!
                : throw new InputException($"there is no built-in sample '{name}'; the samples are {string.Join(", ", SampleReports.Names.Select(n => SamplePrefix + n))}.", path);
        }

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

        if (path.StartsWith(SamplePrefix, StringComparison.Ordinal))
        {
            ReportDocument named = LoadReport(path);
            return (FromReport(named), named);
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

    /// <summary>
    /// The figures of a published report, as exact amounts for the analysis (printed values taken at face value).
    /// Whatever cannot be used becomes a warning naming its file:line:col and location; nothing is dropped in silence.
    /// </summary>
    public static AnalysisInput FromReport(ReportDocument report)
    {
        ReportingPeriod? period = report.Period;
        var warnings = new List<string>();
        var chinese = new Dictionary<string, string>(StringComparer.Ordinal);
        void Warn(PrintedFigure? at, string message, string zh)
        {
            string? where = at?.Location.Source is { } source ? $"{source}: {at.Location}" : null;
            warnings.Add(where is null ? message : where + ": " + message);
            chinese[warnings[^1]] = where is null ? zh : where + "：" + zh;
        }

        if (period is null && (report.Budgets.Count > 0 || report.MonthsOfCover.Count > 0))
        {
            Warn(null, "the report has no period (write period: 2021Q1, or year: 2021), so its budget execution and months of cover are not judged; check-report still checks their figures.",
                "报告没有报告期（写 period: 2021Q1 或 year: 2021），因此不评价预算执行和可支付月数；`fundmath check-report` 仍核对这些数字。");
        }

        var statements = new List<StatementInput>();
        foreach (StatementTable table in report.Statements)
        {
            foreach (FundStatementFigures fund in table.Funds)
            {
                if (fund.Income is { } income && fund.Expenditure is { } expenditure)
                {
                    statements.Add(new StatementInput(table.Title, UnitOf(income), fund.Fund, income.ToMoney(), expenditure.ToMoney(), fund.AccumulatedBalance?.ToMoney()));
                }
                else if ((fund.Income ?? fund.Expenditure ?? fund.AccumulatedBalance) is not null)
                {
                    Warn(fund.Income ?? fund.Expenditure ?? fund.AccumulatedBalance, $"{fund.Fund} has no {(fund.Income is null ? "income" : "expenditure")}, so the statement row is not analysed (its figures are still checked).",
                        $"{fund.Fund} 没有{(fund.Income is null ? "收入" : "支出")}，因此该收支行不作分析（其数字仍核对）。");
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
                    budgets.Add(new BudgetLineInput(row.Fund, line, row.Budget.ToMoney(), row.Executed.ToMoney()) { Unit = row.Budget.Unit, Decimals = row.Budget.Precision.Scale });
                }
                else
                {
                    Warn(row.Rate, $"budget line '{row.Line}' of {row.Fund} is not one analyze judges (本年收入, 保险费收入, 本年支出, 保险待遇支出 or income, premiumIncome, expenditure, benefitExpenditure); its rate is still checked.",
                        $"{row.Fund} 的预算项目 '{row.Line}' 不是 `fundmath analyze` 评价的项目（本年收入、保险费收入、本年支出、保险待遇支出，或 `income`、`premiumIncome`、`expenditure`、`benefitExpenditure`）；其执行率仍核对。");
                }
            }
        }

        var cover = new List<CoverInput>();
        if (period is { } coverPeriod)
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

                if (figures.Deductions.Count == 0 && figures.DeductionsTotal is { } lumped)
                {
                    payables = lumped.ToMoney();
                }

                MonthlyExpenditure monthly;
                bool derived = false;
                if (figures.MonthlyExpenditure is { } printed)
                {
                    monthly = MonthlyExpenditure.PerMonth(NonNegative(printed, "monthlyExpenditure"));
                }
                else if (figures.Expenditure is { } periodExpenditure)
                {
                    monthly = MonthlyExpenditure.OfPeriod(periodExpenditure.ToMoney(), coverPeriod);
                    derived = true;
                }
                else
                {
                    monthly = MonthlyExpenditure.OverMonths(figures.AnnualExpenditure!.ToMoney(), 12);
                    derived = true;
                }

                cover.Add(new CoverInput(figures.Fund, figures.Region ?? "—", figures.Balance.ToMoney(), prepayments, payables, monthly, MoneyUnitOf(figures.Balance), figures.Balance.Precision.Scale) { MonthlyDerived = derived });
            }
        }

        var regions = new List<RegionInput>();
        foreach (RegionTable table in report.Regions)
        {
            AddRegions(table, period, regions, Warn);
        }

        var deficits = new List<DeficitYearInput>();
        foreach (DeficitScanRow row in report.DeficitScans.SelectMany(t => t.Rows))
        {
            string digits = new(row.Year.Where(char.IsAsciiDigit).ToArray());
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int scanYear) && row.DeficitAmount is { } deficit && row.SurplusAmount is { } surplus)
            {
                // The report reader has refused a count below 0 or above the regions scanned, where it is printed.
                deficits.Add(new DeficitYearInput(scanYear, (int)row.Regions.Printed, (int)row.DeficitRegions.Printed, deficit.ToMoney(), surplus.ToMoney()));
            }
            else
            {
                Warn(row.Regions, $"deficit-scan row '{row.Year}' needs a year in digits and both deficitAmount and surplusAmount to be analysed; its counts are still checked.",
                    $"赤字统计行 '{row.Year}' 需要数字年份以及 deficitAmount 和 surplusAmount 才能分析；其计数仍核对。");
            }
        }

        return new AnalysisInput(report.Title, period, statements, budgets, cover, regions, deficits) { Warnings = warnings, ChineseWarnings = chinese };
    }

    /// <summary>A monthly expenditure must be 0 or more: a negative one is a sign error in the input, not "no expenditure".</summary>
    private static Money NonNegative(PrintedFigure figure, string what)
    {
        Money amount = figure.ToMoney();
        return amount.IsNegative
            ? throw new InputException($"{figure.Location.Source}: {what} {figure.Text} is negative; a monthly expenditure is 0 or more.")
            : amount;
    }

    private static void AddRegions(RegionTable table, ReportingPeriod? period, List<RegionInput> regions, Action<PrintedFigure?, string, string> warn)
    {
        var used = new HashSet<int>();
        foreach (IGrouping<string, int> fund in Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].Role is not null).GroupBy(i => table.Columns[i].Fund ?? string.Empty))
        {
            int Col(RegionColumnRole role) => fund.FirstOrDefault(i => table.Columns[i].Role == role, -1);
            int balance = Col(RegionColumnRole.Balance), actual = Col(RegionColumnRole.ActualBalance), months = Col(RegionColumnRole.Months);
            int monthly = Col(RegionColumnRole.MonthlyExpenditure), expenditure = Col(RegionColumnRole.Expenditure);
            int prepayments = Col(RegionColumnRole.Prepayments), payables = Col(RegionColumnRole.Payables);
            int[] kinds = [Col(RegionColumnRole.SettledUnpaid), Col(RegionColumnRole.Unsettled), Col(RegionColumnRole.WithheldReserve), Col(RegionColumnRole.OtherUnpaid)];
            bool hasDeductions = prepayments >= 0 || payables >= 0 || kinds.Any(k => k >= 0);
            if (balance < 0 || (actual < 0 && !hasDeductions) || (months < 0 && monthly < 0 && (expenditure < 0 || period is null)))
            {
                continue;
            }

            used.UnionWith(fund);
            IEnumerable<(RegionRow Row, bool Total)> rows = table.Total is { } total ? [.. table.Rows.Select(r => (r, false)), (total, true)] : table.Rows.Select(r => (r, false));
            foreach ((RegionRow row, bool isTotal) in rows)
            {
                PrintedFigure? Cell(int i) => i >= 0 && i < row.Values.Count ? row.Values[i] : null;
                if (fund.All(i => Cell(i) is null))
                {
                    continue; // a row with every cell of this fund blank: the region does not run this fund
                }

                if (Cell(balance) is not { } b)
                {
                    warn(row.Values.FirstOrDefault(v => v is not null), $"region '{row.Region}' ({fund.Key}) has no book balance, so it is not analysed.",
                        $"地区 '{row.Region}'（{fund.Key}）没有账面结余，因此不作分析。");
                    continue;
                }

                Money Amount(int i) => Cell(i)?.ToMoney() ?? Money.Zero;
                Money pre = Amount(prepayments);
                BalanceDeductions deductions;
                bool deductionsDerived = false;
                if (kinds.Any(k => k >= 0))
                {
                    deductions = new BalanceDeductions(pre, Amount(kinds[0]), Amount(kinds[1]), Amount(kinds[2]), Amount(kinds[3]));
                    if (payables >= 0 && Cell(payables) is { } subtotal && deductions.Payables != subtotal.ToMoney())
                    {
                        // The printed subtotal is what the printed actual balance was computed from; a mismatch is a finding.
                        deductions = BalanceDeductions.Lumped(pre, subtotal.ToMoney());
                    }
                }
                else if (payables >= 0 || prepayments >= 0)
                {
                    deductions = BalanceDeductions.Lumped(pre, Amount(payables));
                }
                else
                {
                    deductions = BalanceDeductions.Lumped(Money.Zero, b.ToMoney() - (Cell(actual)?.ToMoney() ?? b.ToMoney()));
                    deductionsDerived = true;
                }

                MonthlyExpenditure? perMonth = Cell(monthly) is { } m ? MonthlyExpenditure.PerMonth(NonNegative(m, table.Columns[monthly].Name))
                    : Cell(expenditure) is { } e && period is { } p ? MonthlyExpenditure.OfPeriod(e.ToMoney(), p) : null;
                if (perMonth is null && Cell(months) is null)
                {
                    warn(b, $"region '{row.Region}' ({fund.Key}) has neither a monthly expenditure nor printed months, so its months of cover are not analysed.",
                        $"地区 '{row.Region}'（{fund.Key}）既没有月平均支出，也没有印出可支付月数，因此不分析其可支付月数。");
                    continue;
                }

                Money actualBalance = Cell(actual)?.ToMoney() ?? (b.ToMoney() - deductions.Total);
                regions.Add(new RegionInput(fund.Key, row.Region.Trim(), b.ToMoney(), deductions, actualBalance, perMonth,
                    Cell(months) is { } pm ? (long)decimal.Round(pm.Printed, 0, MidpointRounding.AwayFromZero) : null)
                {
                    BalanceFigure = b,
                    PrepaymentsFigure = Cell(prepayments),
                    PayablesFigure = Cell(payables),
                    ActualFigure = Cell(actual),
                    MonthlyFigure = Cell(monthly),
                    MonthsFigure = Cell(months),
                    ActualDerived = Cell(actual) is null,
                    DeductionsDerived = deductionsDerived,
                    IsPrintedTotal = isTotal,
                });
            }
        }

        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (!used.Contains(i))
            {
                int column = i;
                warn(table.Rows.Select(r => column < r.Values.Count ? r.Values[column] : null).FirstOrDefault(v => v is not null),
                    $"column '{table.Columns[i].Name}' of '{table.Title}' is not used by the regions view ({(table.Columns[i].Role is null ? "no role: give it role: balance, actualBalance, months, …" : "its fund lacks a balance, an actual balance or deductions, or months / monthly expenditure")}); its total is still checked.",
                    $"'{table.Title}' 的列 '{table.Columns[i].Name}' 未被地区视图使用（{(table.Columns[i].Role is null ? "没有 role：请写 role: balance、actualBalance、months 等" : "其基金缺少结余、实际结余或扣除项，或缺少月数 / 月平均支出")}）；其合计仍核对。");
            }
        }
    }

    private static FigureUnit MoneyUnitOf(PrintedFigure figure) => figure.Unit switch
    {
        FigureUnit.Yi or FigureUnit.YiPerMonth => FigureUnit.Yi,
        FigureUnit.Wan or FigureUnit.WanPerMonth => FigureUnit.Wan,
        _ => FigureUnit.Yuan,
    };

    /// <summary>The money unit a figure is printed in (亿元, 万元 or 元; per-month forms map to their amount unit).</summary>
    internal static MoneyUnit UnitOf(PrintedFigure figure) => MoneyUnitOf(figure) switch
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

    /// <summary>
    /// An amount of a table cell: a plain number in <paramref name="unit"/>, or text with its own unit ("3.86亿元"). The
    /// library's strict scanner, so "1,46" and "1,2,3" are errors with their cell, not 146 and 123.
    /// </summary>
    internal static Money CsvAmount(string file, int line, int column, string field, MoneyUnit unit = MoneyUnit.Wan)
    {
        ReadOnlySpan<char> text = field.AsSpan().Trim();
        if (Money.TryParse(text, unit, out Money amount))
        {
            return amount;
        }

        string message;
        try
        {
            _ = Money.Parse(text, unit);
            message = "is not an amount of money";
        }
        catch (FormatException e)
        {
            message = e.Message;
        }

        throw new InputException($"'{text.ToString()}' is not an amount of money (a number in {unit.Suffix()} or text with its unit): {message}", file, line, column);
    }
}
