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
        int fund = Require(table, "fund"), region = Require(table, "region"), balance = Require(table, "balance"), actual = Require(table, "actualBalance");
        int monthly = Find(header, "monthlyExpenditure"), printed = Find(header, "printedMonths");
        int tableColumn = -1;
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals("table", StringComparison.Ordinal))
            {
                tableColumn = i;
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
            long? printedMonths = null;
            if (printedText.Length > 0)
            {
                printedMonths = long.TryParse(printedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long p)
                    ? p
                    : throw new InputException($"printedMonths '{printedText}' is not a whole number.", table.Source, row.Line, printed + 1);
            }

            Money balanceAmount = Amount(balance, balanceUnit), actualAmount = Amount(actual, actualUnit);
            var input = new RegionInput(
                row.Field(fund),
                regionName,
                balanceAmount,
                BalanceDeductions.Lumped(Money.Zero, balanceAmount - actualAmount),
                actualAmount,
                monthlyText.Length == 0 ? null : MonthlyExpenditure.PerMonth(Amount(monthly, monthlyUnit)),
                printedMonths) { DeductionsDerived = true };
            if (regionName is "合计" or "合计 Total")
            {
                totals.Add((row, input));
                continue;
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

    private static int Require(TabularTable table, string canonical)
    {
        int index = Find(table.Header, canonical);
        return index >= 0
            ? index
            : throw new InputException($"the header has no '{canonical}' column; expected {Expected} (or 基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数).", table.Source, table.HeaderLine, 1);
    }

    private static MoneyUnit Unit(TabularTable table, int column)
    {
        (_, string? unit) = Split(table.Header[column]);
        return unit switch
        {
            null or "万元" => MoneyUnit.Wan,
            "元" => MoneyUnit.Yuan,
            "亿元" => MoneyUnit.Yi,
            _ => throw new InputException($"'{table.Header[column]}': the unit '{unit}' is not a money unit; use 元, 万元 or 亿元.", table.Source, table.HeaderLine, column + 1),
        };
    }
}
