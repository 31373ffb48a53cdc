namespace FundMath.Tests.Values;

using System;
using FundMath;

/// <summary>
/// <see cref="IntegerRounding"/> at the edges its fast paths switch on: the 64-bit GCD entry (values whose low 64
/// bits are zero), the 64-bit MultiplyDivide path (a numerator's sign, a zero denominator, an undefined mode),
/// the Int64 narrowing and the decimal decomposition.
/// </summary>
public class IntegerRoundingMutationTests
{
    private static readonly UInt128 TwoTo64 = UInt128.One << 64;

    [Fact]
    public void Gcd_of_values_whose_low_64_bits_are_zero()
    {
        // gcd(2⁶⁴, 6) = 2 either way round: 2⁶⁴ has no 64-bit low part, so it must not be taken as 0.
        Assert.Equal((UInt128)2, IntegerRounding.Gcd(TwoTo64, (UInt128)6));
        Assert.Equal((UInt128)2, IntegerRounding.Gcd((UInt128)6, TwoTo64));
        // gcd(3·2⁶⁴ + 6, 2⁶⁴): one Euclid step gives (2⁶⁴, 6), then gcd(6, 4) = 2.
        Assert.Equal((UInt128)2, IntegerRounding.Gcd((3 * TwoTo64) + 6, TwoTo64));
        // gcd(3·2¹⁰⁰, 9·2⁹⁰) = 3·2⁹⁰; gcd(2⁶⁴ + 3, 9) = 1 (2⁶⁴ + 3 ≡ 1 mod 9).
        Assert.Equal(3 * (UInt128.One << 90), IntegerRounding.Gcd(3 * (UInt128.One << 100), 9 * (UInt128.One << 90)));
        Assert.Equal(UInt128.One, IntegerRounding.Gcd(TwoTo64 + 3, (UInt128)9));
    }

    [Fact]
    public void Gcd_on_64_bits()
    {
        Assert.Equal(6UL, IntegerRounding.Gcd(12UL, 18UL));
        Assert.Equal(6UL, IntegerRounding.Gcd(18UL, 12UL));
        Assert.Equal(7UL, IntegerRounding.Gcd(7UL, 7UL));
        Assert.Equal(5UL, IntegerRounding.Gcd(0UL, 5UL));
        Assert.Equal(3072UL, IntegerRounding.Gcd(3UL << 40, 9UL << 10)); // 2¹⁰ × 3
    }

    [Fact]
    public void MultiplyDivide_with_a_negative_numerator_on_the_64_bit_path()
    {
        // 1 × −3 / 2 = −1.5: to even −2, toward zero −1, floor −2, ceiling −1.
        Assert.Equal((Int128)(-2), IntegerRounding.MultiplyDivide(1, -3, 2, MidpointRounding.ToEven));
        Assert.Equal((Int128)(-1), IntegerRounding.MultiplyDivide(1, -3, 2, MidpointRounding.ToZero));
        Assert.Equal((Int128)(-2), IntegerRounding.MultiplyDivide(1, -3, 2, MidpointRounding.ToNegativeInfinity));
        Assert.Equal((Int128)(-1), IntegerRounding.MultiplyDivide(1, -3, 2, MidpointRounding.ToPositiveInfinity));
        // −5 × 3 / 4 = −3.75 → −4 half away from zero.
        Assert.Equal((Int128)(-4), IntegerRounding.MultiplyDivide(-5, 3, 4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void MultiplyDivide_refuses_a_zero_denominator_and_an_undefined_mode_by_name()
    {
        Assert.Equal(
            "Division by zero in an exact rounding.",
            Assert.Throws<DivideByZeroException>(() => IntegerRounding.MultiplyDivide(5, 1, 0, MidpointRounding.ToEven)).Message);
        // 3 × 1 / 2 leaves a remainder, so the mode is needed, and 99 is none.
        Assert.Equal(
            "rounding mode 99 is not a defined System.MidpointRounding value. (Parameter 'mode')",
            Assert.Throws<ArgumentException>(() => IntegerRounding.MultiplyDivide(3, 1, 2, (MidpointRounding)99)).Message);
    }

    [Fact]
    public void ToInt64_accepts_the_range_and_names_what_is_beyond()
    {
        Assert.Equal(long.MaxValue, IntegerRounding.ToInt64(long.MaxValue, "contribution"));
        Assert.Equal(long.MinValue, IntegerRounding.ToInt64(long.MinValue, "contribution"));
        Assert.Equal(0, IntegerRounding.ToInt64(0, "contribution"));
        Assert.Equal(
            "contribution 9223372036854775808 does not fit in 64 bits.",
            Assert.Throws<OverflowException>(() => IntegerRounding.ToInt64((Int128)long.MaxValue + 1, "contribution")).Message);
        Assert.Equal(
            "contribution -9223372036854775809 does not fit in 64 bits.",
            Assert.Throws<OverflowException>(() => IntegerRounding.ToInt64((Int128)long.MinValue - 1, "contribution")).Message);
        Assert.True(IntegerRounding.FitsInt64(long.MinValue));
        Assert.False(IntegerRounding.FitsInt64((Int128)long.MinValue - 1));
        Assert.True(IntegerRounding.FitsInt64(long.MaxValue));
        Assert.False(IntegerRounding.FitsInt64((Int128)long.MaxValue + 1));
    }

    [Fact]
    public void Pow10_beyond_the_64_bit_table()
    {
        Assert.Equal((Int128)1_000_000_000_000_000_000, IntegerRounding.Pow10(18));
        Assert.Equal((Int128)1_000_000_000_000_000_000 * 10, IntegerRounding.Pow10(19));
        Assert.Equal(Int128.Parse("100000000000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture), IntegerRounding.Pow10(38));
    }

    [Fact]
    public void Decompose_reads_all_96_bits_the_sign_and_the_scale()
    {
        Assert.Equal((Int128.Parse("79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture), 0), IntegerRounding.Decompose(decimal.MaxValue));
        Assert.Equal((Int128.Parse("-79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture), 0), IntegerRounding.Decompose(decimal.MinValue));
        Assert.Equal(((Int128)(-15), 1), IntegerRounding.Decompose(-1.5m));
        // 2⁶⁴ + 2³² + 1 at scale 3: one bit in each 32-bit word.
        Assert.Equal(((Int128.One << 64) + (1L << 32) + 1, 3), IntegerRounding.Decompose(18_446_744_078_004_518.913m));
        Assert.Equal(((Int128)1, 28), IntegerRounding.Decompose(0.0000000000000000000000000001m));
    }
}
