using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// The two band edges of a budget-execution judgement, <c>expected − below</c> and <c>expected + above</c>,
/// computed once per batch as exact fractions; each region's rate executed/budgeted is then judged by
/// cross-multiplication (two 128-bit products per edge), never by building the rate.
/// </summary>
internal readonly struct ExecutionEdges
{
    private readonly long lowerNumerator;
    private readonly long lowerDenominator;
    private readonly long upperNumerator;
    private readonly long upperDenominator;

    /// <summary>Prepares the edges (once per batch).</summary>
    internal ExecutionEdges(Fraction lower, Fraction upper)
    {
        // In lowest terms (once per batch), so that Fits64 admits as many batches as possible.
        lower = lower.Reduced();
        upper = upper.Reduced();
        lowerNumerator = lower.RawNumerator;
        lowerDenominator = lower.RawDenominator;
        upperNumerator = upper.RawNumerator;
        upperDenominator = upper.RawDenominator;
    }

    /// <summary>
    /// True when <see cref="Judge64"/> is exact for every row whose budget and execution are at most
    /// <paramref name="magnitudeBound"/> in magnitude (each product below 2⁶²). Decided once per batch.
    /// </summary>
    internal bool Fits64(long magnitudeBound)
    {
        ulong largest = (ulong)Math.Max(
            Math.Max(CoverThresholds.Magnitude(lowerNumerator), lowerDenominator),
            Math.Max(CoverThresholds.Magnitude(upperNumerator), upperDenominator));
        return ((UInt128)(ulong)magnitudeBound + 1) * largest < 1UL << 62;
    }

    /// <summary>As <see cref="Judge"/> in plain 64-bit arithmetic, for a batch <see cref="Fits64"/> has admitted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Judge64(long budgeted, long executed)
    {
        int over = CoverThresholds.Less64(unchecked(upperNumerator * budgeted), unchecked(executed * upperDenominator));
        int under = CoverThresholds.Less64(unchecked(executed * lowerDenominator), unchecked(lowerNumerator * budgeted));
        return over - (under & (1 - over));
    }

    /// <summary>
    /// 1 when executed/budgeted is above the upper edge, −1 when below the lower edge, 0 within (edges included);
    /// <paramref name="budgeted"/> must be positive. Exact for every 64-bit input.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Judge(long budgeted, long executed)
    {
        // Branch-free: signs of 128-bit differences of products of two 64-bit integers (below 2¹²⁶).
        int over = WideArithmetic.Less(WideArithmetic.Multiply(upperNumerator, budgeted), WideArithmetic.Multiply(executed, upperDenominator));
        int under = WideArithmetic.Less(WideArithmetic.Multiply(executed, lowerDenominator), WideArithmetic.Multiply(lowerNumerator, budgeted));
        return over - (under & (1 - over));
    }
}
