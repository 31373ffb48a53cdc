using FundMath.Analysis;
using FundMath.Reconciliation;

namespace FundMath.Cli.Analysis;

/// <summary>
/// A region row: book balance, deductions, actual balance, and the monthly expenditure (printed, or derived from
/// the period's expenditure) when there is one; the printed cells are kept for display and for flagging findings.
/// </summary>
internal sealed record RegionInput(string Fund, string Region, Money Balance, BalanceDeductions Deductions, Money ActualBalance, MonthlyExpenditure? MonthlyExpenditure, decimal? PrintedMonths)
{
    /// <summary>The printed cells (null for a CSV row or a blank cell).</summary>
    public PrintedFigure? BalanceFigure { get; init; }

    /// <summary>Printed 一次性预缴, or null.</summary>
    public PrintedFigure? PrepaymentsFigure { get; init; }

    /// <summary>Printed 应付未付款 小计 (or null).</summary>
    public PrintedFigure? PayablesFigure { get; init; }

    /// <summary>Printed 实际结余, or null.</summary>
    public PrintedFigure? ActualFigure { get; init; }

    /// <summary>Printed 月平均支出, or null.</summary>
    public PrintedFigure? MonthlyFigure { get; init; }

    /// <summary>Printed 可支付月数, or null.</summary>
    public PrintedFigure? MonthsFigure { get; init; }

    /// <summary>True when the actual balance is computed (balance − deductions) because it is not printed.</summary>
    public bool ActualDerived { get; init; }

    /// <summary>True when the deductions are balance − printed actual balance (the table prints no deduction columns).</summary>
    public bool DeductionsDerived { get; init; }

    /// <summary>The printed total row of the table, when this is it.</summary>
    public bool IsPrintedTotal { get; init; }
}
