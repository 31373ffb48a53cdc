using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A row of a region table — one region's printed cells, aligned with the table's columns (null = blank).</summary>
/// <param name="Region">The region ("茶陵", "市本级").</param>
/// <param name="Values">One cell per column; null where the cell is blank.</param>
public sealed record RegionRow(string Region, IReadOnlyList<PrintedFigure?> Values)
{
    /// <summary>The region ("茶陵", "市本级").</summary>
    public string Region { get; init => field = value ?? throw new ArgumentNullException(nameof(Region)); } = Region ?? throw new ArgumentNullException(nameof(Region));

    /// <summary>One cell per column; null where the cell is blank.</summary>
    public IReadOnlyList<PrintedFigure?> Values { get; init => field = value ?? throw new ArgumentNullException(nameof(Values)); } = Values ?? throw new ArgumentNullException(nameof(Values));
}
