using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A deficit-scan table — 收不抵支情况表 — one row per year.</summary>
/// <param name="Title">The table title.</param>
/// <param name="Rows">One row per year.</param>
public sealed record DeficitScanTable(string Title, IReadOnlyList<DeficitScanRow> Rows)
{
    /// <summary>The table title.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>One row per year.</summary>
    public IReadOnlyList<DeficitScanRow> Rows { get; init => field = value ?? throw new ArgumentNullException(nameof(Rows)); } = Rows ?? throw new ArgumentNullException(nameof(Rows));
}
