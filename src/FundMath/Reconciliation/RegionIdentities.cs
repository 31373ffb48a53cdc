using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FundMath.Reconciliation;

/// <summary>
/// The per-row identities of a region table's typed columns — 分布表行内勾稽, for each fund's columns and on every
/// row including the total: 应付未付款小计 = Σ 各类; 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款;
/// 月平均支出 = 本期支出 / 本期月数; 可支付月数 = 实际结余 / 月平均支出; 账面可支付月数 = 期末累计结余 / 月平均支出.
/// </summary>
internal static class RegionIdentities
{
    private static readonly RegionColumnRole[] PayableKinds =
        [RegionColumnRole.SettledUnpaid, RegionColumnRole.Unsettled, RegionColumnRole.WithheldReserve, RegionColumnRole.OtherUnpaid];

    internal static void Check(ReportChecker.Run run, RegionTable table)
    {
        foreach (IGrouping<string, int> fund in Enumerable.Range(0, table.Columns.Count)
            .Where(i => table.Columns[i].Role is not null)
            .GroupBy(i => table.Columns[i].Fund ?? string.Empty))
        {
            var roles = new Dictionary<RegionColumnRole, int>();
            foreach (int i in fund)
            {
                roles.TryAdd(table.Columns[i].Role!.Value, i);
            }

            IEnumerable<RegionRow> rows = table.Total is { } total ? [.. table.Rows, total] : table.Rows;
            bool monthsChecked = false;
            foreach (RegionRow row in rows)
            {
                monthsChecked |= CheckRow(run, table, fund.Key, roles, row);
            }

            if (!monthsChecked)
            {
                foreach (RegionColumnRole monthsRole in new[] { RegionColumnRole.Months, RegionColumnRole.BookMonths })
                {
                    if (roles.TryGetValue(monthsRole, out int c) && table.Rows.Select(r => r.Values[c]).FirstOrDefault(v => v is not null) is { } first)
                    {
                        int printed = table.Rows.Count(r => c < r.Values.Count && r.Values[c] is not null);
                        run.NotChecked(first, string.Create(CultureInfo.InvariantCulture,
                            $"the column {table.Columns[c].Name} is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by ({printed} rows)"),
                            UncheckedMessage.RegionMonthsNoExpenditure, table.Columns[c].Name, printed.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
    }

    /// <summary>Checks one row; true when its months could be checked (a monthly expenditure was available).</summary>
    private static bool CheckRow(ReportChecker.Run run, RegionTable table, string fund, Dictionary<RegionColumnRole, int> roles, RegionRow row)
    {
        PrintedFigure? Cell(RegionColumnRole role) => roles.TryGetValue(role, out int i) && i < row.Values.Count ? row.Values[i] : null;
        bool Has(RegionColumnRole role) => roles.ContainsKey(role);
        string subject = (fund.Length > 0 ? fund + " " : string.Empty) + row.Region;

        // 应付未付款 小计 = Σ kinds (every kind column of the fund; a blank kind cell leaves the row unchecked).
        RegionColumnRole[] kinds = PayableKinds.Where(Has).ToArray();
        PrintedFigure? payables = Cell(RegionColumnRole.Payables);
        PrintedFigure?[] kindCells = kinds.Select(Cell).ToArray();
        bool kindsComplete = kinds.Length > 0 && kindCells.All(k => k is not null);
        if (payables is not null && kindsComplete)
        {
            run.Total(payables, kindCells, $"{subject}: 应付未付款 小计 = Σ 各类应付未付款", check: ReconciliationCheck.Payables);
        }

        // 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款.
        PrintedFigure? balance = Cell(RegionColumnRole.Balance);
        PrintedFigure? actual = Cell(RegionColumnRole.ActualBalance);
        bool hasDeductionColumns = Has(RegionColumnRole.Prepayments) || Has(RegionColumnRole.Payables) || kinds.Length > 0;
        if (balance is not null && actual is not null && hasDeductionColumns)
        {
            var deductions = new List<PrintedFigure>();
            bool complete = true;
            if (Has(RegionColumnRole.Prepayments))
            {
                if (Cell(RegionColumnRole.Prepayments) is { } pre)
                {
                    deductions.Add(pre);
                }
                else
                {
                    complete = false;
                }
            }

            if (payables is not null)
            {
                deductions.Add(payables);
            }
            else if (kindsComplete)
            {
                deductions.AddRange(kindCells!);
            }
            else if (Has(RegionColumnRole.Payables) || kinds.Length > 0)
            {
                complete = false;
            }

            if (complete)
            {
                FigureInterval expected = balance.Interval;
                foreach (PrintedFigure d in deductions)
                {
                    expected -= d.Interval;
                }

                run.Checks++;
                run.Compare(ReconciliationCheck.ActualBalance, actual, expected, $"{subject}: 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款", [balance, .. deductions]);
            }
            else
            {
                run.NotChecked(actual, "a deduction cell of the row is blank, so 实际结余 = 期末累计结余 − 扣除项 is not checked", UncheckedMessage.RegionDeductionBlank);
            }
        }

        // 月平均支出: printed, or derived from the period's expenditure (checked when both are printed).
        FigureInterval? monthly = run.Monthly(Cell(RegionColumnRole.MonthlyExpenditure), Cell(RegionColumnRole.Expenditure), subject, out PrintedFigure[] inputs, out string monthlyText);
        if (monthly is not { } perMonth)
        {
            return false;
        }

        if (actual is not null)
        {
            run.Months(Cell(RegionColumnRole.Months), actual, perMonth, inputs, monthlyText, $"{subject}: 可支付月数 = 实际结余 / 月平均支出");
        }

        if (balance is not null)
        {
            run.Months(Cell(RegionColumnRole.BookMonths), balance, perMonth, inputs, monthlyText, $"{subject}: 账面可支付月数 = 期末累计结余 / 月平均支出");
        }

        return true;
    }
}
