using System;

namespace FundMath.Reconciliation;

/// <summary>
/// A year-on-year figure — 同比: the current value with its printed growth, and optionally the previous value or
/// the change. Formula checked: 同比增长率 = (本期 − 上期) / 上期; 增减额 = 本期 − 上期.
/// </summary>
/// <param name="Label">What it measures ("居民医保 收入").</param>
/// <param name="Current">本期.</param>
public sealed record YearOnYearFigure(string Label, PrintedFigure Current)
{
    /// <summary>What it measures ("居民医保 收入").</summary>
    public string Label { get; init => field = value ?? throw new ArgumentNullException(nameof(Label)); } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>本期.</summary>
    public PrintedFigure Current { get; init => field = value ?? throw new ArgumentNullException(nameof(Current)); } = Current ?? throw new ArgumentNullException(nameof(Current));

    /// <summary>上期 (the previous year's value), or null.</summary>
    public PrintedFigure? Previous { get; init; }

    /// <summary>增减额 (current − previous, signed), or null.</summary>
    public PrintedFigure? Change { get; init; }

    /// <summary>同比增长率 (signed), or null.</summary>
    public PrintedFigure? Growth { get; init; }
}
