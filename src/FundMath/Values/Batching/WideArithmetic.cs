using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// Exact products and comparisons of products for the per-region batches: a ratio a/b is judged against c/d by
/// comparing a·d with c·b — one 64×64→128-bit multiply (MUL/MULX) each, no division and no GCD.
/// </summary>
internal static class WideArithmetic
{
    /// <summary>The exact 128-bit product of two 64-bit integers (one widening multiply).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Int128 Multiply(long left, long right)
    {
        long high = Math.BigMul(left, right, out long low);
        return new Int128(unchecked((ulong)high), unchecked((ulong)low));
    }

    /// <summary>
    /// 1 when <paramref name="left"/> &lt; <paramref name="right"/>, else 0, without a branch: both operands are below
    /// 2¹²⁶ in magnitude (products of two 64-bit integers, or of a 75-bit and a 52-bit one), so their difference
    /// cannot overflow and its sign bit decides. A branch would be mispredicted on random region data.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Less(Int128 left, Int128 right) => unchecked((int)((ulong)(left - right >> 64) >> 63));

    /// <summary>
    /// The sign of <c>a·b − c·d</c>, exactly, for a 128-bit <paramref name="a"/> and 64-bit others: the products
    /// can reach 2¹⁹¹, so they are compared as 192-bit magnitudes. For thresholds whose denominators are too large
    /// for the 128-bit fast path.
    /// </summary>
    internal static int CompareProducts(Int128 a, long b, long c, long d)
    {
        int left = Int128.Sign(a) * Math.Sign(b);
        int right = Math.Sign(c) * Math.Sign(d);
        if (left != right)
        {
            return left > right ? 1 : -1;
        }

        if (left == 0)
        {
            return 0;
        }

        (ulong lh, UInt128 ll) = Magnitude((UInt128)Int128.Abs(a), AbsoluteValue(b));
        (ulong rh, UInt128 rl) = Magnitude(AbsoluteValue(c), AbsoluteValue(d));
        int magnitude = lh != rh ? lh.CompareTo(rh) : ll.CompareTo(rl);
        return left > 0 ? magnitude : -magnitude;
    }

    /// <summary>|value| as an unsigned integer (exact for <see cref="long.MinValue"/>).</summary>
    private static ulong AbsoluteValue(long value) => value < 0 ? unchecked(0UL - (ulong)value) : (ulong)value;

    /// <summary>The 192-bit product of a 128-bit and a 64-bit magnitude, as (high 64 bits, low 128 bits).</summary>
    private static (ulong High, UInt128 Low) Magnitude(UInt128 a, ulong b)
    {
        UInt128 p0 = (UInt128)unchecked((ulong)a) * b;
        UInt128 p1 = (UInt128)unchecked((ulong)(a >> 64)) * b;
        UInt128 low = unchecked(p0 + (p1 << 64));
        ulong carry = low < p0 ? 1UL : 0UL;
        return (unchecked((ulong)(p1 >> 64)) + carry, low);
    }
}
