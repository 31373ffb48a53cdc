using System;

namespace FundMath.Reconciliation;

/// <summary>
/// One component of a fund — 统筹基金 or 个人账户 — with its surplus, balance and printed share of the fund's
/// balance. Formula checked: share = component balance / fund balance.
/// </summary>
/// <param name="Name">The component's name ("统筹基金", "个人账户").</param>
public sealed record FundComponentFigures(string Name)
{
    /// <summary>The component's name ("统筹基金", "个人账户").</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>当期结余 of the component, or null.</summary>
    public PrintedFigure? CurrentSurplus { get; init; }

    /// <summary>累计结余 of the component, or null.</summary>
    public PrintedFigure? AccumulatedBalance { get; init; }

    /// <summary>Printed share of the fund's accumulated balance ("占总额的48.63%"), or null.</summary>
    public PrintedFigure? ShareOfBalance { get; init; }
}
