using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A total with its parts, each with a year-on-year growth — 同比增长构成. Formula checked: Σ parts = total, and
/// the total's growth = total / Σ (part / (1 + part growth)) − 1.
/// </summary>
/// <param name="Title">The paragraph.</param>
/// <param name="Total">The total.</param>
/// <param name="Parts">The parts.</param>
public sealed record YearOnYearGroup(string Title, YearOnYearFigure Total, IReadOnlyList<YearOnYearFigure> Parts)
{
    /// <summary>The paragraph.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The total.</summary>
    public YearOnYearFigure Total { get; init => field = value ?? throw new ArgumentNullException(nameof(Total)); } = Total ?? throw new ArgumentNullException(nameof(Total));

    /// <summary>The parts.</summary>
    public IReadOnlyList<YearOnYearFigure> Parts { get; init => field = value ?? throw new ArgumentNullException(nameof(Parts)); } = Parts ?? throw new ArgumentNullException(nameof(Parts));
}
