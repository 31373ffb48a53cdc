using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>One budget line (预算数 / 执行数) of a fund.</summary>
internal sealed record BudgetLineInput(string Fund, BudgetLine Line, Money Budget, Money Executed);
