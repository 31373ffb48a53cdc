using System;

namespace FundMath.Reconciliation;

/// <summary>One cohort — 人群: its count and printed share of the table's total.</summary>
/// <param name="Name">The cohort ("成年人", "在职职工").</param>
/// <param name="Count">Its count (persons, 人次, or money when the table splits an amount).</param>
public sealed record CohortRow(string Name, PrintedFigure Count)
{
    /// <summary>The cohort ("成年人", "在职职工").</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Its count (persons, 人次, or money when the table splits an amount).</summary>
    public PrintedFigure Count { get; init => field = value ?? throw new ArgumentNullException(nameof(Count)); } = Count ?? throw new ArgumentNullException(nameof(Count));

    /// <summary>Printed share of the total, or null.</summary>
    public PrintedFigure? Share { get; init; }
}
