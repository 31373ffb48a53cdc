namespace FundMath.Tests.Values.Batching;

using System;
using System.Numerics;
using FundMath;

/// <summary>
/// <see cref="WideArithmetic.CompareProducts"/> on products whose 192-bit magnitude differs only in the high word,
/// only through the carry out of the low 128 bits, or only in the cross term of the 128×64-bit multiply.
/// </summary>
public class WideArithmeticMutationTests
{
    private static int Exact(Int128 a, long b, long c, long d) =>
        ((BigInteger)a * b).CompareTo((BigInteger)c * d);

    [Fact]
    public void A_product_past_two_to_the_128_beats_a_64_bit_product_with_a_larger_low_word()
    {
        // 2¹⁰⁰ × 2⁴⁰ = 2¹⁴⁰: high word 2¹², low 128 bits 0; 3,037,000,499² ≈ 9.2 × 10¹⁸ has high word 0.
        Int128 a = Int128.One << 100;
        Assert.Equal(1, WideArithmetic.CompareProducts(a, 1L << 40, 3_037_000_499, 3_037_000_499));
        Assert.Equal(-1, WideArithmetic.CompareProducts(-a, 1L << 40, 3_037_000_499, 3_037_000_499));
        Assert.Equal(-1, WideArithmetic.CompareProducts(a, -(1L << 40), 3_037_000_499, 3_037_000_499));
    }

    [Fact]
    public void The_carry_out_of_the_low_128_bits_reaches_the_high_word()
    {
        // a = 3·2⁶⁴ + 4, b = (2⁶⁴ − 1)/3 = 6,148,914,691,236,517,205:
        // a·b = 2⁶⁴(2⁶⁴ − 1) + 4b = 2¹²⁸ + 6,148,914,691,236,517,204. The cross term 3b·2⁶⁴ = 2¹²⁸ − 2⁶⁴ and
        // 4b > 2⁶⁴ carry into bit 128: high word 1, low word 6.1 × 10¹⁸ — below 3,037,000,499² ≈ 9.2 × 10¹⁸.
        Int128 a = (Int128.One << 64) * 3 + 4;
        const long b = 6_148_914_691_236_517_205;
        Assert.Equal(Exact(a, b, 3_037_000_499, 3_037_000_499), WideArithmetic.CompareProducts(a, b, 3_037_000_499, 3_037_000_499));
        Assert.Equal(1, WideArithmetic.CompareProducts(a, b, 3_037_000_499, 3_037_000_499));
        Assert.Equal(-1, WideArithmetic.CompareProducts(-a, b, 3_037_000_499, 3_037_000_499));
    }

    [Fact]
    public void Products_equal_through_the_cross_term_compare_equal()
    {
        // 2⁶⁴ × 4 = 2⁶⁶ = 2³³ × 2³³: the left product is all cross term (low 64 bits of a are 0).
        Int128 a = Int128.One << 64;
        Assert.Equal(0, WideArithmetic.CompareProducts(a, 4, 1L << 33, 1L << 33));
        Assert.Equal(1, WideArithmetic.CompareProducts(a, 4, (1L << 33) - 1, 1L << 33));
        Assert.Equal(-1, WideArithmetic.CompareProducts(a, 4, (1L << 33) + 1, 1L << 33));
        // (2⁶⁴ + 1) × 3 ≈ 5.5 × 10¹⁹ (with a non-zero low word) against 2 × (2⁶³ − 1) ≈ 1.8 × 10¹⁹.
        Assert.Equal(1, WideArithmetic.CompareProducts(a + 1, 3, 2, long.MaxValue));
        Assert.Equal(Exact(a + 1, 3, 2, long.MaxValue), WideArithmetic.CompareProducts(a + 1, 3, 2, long.MaxValue));
    }

    [Fact]
    public void Signs_decide_before_magnitudes()
    {
        Assert.Equal(0, WideArithmetic.CompareProducts(0, 5, 0, 7));
        Assert.Equal(0, WideArithmetic.CompareProducts(9, 0, -3, 0));
        Assert.Equal(1, WideArithmetic.CompareProducts(1, 1, -1, long.MaxValue));
        Assert.Equal(-1, WideArithmetic.CompareProducts(-1, 1, 0, 1));
        // long.MinValue's magnitude 2⁶³ is exact: 2⁶³ × 2⁶² = 2¹²⁵ against −2⁶³ × −2⁶² = 2¹²⁵.
        Assert.Equal(0, WideArithmetic.CompareProducts(Int128.One << 63, 1L << 62, long.MinValue, long.MinValue / 2));
        Assert.Equal(-1, WideArithmetic.CompareProducts(-(Int128.One << 63), 1L << 62, long.MinValue, long.MinValue / 2));
    }

    [Fact]
    public void Multiply_and_Less_are_exact()
    {
        Assert.Equal((Int128)long.MinValue * long.MinValue, WideArithmetic.Multiply(long.MinValue, long.MinValue));
        Assert.Equal((Int128)long.MaxValue * -3, WideArithmetic.Multiply(long.MaxValue, -3));
        Assert.Equal(1, WideArithmetic.Less(-1, 0));
        Assert.Equal(0, WideArithmetic.Less(0, 0));
        Assert.Equal(0, WideArithmetic.Less(Int128.One << 120, -(Int128.One << 120)));
    }
}
