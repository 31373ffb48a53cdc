namespace FundMath;

/// <summary>
/// The lane operations a batch kernel is written in, over a vector of 64-bit integers: one kernel source is
/// instantiated for <see cref="Vector512Lanes"/> (AVX-512), <see cref="Vector256Lanes"/> (AVX2) and
/// <see cref="ScalarLanes"/> (one lane, any CPU; also every vector loop's tail), so every path runs the same
/// integer algorithm and gives the same results. The JIT specialises each instantiation (the type arguments are
/// structs), so the calls inline to single instructions.
/// </summary>
/// <typeparam name="TV">The vector type (<c>Vector512&lt;long&gt;</c>, <c>Vector256&lt;long&gt;</c> or <c>long</c>).</typeparam>
/// <remarks>
/// Every operation wraps modulo 2⁶⁴ (no overflow checks): kernels only use them where a per-batch headroom check
/// has proved the exact result fits. Masks are all-ones (−1) in a lane where a comparison holds and 0 elsewhere.
/// </remarks>
internal interface ILanes<TV>
    where TV : struct
{
    /// <summary>The number of 64-bit lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Loads <see cref="Count"/> values starting at <paramref name="source"/>.</summary>
    static abstract TV Load(ref long source);

    /// <summary>Loads <see cref="Count"/> 32-bit values starting at <paramref name="source"/>, sign-extended to 64 bits.</summary>
    static abstract TV LoadWidened(ref int source);

    /// <summary>Stores <see cref="Count"/> values starting at <paramref name="destination"/>.</summary>
    static abstract void Store(ref long destination, TV value);

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TV Create(long value);

    /// <summary>Lane-wise sum (wrapping).</summary>
    static abstract TV Add(TV left, TV right);

    /// <summary>Lane-wise difference (wrapping).</summary>
    static abstract TV Subtract(TV left, TV right);

    /// <summary>Lane-wise signed maximum.</summary>
    static abstract TV Max(TV left, TV right);

    /// <summary>Lane-wise signed minimum.</summary>
    static abstract TV Min(TV left, TV right);

    /// <summary>Mask of lanes where <paramref name="left"/> &gt; <paramref name="right"/> (signed).</summary>
    static abstract TV GreaterThan(TV left, TV right);

    /// <summary>Mask of lanes where <paramref name="left"/> = <paramref name="right"/>.</summary>
    static abstract TV Equal(TV left, TV right);

    /// <summary>Lane-wise bitwise and.</summary>
    static abstract TV And(TV left, TV right);

    /// <summary>Lane-wise bitwise or.</summary>
    static abstract TV Or(TV left, TV right);

    /// <summary>Lane-wise <c>~left &amp; right</c>.</summary>
    static abstract TV AndNot(TV left, TV right);

    /// <summary>Lane-wise unsigned product of the low 32 bits of each lane, as a full 64-bit result (VPMULUDQ).</summary>
    static abstract TV MultiplyLow32(TV left, TV right);

    /// <summary>Lane-wise logical shift right by 32 bits.</summary>
    static abstract TV ShiftRightLogical32(TV value);

    /// <summary>The wrapping sum of the lanes.</summary>
    static abstract long Sum(TV value);

    /// <summary>The smallest lane.</summary>
    static abstract long MinAcross(TV value);

    /// <summary>The largest lane.</summary>
    static abstract long MaxAcross(TV value);
}
