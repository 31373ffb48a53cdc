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
        lowerNumerator = lower.Numerator;
        lowerDenominator = lower.Denominator;
        upperNumerator = upper.Numerator;
        upperDenominator = upper.Denominator;
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
