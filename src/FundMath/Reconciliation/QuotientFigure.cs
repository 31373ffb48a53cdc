using System;

namespace FundMath.Reconciliation;

/// <summary>
/// A printed quotient of two printed figures — 比率/人均: a per-capita amount, a surplus rate, a ratio.
/// Formula checked: quotient = numerator / denominator.
/// </summary>
/// <param name="Label">What the quotient is ("职工医保 普通门急诊人均支出").</param>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator.</param>
/// <param name="Quotient">The printed quotient.</param>
public sealed record QuotientFigure(string Label, PrintedFigure Numerator, PrintedFigure Denominator, PrintedFigure Quotient)
{
    /// <summary>What the quotient is ("职工医保 普通门急诊人均支出").</summary>
    public string Label { get; init => field = value ?? throw new ArgumentNullException(nameof(Label)); } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>The numerator.</summary>
    public PrintedFigure Numerator { get; init => field = value ?? throw new ArgumentNullException(nameof(Numerator)); } = Numerator ?? throw new ArgumentNullException(nameof(Numerator));

    /// <summary>The denominator.</summary>
    public PrintedFigure Denominator { get; init => field = value ?? throw new ArgumentNullException(nameof(Denominator)); } = Denominator ?? throw new ArgumentNullException(nameof(Denominator));

    /// <summary>The printed quotient.</summary>
    public PrintedFigure Quotient { get; init => field = value ?? throw new ArgumentNullException(nameof(Quotient)); } = Quotient ?? throw new ArgumentNullException(nameof(Quotient));
}
