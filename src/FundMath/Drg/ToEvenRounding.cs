using System;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>Banker's rounding: halves go to the even neighbour.</summary>
internal readonly struct ToEvenRounding : IPositiveRounding
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long denominator)
    {
        long q = numerator / denominator;
        long r = numerator - (q * denominator);
        long rest = denominator - r;
        return r > rest || (r == rest && (q & 1) == 1) ? q + 1 : q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 Divide(Int128 numerator, Int128 denominator)
    {
        Int128 q = numerator / denominator;
        Int128 r = numerator - (q * denominator);
        Int128 rest = denominator - r;
        return r != 0 && (r > rest || (r == rest && !Int128.IsEvenInteger(q))) ? q + 1 : q;
    }
}
