using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A row of a region table — one region's printed cells, aligned with the table's columns (null = blank).</summary>
/// <param name="Region">The region ("茶陵", "市本级").</param>
/// <param name="Values">One cell per column; null where the cell is blank.</param>
public sealed record RegionRow(string Region, IReadOnlyList<PrintedFigure?> Values);
