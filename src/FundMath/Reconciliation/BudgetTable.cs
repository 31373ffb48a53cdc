using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A budget-execution table — 预算执行情况表. Formula checked per row: 执行率 = 执行数 / 预算数.</summary>
/// <param name="Title">The table title.</param>
/// <param name="Rows">Its rows.</param>
public sealed record BudgetTable(string Title, IReadOnlyList<BudgetExecutionFigures> Rows)
{
    /// <summary>The table title.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>Its rows.</summary>
    public IReadOnlyList<BudgetExecutionFigures> Rows { get; init => field = value ?? throw new ArgumentNullException(nameof(Rows)); } = Rows ?? throw new ArgumentNullException(nameof(Rows));

    /// <summary>The period the table's heading states, or null; checked against the report's period.</summary>
    public ReportingPeriod? Period { get; init; }
}
