using System;

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
