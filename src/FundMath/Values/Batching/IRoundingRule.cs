using System;

namespace FundMath;

/// <summary>
/// A rounding mode as a type, so a batch kernel is compiled once per mode and the mode is decided once per batch
/// (generic struct specialisation) instead of once per multiply. For the non-negative products of the batch
/// kernels <see cref="MidpointRounding.ToZero"/> and <see cref="MidpointRounding.ToNegativeInfinity"/> coincide.
/// </summary>
internal interface IRoundingRule
{
    /// <summary>0 = down (ToZero, ToNegativeInfinity), 1 = up (ToPositiveInfinity), 2 = half away from zero, 3 = half to even.</summary>
    static abstract int Kind { get; }
}

/// <summary>Rounding down (truncation of a non-negative quotient).</summary>
internal readonly struct RoundDown : IRoundingRule
{
    public static int Kind => 0;
}

/// <summary>Rounding up (ceiling).</summary>
internal readonly struct RoundUp : IRoundingRule
{
    public static int Kind => 1;
}

/// <summary>Halves away from zero (四舍五入).</summary>
internal readonly struct RoundHalfAwayFromZero : IRoundingRule
{
    public static int Kind => 2;
}

/// <summary>Halves to the even neighbour (banker's rounding).</summary>
internal readonly struct RoundHalfToEven : IRoundingRule
{
    public static int Kind => 3;
}
