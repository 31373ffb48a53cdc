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
