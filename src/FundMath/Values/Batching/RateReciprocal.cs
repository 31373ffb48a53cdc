using System;

namespace FundMath;

/// <summary>
/// A contribution rate <c>n/d</c> (0 ≤ n ≤ d &lt; 2³²) prepared once per batch so that
/// <c>round(b × n / d)</c> for every base 0 ≤ b &lt; 2³² needs no division: three 32×32→64-bit multiplies, a
/// shift, one correction and the rounding compare.
/// </summary>
/// <remarks>
/// <para>Algorithm. With <c>R = ⌊n·2³²/d⌋</c> (2³² − 1 when n = d), the estimate <c>q̂ = ⌊b·R/2³²⌋</c> satisfies
/// <c>⌊b·n/d⌋ − 1 ≤ q̂ ≤ ⌊b·n/d⌋</c>: the error <c>b·(n/d − R/2³²)</c> is below <c>b/2³² &lt; 1</c>. The exact
/// remainder <c>r = b·n − q̂·d</c> (both products exact in 64 bits) therefore lies in [0, 2d); one compare moves
/// it into [0, d) and fixes the quotient. The rounding then reads r alone: up when r &gt; 0 (ceiling), when
/// r ≥ ⌈d/2⌉ (halves away from zero), or when 2r &gt; d or 2r = d with an odd quotient (halves to even).</para>
/// <para>This replaces a 64-bit <c>idiv</c> by a rate denominator that is data, not a constant, with arithmetic
/// that vectorises (VPMULUDQ) and is exact for every input in range — the range the batch checks once.</para>
/// </remarks>
internal readonly struct RateReciprocal
{
    /// <summary>The largest base (exclusive) the reciprocal handles: 2³² fen ≈ 42.9 million 元.</summary>
    internal const long BaseLimit = 1L << 32;

    private RateReciprocal(long numerator, long divisor, long reciprocal)
    {
        Numerator = numerator;
        Divisor = divisor;
        Reciprocal = reciprocal;
        DivisorMinusOne = divisor - 1;
        HalfAwayThreshold = ((divisor + 1) / 2) - 1;
        HalfEvenThreshold = divisor / 2;
        Tie = divisor % 2 == 0 ? divisor / 2 : -1;
    }

    /// <summary>n.</summary>
    internal long Numerator { get; }

    /// <summary>d.</summary>
    internal long Divisor { get; }

    /// <summary>R = ⌊n·2³²/d⌋, or 2³² − 1 when n = d.</summary>
    internal long Reciprocal { get; }

    /// <summary>d − 1: a remainder above it is at least d.</summary>
    internal long DivisorMinusOne { get; }

    /// <summary>⌈d/2⌉ − 1: a remainder above it is at least half the divisor.</summary>
    internal long HalfAwayThreshold { get; }

    /// <summary>⌊d/2⌋: a remainder above it is more than half the divisor.</summary>
    internal long HalfEvenThreshold { get; }

    /// <summary>d/2 when d is even (the exact midpoint remainder), else −1 (no remainder is a midpoint).</summary>
    internal long Tie { get; }

    /// <summary>True when the rate is 0% (the kernel skips it).</summary>
    internal bool IsZero => Numerator == 0;

    /// <summary>Prepares <paramref name="rate"/> when it lies in [0, 1] with a denominator below 2³²; false otherwise (the batch takes its exact path).</summary>
    internal static bool TryCreate(Fraction rate, out RateReciprocal reciprocal)
    {
        // In lowest terms (once per batch): 2/4 qualifies as 1/2 does. A Fraction's denominator is at least 1.
        rate = rate.Reduced();
        long n = rate.RawNumerator;
        long d = rate.RawDenominator;
        if (n < 0 || n > d || d >= BaseLimit)
        {
            reciprocal = default;
            return false;
        }

        long r = n == d ? uint.MaxValue : (long)(((UInt128)(ulong)n << 32) / (ulong)d);
        reciprocal = new RateReciprocal(n, d, r);
        return true;
    }

    /// <summary>The rounded product for one base 0 ≤ b &lt; 2³², with the same algorithm as the lanes (used by tests and the scalar reference of the algorithm).</summary>
    internal long Apply(long @base, MidpointRounding mode)
    {
        RateLanes<long> k = RateLanes<long>.Create<ScalarLanes>(this);
        return mode switch
        {
            MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity => RateLanes<long>.Apply<ScalarLanes, RoundDown>(@base, k),
            MidpointRounding.ToPositiveInfinity => RateLanes<long>.Apply<ScalarLanes, RoundUp>(@base, k),
            MidpointRounding.AwayFromZero => RateLanes<long>.Apply<ScalarLanes, RoundHalfAwayFromZero>(@base, k),
            _ => RateLanes<long>.Apply<ScalarLanes, RoundHalfToEven>(@base, k),
        };
    }
}
