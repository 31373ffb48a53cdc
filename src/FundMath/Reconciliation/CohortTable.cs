using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A cohort structure — 参保人员结构: a total and cohorts with printed shares. Formula checked: share = count /
/// total; and when the cohorts partition the total, Σ counts = total and Σ shares = 100% within rounding.
/// </summary>
/// <param name="Title">The table or paragraph.</param>
/// <param name="Total">The total count.</param>
/// <param name="Rows">The cohorts.</param>
/// <param name="IsPartition">True when the cohorts add up to the total (adults + students + college); false for overlapping groups (women, over 60).</param>
public sealed record CohortTable(string Title, PrintedFigure Total, IReadOnlyList<CohortRow> Rows, bool IsPartition)
{
    /// <summary>The table or paragraph.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The total count.</summary>
    public PrintedFigure Total { get; init => field = value ?? throw new ArgumentNullException(nameof(Total)); } = Total ?? throw new ArgumentNullException(nameof(Total));

    /// <summary>The cohorts.</summary>
    public IReadOnlyList<CohortRow> Rows { get; init => field = value ?? throw new ArgumentNullException(nameof(Rows)); } = Rows ?? throw new ArgumentNullException(nameof(Rows));
}
