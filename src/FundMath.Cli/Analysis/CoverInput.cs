using FundMath.Analysis;
using FundMath.Reconciliation;

namespace FundMath.Cli.Analysis;

/// <summary>
/// A fund's balance, deductions and monthly expenditure (累计结余可支付月数), net of payables; the monthly figure
/// as printed or derived from the period's expenditure; <see cref="Unit"/> and <see cref="Decimals"/> are those printed.
/// </summary>
internal sealed record CoverInput(string Fund, string Region, Money Balance, Money Prepayments, Money Payables, MonthlyExpenditure MonthlyExpenditure, FigureUnit Unit, int Decimals)
{
    /// <summary>True when the monthly expenditure is derived (本期支出 / 月数) rather than printed.</summary>
    public bool MonthlyDerived { get; init; }
}
