using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A printed figure no relation could check — 未核对数字: a growth rate without the previous figure, a row whose
/// identity lacks a cell. Listed so nothing read is passed over in silence.
/// </summary>
/// <param name="Figure">The figure.</param>
/// <param name="Reason">Why it was not checked, in FundMath's words ("no previous-year income printed").</param>
public sealed record UncheckedFigure(PrintedFigure Figure, string Reason)
{
    /// <summary>The figure.</summary>
    public PrintedFigure Figure { get; init => field = value ?? throw new ArgumentNullException(nameof(Figure)); } = Figure ?? throw new ArgumentNullException(nameof(Figure));

    /// <summary>Why it was not checked, in FundMath's words ("no previous-year income printed").</summary>
    public string Reason { get; init => field = value ?? throw new ArgumentNullException(nameof(Reason)); } = Reason ?? throw new ArgumentNullException(nameof(Reason));

    /// <summary>Which reason this is, so a caller can say it in another language with <see cref="Arguments"/>; <see cref="UncheckedMessage.Other"/> when only <see cref="Reason"/> says it.</summary>
    public UncheckedMessage Message { get; init; }

    /// <summary>The reason's arguments (invariant texts, in the order <see cref="UncheckedMessage"/> lists for <see cref="Message"/>).</summary>
    public IReadOnlyList<string> Arguments { get; init => field = value ?? throw new ArgumentNullException(nameof(Arguments)); } = [];
}
