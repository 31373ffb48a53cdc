using System;

namespace FundMath.Reconciliation;

/// <summary>
/// A printed product of two printed figures — 乘积: e.g. 缴费人数 × 缴费标准 = 个人缴费金额.
/// Formula checked: product = left × right.
/// </summary>
/// <param name="Label">What the product is.</param>
/// <param name="Left">The first factor (often a headcount).</param>
/// <param name="Right">The second factor (often a per-person amount).</param>
/// <param name="Product">The printed product.</param>
public sealed record ProductFigure(string Label, PrintedFigure Left, PrintedFigure Right, PrintedFigure Product)
{
    /// <summary>What the product is.</summary>
    public string Label { get; init => field = value ?? throw new ArgumentNullException(nameof(Label)); } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>The first factor (often a headcount).</summary>
    public PrintedFigure Left { get; init => field = value ?? throw new ArgumentNullException(nameof(Left)); } = Left ?? throw new ArgumentNullException(nameof(Left));

    /// <summary>The second factor (often a per-person amount).</summary>
    public PrintedFigure Right { get; init => field = value ?? throw new ArgumentNullException(nameof(Right)); } = Right ?? throw new ArgumentNullException(nameof(Right));

    /// <summary>The printed product.</summary>
    public PrintedFigure Product { get; init => field = value ?? throw new ArgumentNullException(nameof(Product)); } = Product ?? throw new ArgumentNullException(nameof(Product));
}
