using System;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>Truncation (ToZero; equal to ToNegativeInfinity for non-negative values).</summary>
internal readonly struct TruncateRounding : IPositiveRounding
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long denominator) => numerator / denominator;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 Divide(Int128 numerator, Int128 denominator) => numerator / denominator;
}
