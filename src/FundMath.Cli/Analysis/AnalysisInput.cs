using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>What <c>fundmath analyze</c> reads: a report's statements, budget lines, cover figures, region rows and deficit table.</summary>
internal sealed record AnalysisInput(
    string Title,
    ReportingPeriod? Period,
    IReadOnlyList<StatementInput> Statements,
    IReadOnlyList<BudgetLineInput> Budgets,
    IReadOnlyList<CoverInput> Cover,
    IReadOnlyList<RegionInput> Regions,
    IReadOnlyList<DeficitYearInput> Deficits);

/// <summary>A fund's income, expenditure and accumulated balance for the period (基金收支余), from a table shown in a unit.</summary>
internal sealed record StatementInput(string Table, MoneyUnit Unit, string Fund, Money Income, Money Expenditure, Money? Accumulated);

/// <summary>One budget line (预算数 / 执行数) of a fund.</summary>
internal sealed record BudgetLineInput(string Fund, BudgetLine Line, Money Budget, Money Executed);

/// <summary>A fund's balance, deductions and monthly expenditure (累计结余可支付月数), net of payables.</summary>
internal sealed record CoverInput(string Fund, string Region, Money Balance, Money Prepayments, Money Payables, Money MonthlyExpenditure);

/// <summary>A region row: book balance, actual balance net of payables, and months (computed from monthly expenditure when given, else as printed).</summary>
internal sealed record RegionInput(string Fund, string Region, Money Balance, Money ActualBalance, Money? MonthlyExpenditure, long? PrintedMonths);

/// <summary>
/// A year of the deficit scan (收不抵支): how many regions, how many ran a current deficit, the sum of their
/// deficits and the sum of the other regions' surpluses — aggregated from per-region surpluses when the input has them.
/// </summary>
internal sealed record DeficitYearInput(int Year, int Regions, int DeficitRegions, Money Deficit, Money Surplus);
