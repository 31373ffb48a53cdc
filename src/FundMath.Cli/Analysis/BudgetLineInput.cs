using FundMath.Analysis;
using FundMath.Reconciliation;

namespace FundMath.Cli.Analysis;

/// <summary>One budget line (预算数 / 执行数) of a fund, with the unit and decimals it is printed in.</summary>
internal sealed record BudgetLineInput(string Fund, BudgetLine Line, Money Budget, Money Executed)
{
    /// <summary>The unit the budget is printed in (亿元 unless the report says otherwise).</summary>
    public FigureUnit Unit { get; init; } = FigureUnit.Yi;

    /// <summary>The printed decimals (2 for "30.66").</summary>
    public int Decimals { get; init; } = 2;
}
