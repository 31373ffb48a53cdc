using System;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>四舍五入: halves go up (away from zero).</summary>
internal readonly struct AwayFromZeroRounding : IPositiveRounding
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long denominator)
    {
        long q = numerator / denominator;
        long r = numerator - (q * denominator);
        return r >= denominator - r ? q + 1 : q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 Divide(Int128 numerator, Int128 denominator)
    {
        Int128 q = numerator / denominator;
        Int128 r = numerator - (q * denominator);
        return r != 0 && r >= denominator - r ? q + 1 : q;
    }
}
