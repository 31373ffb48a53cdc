using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A region distribution table — 市县区分布情况表: rows per region and a printed total row.
/// Formulas checked: 合计 = Σ rows for every summable column; and, per row and on the total row, the identities
/// of the typed columns (see <see cref="RegionColumnRole"/>) at the printed precision.
/// </summary>
/// <param name="Title">The table title.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The region rows.</param>
public sealed record RegionTable(string Title, IReadOnlyList<RegionColumn> Columns, IReadOnlyList<RegionRow> Rows)
{
    /// <summary>The table title.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The columns.</summary>
    public IReadOnlyList<RegionColumn> Columns { get; init => field = value ?? throw new ArgumentNullException(nameof(Columns)); } = Columns ?? throw new ArgumentNullException(nameof(Columns));

    /// <summary>The region rows.</summary>
    public IReadOnlyList<RegionRow> Rows { get; init => field = value ?? throw new ArgumentNullException(nameof(Rows)); } = Rows ?? throw new ArgumentNullException(nameof(Rows));

    /// <summary>The printed total (合计) row, or null.</summary>
    public RegionRow? Total { get; init; }

    /// <summary>The period the table's heading states ("2021年1-3月" → 2021Q1), or null; checked against the report's period.</summary>
    public ReportingPeriod? Period { get; init; }
}
