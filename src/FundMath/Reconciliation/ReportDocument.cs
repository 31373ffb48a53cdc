using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// The figures of a published fund report as printed — 基金财务报告（刊印数）: statements, budget tables, region
/// tables, months of cover, cohorts, year-on-year figures, the deficit scan, repeated mentions, and generic totals,
/// quotients and products. Each figure keeps its printed precision so <see cref="ReportChecker"/> can tell rounding
/// from error. Read one with <c>PublishedReportReader</c> (text, stream or data tree; files through FundMath.Yaml).
/// </summary>
/// <param name="Title">The report's title.</param>
public sealed record ReportDocument(string Title)
{
    /// <summary>The report's title.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The year reported on (e.g. 2021), or null: the year of <see cref="Period"/> when a period is given.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The reporting period — 报告期: a year, half-year, quarter or month ("2021", "2021H1", "2021Q1", "2021-07"),
    /// or null. Time progress, the monthly expenditure derived from the period's expenditure and every judgement
    /// follow it.
    /// </summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Checkable claims of the text (band counts, "all below X", the stated period).</summary>
    public IReadOnlyList<ReportClaim> Claims { get; init => field = value ?? throw new ArgumentNullException(nameof(Claims)); } = [];

    /// <summary>Who published it ("株洲市医疗保障局"), or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>Fund statements (including the other-funds table).</summary>
    public IReadOnlyList<StatementTable> Statements { get; init => field = value ?? throw new ArgumentNullException(nameof(Statements)); } = [];

    /// <summary>Budget-execution tables.</summary>
    public IReadOnlyList<BudgetTable> Budgets { get; init => field = value ?? throw new ArgumentNullException(nameof(Budgets)); } = [];

    /// <summary>Region distribution tables.</summary>
    public IReadOnlyList<RegionTable> Regions { get; init => field = value ?? throw new ArgumentNullException(nameof(Regions)); } = [];

    /// <summary>Months-of-cover calculations.</summary>
    public IReadOnlyList<MonthsOfCoverFigures> MonthsOfCover { get; init => field = value ?? throw new ArgumentNullException(nameof(MonthsOfCover)); } = [];

    /// <summary>Cohort structures.</summary>
    public IReadOnlyList<CohortTable> Cohorts { get; init => field = value ?? throw new ArgumentNullException(nameof(Cohorts)); } = [];

    /// <summary>Year-on-year figures (a group with no parts is a single figure).</summary>
    public IReadOnlyList<YearOnYearGroup> YearOnYear { get; init => field = value ?? throw new ArgumentNullException(nameof(YearOnYear)); } = [];

    /// <summary>Deficit-scan tables.</summary>
    public IReadOnlyList<DeficitScanTable> DeficitScans { get; init => field = value ?? throw new ArgumentNullException(nameof(DeficitScans)); } = [];

    /// <summary>Figures printed more than once.</summary>
    public IReadOnlyList<RepeatedFigure> Repeated { get; init => field = value ?? throw new ArgumentNullException(nameof(Repeated)); } = [];

    /// <summary>Other printed totals.</summary>
    public IReadOnlyList<TotalFigures> Totals { get; init => field = value ?? throw new ArgumentNullException(nameof(Totals)); } = [];

    /// <summary>Printed quotients (per-capita amounts, ratios).</summary>
    public IReadOnlyList<QuotientFigure> Quotients { get; init => field = value ?? throw new ArgumentNullException(nameof(Quotients)); } = [];

    /// <summary>Printed products (headcount × standard).</summary>
    public IReadOnlyList<ProductFigure> Products { get; init => field = value ?? throw new ArgumentNullException(nameof(Products)); } = [];
}
