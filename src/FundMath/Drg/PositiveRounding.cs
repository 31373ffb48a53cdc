using System;

namespace FundMath.Drg;

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
