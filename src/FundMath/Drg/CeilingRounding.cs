using System;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>Ceiling (ToPositiveInfinity).</summary>
internal readonly struct CeilingRounding : IPositiveRounding
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long denominator)
    {
        long q = numerator / denominator;
        return numerator - (q * denominator) != 0 ? q + 1 : q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 Divide(Int128 numerator, Int128 denominator)
    {
        Int128 q = numerator / denominator;
        return numerator - (q * denominator) != 0 ? q + 1 : q;
    }
}
