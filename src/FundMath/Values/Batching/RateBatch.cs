using System;

namespace FundMath;

/// <summary>
/// One batch of <see cref="RateKernel"/>: bases (fen), the valid range each base must lie in, an optional months
/// multiplier per person, an optional output span, and the rate as exact fraction and per-batch reciprocal.
/// </summary>
internal ref struct RateBatch
{
    /// <summary>Bases in fen.</summary>
    internal ReadOnlySpan<long> Input;

    /// <summary>Months paid per person (0–12) for annual amounts; empty for monthly amounts.</summary>
    internal ReadOnlySpan<int> Months;

    /// <summary>Receives each rounded amount (empty: totals only).</summary>
    internal Span<long> Output;

    /// <summary>The smallest valid base (0, or a band's floor).</summary>
    internal long Low;

    /// <summary>The largest valid base (<see cref="long.MaxValue"/>, or a band's cap).</summary>
    internal long High;

    /// <summary>The rate as an exact fraction.</summary>
    internal Fraction Rate;

    /// <summary>The rate's reciprocal, valid when <see cref="HasReciprocal"/>.</summary>
    internal RateReciprocal Reciprocal;

    /// <summary>True when the rate has a reciprocal.</summary>
    internal bool HasReciprocal;

    /// <summary>The rounding of each amount.</summary>
    internal MidpointRounding Mode;

    /// <summary>Prepares the rate once per batch.</summary>
    internal void SetRate(Rate rate)
    {
        Rate = rate.Value;
        HasReciprocal = RateReciprocal.TryCreate(Rate, out Reciprocal);
    }
}
