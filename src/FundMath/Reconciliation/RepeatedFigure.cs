using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// The same figure printed more than once — 同一数字多处出现. Formula checked: the intervals of all mentions share a
/// common value.
/// </summary>
/// <param name="Label">What it is ("居民医保 个人缴费标准 2021").</param>
/// <param name="Mentions">Each printing (at least two).</param>
/// <param name="Kind">What kind of figure it is.</param>
public sealed record RepeatedFigure(string Label, IReadOnlyList<PrintedFigure> Mentions, RepeatedFigureKind Kind = RepeatedFigureKind.SameFigure)
{
    /// <summary>What it is ("居民医保 个人缴费标准 2021").</summary>
    public string Label { get; init => field = value ?? throw new ArgumentNullException(nameof(Label)); } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>Each printing (at least two).</summary>
    public IReadOnlyList<PrintedFigure> Mentions { get; init => field = value ?? throw new ArgumentNullException(nameof(Mentions)); } = Mentions ?? throw new ArgumentNullException(nameof(Mentions));
}
