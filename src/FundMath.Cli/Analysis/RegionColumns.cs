using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Cli.Input;

namespace FundMath.Cli.Analysis;

/// <summary>
/// The columns of a region table (fund, region, balance, actualBalance, monthlyExpenditure, printedMonths) found in
/// a header by id, English title or Chinese name, with the money unit a header may carry ("balance (万元)",
/// "期末累计结余（亿元）"); and the rows of a <see cref="TabularTable"/> read as <see cref="RegionInput"/>s.
/// </summary>
internal static class RegionColumns
{
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.Ordinal)
    {
        ["fund"] = ["fund", "Fund", "基金", "险种"],
        ["region"] = ["region", "Region", "地区", "统筹区"],
        ["balance"] = ["balance", "Balance", "期末累计结余", "累计结余"],
        ["actualBalance"] = ["actualBalance", "Actual balance", "Actual", "实际结余"],
        ["monthlyExpenditure"] = ["monthlyExpenditure", "Per month", "月平均支出", "月平均基金支出"],
        ["printedMonths"] = ["printedMonths", "Printed months", "印刷月数", "可支付月数（印刷）"],
    };

    private const string Expected = "fund, region, balance, actualBalance[, monthlyExpenditure][, printedMonths]";

    /// <summary>The zero-based column of <paramref name="canonical"/> in <paramref name="header"/>, or −1.</summary>
    public static int Find(IReadOnlyList<string> header, string canonical)
    {
        string[] names = Names[canonical];
        for (int i = 0; i < header.Count; i++)
        {
            (string name, _) = Split(header[i]);
            if (names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A header's name and unit: "balance (万元)" → ("balance", "万元"); "期末累计结余（亿元）" → ("期末累计结余", "亿元").</summary>
    internal static (string Name, string? Unit) Split(string header)
    {
        string text = header.Trim().Replace('（', '(').Replace('）', ')');
        int open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')'))
        {
            return (text[..open].Trim(), text[(open + 1)..^1].Trim());
        }

        return (text, null);
    }

    public static IEnumerable<RegionInput> Read(TabularTable table)
    {
        IReadOnlyList<string> header = table.Header;
        int tableColumn = -1;
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals("table", StringComparison.Ordinal))
            {
                tableColumn = i;
            }
        }

        int fund = Require(table, "fund", tableColumn), region = Require(table, "region", tableColumn), balance = Require(table, "balance", tableColumn), actual = Require(table, "actualBalance", tableColumn);
        int monthly = FindFilled(table, "monthlyExpenditure", tableColumn), printed = FindFilled(table, "printedMonths", tableColumn);

        // An unknown (or misspelt) CSV column would otherwise be ignored silently. FundMath's own exports (a wide CSV,
        // marked by its "table" column, and workbooks) also carry derived columns (deductions, months, band, …),
        // which are recomputed, not read.
        bool strict = tableColumn < 0 && table.Source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count && strict; i++)
        {
            if (!Names.Keys.Any(k => Find([header[i]], k) == 0))
            {
                throw new InputException($"unknown column '{header[i]}' (allowed: {string.Join(", ", Names.Keys)}, or 基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数).", table.Source, table.HeaderLine, i + 1);
            }
        }

        MoneyUnit balanceUnit = Unit(table, balance), actualUnit = Unit(table, actual), monthlyUnit = monthly >= 0 ? Unit(table, monthly) : MoneyUnit.Wan;
        var rows = new List<RegionInput>();
        var totals = new List<(TabularRow Row, RegionInput Total)>();
        foreach (TabularRow row in table.Rows)
        {
            if (tableColumn >= 0 && !row.Field(tableColumn).StartsWith("regions-", StringComparison.Ordinal))
            {
                continue;
            }

            Money Amount(int column, MoneyUnit unit) => AnalysisInputReader.CsvAmount(table.Source, row.Line, column + 1, row.Field(column), unit);

            string regionName = row.Field(region);
            string monthlyText = monthly >= 0 ? row.Field(monthly) : string.Empty;
            string printedText = printed >= 0 ? row.Field(printed) : string.Empty;
            decimal? printedMonths = null;
            if (printedText.Length > 0)
            {
                // Months are printed with decimals ("15.68"), as FundMath's own wide CSV writes them.
                printedMonths = decimal.TryParse(printedText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal p)
                    ? p
                    : throw new InputException($"printedMonths '{printedText}' is not a number of months (write it as e.g. 15 or 15.68).", table.Source, row.Line, printed + 1);
            }

            Money balanceAmount = Amount(balance, balanceUnit), actualAmount = Amount(actual, actualUnit);
            var input = new RegionInput(
                row.Field(fund),
                regionName,
                balanceAmount,
                BalanceDeductions.Lumped(Money.Zero, balanceAmount - actualAmount),
                actualAmount,
                monthlyText.Length == 0 ? null : MonthlyExpenditure.PerMonth(Amount(monthly, monthlyUnit)),
                printedMonths)
            { DeductionsDerived = true };
            if (regionName is "合计" or "合计 Total")
            {
                totals.Add((row, input));
                continue;
            }

            if (input.MonthlyExpenditure is { Expenditure.IsNegative: true } negative)
            {
                throw new InputException($"monthlyExpenditure {negative.Expenditure} is negative; a monthly expenditure is 0 or more.", table.Source, row.Line, monthly + 1);
            }

            if (input.MonthlyExpenditure is null && input.PrintedMonths is null)
            {
                throw new InputException($"region '{input.Region}' needs monthlyExpenditure (to compute months of cover) or printedMonths.", table.Source, row.Line, 1);
            }

            rows.Add(input);
        }

        foreach ((TabularRow row, RegionInput total) in totals)
        {
            List<RegionInput> parts = rows.Where(r => r.Fund == total.Fund).ToList();
            Money sumBalance = parts.Aggregate(Money.Zero, (sum, r) => sum + r.Balance);
            Money sumActual = parts.Aggregate(Money.Zero, (sum, r) => sum + r.ActualBalance);
            if (sumBalance != total.Balance || sumActual != total.ActualBalance)
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"the 合计 row of '{total.Fund}' (balance {total.Balance:N2元}, actual {total.ActualBalance:N2元}) is not the sum of its {parts.Count} regions (balance {sumBalance:N2元}, actual {sumActual:N2元})."),
                    table.Source,
                    row.Line,
                    region + 1);
            }
        }

        return rows;
    }

    /// <summary>
    /// The column of <paramref name="canonical"/>. A wide CSV (one with a "table" column) can carry the same id
    /// twice in different units ("balance (亿元)" of the months-of-cover table, "balance (万元)" of the region
    /// table): the column filled on its regions rows is the region table's.
    /// </summary>
    private static int FindFilled(TabularTable table, string canonical, int tableColumn)
    {
        int first = Find(table.Header, canonical);
        if (tableColumn < 0 || first < 0)
        {
            return first;
        }

        string[] names = Names[canonical];
        for (int i = 0; i < table.Header.Count; i++)
        {
            if (names.Any(n => n.Equals(Split(table.Header[i]).Name, StringComparison.OrdinalIgnoreCase))
                && table.Rows.Any(r => r.Field(tableColumn).StartsWith("regions-", StringComparison.Ordinal) && r.Field(i).Length > 0))
            {
                return i;
            }
        }

        return first;
    }

    private static int Require(TabularTable table, string canonical, int tableColumn)
    {
        int index = FindFilled(table, canonical, tableColumn);
        return index >= 0
            ? index
            : throw new InputException($"the header has no '{canonical}' column; expected {Expected} (or 基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数).", table.Source, table.HeaderLine, 1);
    }

    private static MoneyUnit Unit(TabularTable table, int column)
    {
        (_, string? unit) = Split(table.Header[column]);
        return unit switch
        {
            // A monthly expenditure may say so: "月平均支出（万元/月）".
            null or "万元" or "万元/月" => MoneyUnit.Wan,
            "元" or "元/月" => MoneyUnit.Yuan,
            "亿元" or "亿元/月" => MoneyUnit.Yi,
            _ => throw new InputException($"'{table.Header[column]}': the unit '{unit}' is not a money unit; use 元, 万元 or 亿元.", table.Source, table.HeaderLine, column + 1),
        };
    }
}
