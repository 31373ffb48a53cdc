using System;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>
/// Rounded division of a non-negative numerator by a positive denominator, one struct per
/// <see cref="MidpointRounding"/> mode, so that a batch chooses the mode once and the JIT specialises the loop
/// (no mode dispatch per case). Agrees with <see cref="IntegerRounding.Divide"/> on non-negative values (a
/// property test compares them).
/// </summary>
internal interface IPositiveRounding
{
    static abstract long Divide(long numerator, long denominator);

    static abstract Int128 Divide(Int128 numerator, Int128 denominator);
}

/// <summary>Mode dispatch for <see cref="IPositiveRounding"/>: the one place a mode becomes a strategy.</summary>
internal static class PositiveRounding
{
    /// <summary>The rounding of <paramref name="numerator"/>/<paramref name="denominator"/> (numerator ≥ 0, denominator &gt; 0).</summary>
    internal static long Divide(long numerator, long denominator, MidpointRounding mode) => mode switch
    {
        MidpointRounding.AwayFromZero => AwayFromZeroRounding.Divide(numerator, denominator),
        MidpointRounding.ToEven => ToEvenRounding.Divide(numerator, denominator),
        MidpointRounding.ToPositiveInfinity => CeilingRounding.Divide(numerator, denominator),
        _ => TruncateRounding.Divide(numerator, denominator),
    };

    /// <summary>The rounding of <paramref name="numerator"/>/<paramref name="denominator"/> (numerator ≥ 0, denominator &gt; 0).</summary>
    internal static Int128 Divide(Int128 numerator, Int128 denominator, MidpointRounding mode) => mode switch
    {
        MidpointRounding.AwayFromZero => AwayFromZeroRounding.Divide(numerator, denominator),
        MidpointRounding.ToEven => ToEvenRounding.Divide(numerator, denominator),
        MidpointRounding.ToPositiveInfinity => CeilingRounding.Divide(numerator, denominator),
        _ => TruncateRounding.Divide(numerator, denominator),
    };
}

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

/// <summary>Truncation (ToZero; equal to ToNegativeInfinity for non-negative values).</summary>
internal readonly struct TruncateRounding : IPositiveRounding
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long denominator) => numerator / denominator;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 Divide(Int128 numerator, Int128 denominator) => numerator / denominator;
}

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

/// <summary>A compile-time switch for kernel variants (factors present, wide outlier arithmetic), decided once per batch.</summary>
internal interface IKernelSwitch
{
    static abstract bool On { get; }
}

/// <summary>The switch is on.</summary>
internal readonly struct SwitchOn : IKernelSwitch
{
    public static bool On
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => true;
    }
}

/// <summary>The switch is off.</summary>
internal readonly struct SwitchOff : IKernelSwitch
{
    public static bool On
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => false;
    }
}
