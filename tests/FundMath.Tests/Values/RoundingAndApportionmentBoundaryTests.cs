using System;

namespace FundMath.Tests.Values;

/// <summary>
/// The exact integer rounding under Money, Rate and Fraction (negative divisors, halves, the 64-bit limits,
/// powers of ten past 10¹⁸) and the largest-remainder apportionment (ties, negative totals, 128-bit products,
/// rate weights). Expected values are worked out in the comments.
/// </summary>
public class RoundingAndApportionmentBoundaryTests
{
    // A negative divisor is moved to the numerator first: 7 / −2 = −3.5, −7 / −2 = 3.5, 5 / −3 = −1.67, 6 / −3 = −2.
    [Theory]
    [InlineData(7L, -2L, MidpointRounding.AwayFromZero, -4L)]
    [InlineData(7L, -2L, MidpointRounding.ToEven, -4L)]
    [InlineData(7L, -2L, MidpointRounding.ToZero, -3L)]
    [InlineData(7L, -2L, MidpointRounding.ToPositiveInfinity, -3L)]
    [InlineData(7L, -2L, MidpointRounding.ToNegativeInfinity, -4L)]
    [InlineData(-7L, -2L, MidpointRounding.AwayFromZero, 4L)]
    [InlineData(-7L, -2L, MidpointRounding.ToEven, 4L)]
    [InlineData(-5L, -2L, MidpointRounding.ToEven, 2L)]
    [InlineData(-7L, -2L, MidpointRounding.ToZero, 3L)]
    [InlineData(-7L, -2L, MidpointRounding.ToPositiveInfinity, 4L)]
    [InlineData(-7L, -2L, MidpointRounding.ToNegativeInfinity, 3L)]
    [InlineData(5L, -3L, MidpointRounding.AwayFromZero, -2L)]
    [InlineData(4L, -3L, MidpointRounding.AwayFromZero, -1L)]
    [InlineData(4L, -3L, MidpointRounding.ToEven, -1L)]
    [InlineData(6L, -3L, MidpointRounding.ToNegativeInfinity, -2L)]
    [InlineData(6L, -3L, MidpointRounding.ToPositiveInfinity, -2L)]
    public void Divide_normalises_a_negative_divisor(long numerator, long denominator, MidpointRounding mode, long expected)
    {
        Assert.Equal((Int128)expected, IntegerRounding.Divide(numerator, denominator, mode));
        Assert.Equal((Int128)expected, IntegerRounding.MultiplyDivide(numerator, 1, denominator, mode));
        Assert.Equal(expected, Money.FromFen(numerator).Divide(denominator, mode).Fen);
    }

    // Positive divisors: 7/2 = 3.5, −7/2 = −3.5, 5/2 = 2.5, 1/3, 2/3, −2/3.
    [Theory]
    [InlineData(7L, 2L, MidpointRounding.ToEven, 4L)]
    [InlineData(5L, 2L, MidpointRounding.ToEven, 2L)]
    [InlineData(-5L, 2L, MidpointRounding.ToEven, -2L)]
    [InlineData(-7L, 2L, MidpointRounding.ToEven, -4L)]
    [InlineData(-7L, 2L, MidpointRounding.AwayFromZero, -4L)]
    [InlineData(-7L, 2L, MidpointRounding.ToZero, -3L)]
    [InlineData(-7L, 2L, MidpointRounding.ToPositiveInfinity, -3L)]
    [InlineData(-7L, 2L, MidpointRounding.ToNegativeInfinity, -4L)]
    [InlineData(1L, 3L, MidpointRounding.AwayFromZero, 0L)]
    [InlineData(2L, 3L, MidpointRounding.AwayFromZero, 1L)]
    [InlineData(2L, 3L, MidpointRounding.ToEven, 1L)]
    [InlineData(1L, 3L, MidpointRounding.ToEven, 0L)]
    [InlineData(-2L, 3L, MidpointRounding.ToEven, -1L)]
    [InlineData(-1L, 3L, MidpointRounding.ToPositiveInfinity, 0L)]
    [InlineData(-1L, 3L, MidpointRounding.ToNegativeInfinity, -1L)]
    [InlineData(1L, 3L, MidpointRounding.ToNegativeInfinity, 0L)]
    [InlineData(1L, 3L, MidpointRounding.ToPositiveInfinity, 1L)]
    [InlineData(9L, 3L, MidpointRounding.ToPositiveInfinity, 3L)]
    [InlineData(-9L, 3L, MidpointRounding.ToNegativeInfinity, -3L)]
    public void Divide_rounds_as_named(long numerator, long denominator, MidpointRounding mode, long expected) =>
        Assert.Equal((Int128)expected, IntegerRounding.Divide(numerator, denominator, mode));

    [Fact]
    public void Divide_by_zero_and_undefined_modes_are_rejected()
    {
        Assert.Contains("exact rounding", Assert.Throws<DivideByZeroException>(() => IntegerRounding.Divide(1, 0, MidpointRounding.ToEven)).Message);
        Assert.Throws<DivideByZeroException>(() => IntegerRounding.MultiplyDivide(1, 1, 0, MidpointRounding.ToEven));
        ArgumentException e = Assert.Throws<ArgumentException>(() => IntegerRounding.Divide(1, 3, (MidpointRounding)9));
        Assert.Equal("mode", e.ParamName);
        Assert.Contains("rounding mode 9", e.Message);
        // An exact quotient needs no mode, so even an undefined one returns it.
        Assert.Equal((Int128)2, IntegerRounding.Divide(6, 3, (MidpointRounding)9));
    }

    // The fast 64-bit path of MultiplyDivide is taken below 2³¹; at and above it the 128-bit path must agree:
    // 2³¹ × 2³¹ / 3 = 1,537,228,672,809,129,301.33 → …301 (AwayFromZero) and …302 (ToPositiveInfinity).
    [Fact]
    public void MultiplyDivide_on_both_sides_of_the_fast_path_limit()
    {
        const long Big = 0x8000_0000L;
        Assert.Equal((Int128)1_537_228_672_809_129_301L, IntegerRounding.MultiplyDivide(Big, Big, 3, MidpointRounding.AwayFromZero));
        Assert.Equal((Int128)1_537_228_672_809_129_302L, IntegerRounding.MultiplyDivide(Big, Big, 3, MidpointRounding.ToPositiveInfinity));
        Assert.Equal((Int128)1_537_228_672_809_129_301L, IntegerRounding.MultiplyDivide(Big, Big, 3, MidpointRounding.ToNegativeInfinity));
        // (2³¹ − 1)² / 2 = (2⁶² − 2³² + 1) / 2 = 2,305,843,007,066,210,304.5 → …304 ToEven, …305 AwayFromZero.
        Assert.Equal((Int128)2_305_843_007_066_210_304L, IntegerRounding.MultiplyDivide(Big - 1, Big - 1, 2, MidpointRounding.ToEven));
        Assert.Equal((Int128)2_305_843_007_066_210_305L, IntegerRounding.MultiplyDivide(Big - 1, Big - 1, 2, MidpointRounding.AwayFromZero));
        Assert.Equal((Int128)2_305_843_007_066_210_305L, IntegerRounding.MultiplyDivide(Big - 1, Big - 1, 2, MidpointRounding.ToPositiveInfinity));
        Assert.Equal((Int128)2_305_843_007_066_210_304L, IntegerRounding.MultiplyDivide(Big - 1, Big - 1, 2, MidpointRounding.ToZero));
        // 3 × 5 / 2 = 7.5: ToEven → 8 (7 is odd), 2 × 5 / 4 = 2.5 → 2.
        Assert.Equal((Int128)8, IntegerRounding.MultiplyDivide(3, 5, 2, MidpointRounding.ToEven));
        Assert.Equal((Int128)2, IntegerRounding.MultiplyDivide(2, 5, 4, MidpointRounding.ToEven));
        Assert.Equal((Int128)3, IntegerRounding.MultiplyDivide(2, 5, 4, MidpointRounding.AwayFromZero));
        // 2 × 7 / 4 = 3.5 → 4 ToEven; 3 × 3 / 4 = 2.25 → 2 AwayFromZero, 3 ToPositiveInfinity; 11/4 = 2.75 → 3.
        Assert.Equal((Int128)4, IntegerRounding.MultiplyDivide(2, 7, 4, MidpointRounding.ToEven));
        Assert.Equal((Int128)2, IntegerRounding.MultiplyDivide(3, 3, 4, MidpointRounding.AwayFromZero));
        Assert.Equal((Int128)2, IntegerRounding.MultiplyDivide(3, 3, 4, MidpointRounding.ToEven));
        Assert.Equal((Int128)3, IntegerRounding.MultiplyDivide(11, 1, 4, MidpointRounding.ToEven));
        Assert.Equal((Int128)3, IntegerRounding.MultiplyDivide(3, 3, 4, MidpointRounding.ToPositiveInfinity));
        Assert.Equal((Int128)2, IntegerRounding.MultiplyDivide(3, 3, 4, MidpointRounding.ToNegativeInfinity));
        Assert.Equal((Int128)6, IntegerRounding.MultiplyDivide(4, 3, 2, MidpointRounding.ToPositiveInfinity));
        Assert.Throws<ArgumentException>(() => IntegerRounding.MultiplyDivide(3, 3, 4, (MidpointRounding)11));
    }

    [Fact]
    public void FitsInt64_and_ToInt64_at_the_limits()
    {
        Assert.True(IntegerRounding.FitsInt64(long.MaxValue));
        Assert.True(IntegerRounding.FitsInt64(long.MinValue));
        Assert.False(IntegerRounding.FitsInt64((Int128)long.MaxValue + 1));
        Assert.False(IntegerRounding.FitsInt64((Int128)long.MinValue - 1));
        Assert.Equal(long.MaxValue, IntegerRounding.ToInt64(long.MaxValue, "x"));
        Assert.Equal(long.MinValue, IntegerRounding.ToInt64(long.MinValue, "x"));
        OverflowException e = Assert.Throws<OverflowException>(() => IntegerRounding.ToInt64((Int128)long.MaxValue + 1, "rounded amount"));
        Assert.Contains("rounded amount 9223372036854775808", e.Message);
        Assert.Throws<OverflowException>(() => IntegerRounding.ToInt64((Int128)long.MinValue - 1, "x"));
    }

    [Fact]
    public void Pow10_past_the_table_and_Gcd()
    {
        Assert.Equal((Int128)1, IntegerRounding.Pow10(0));
        Assert.Equal((Int128)1_000_000_000_000_000_000L, IntegerRounding.Pow10(18));
        Assert.Equal((Int128)1_000_000_000_000_000_000L * 10, IntegerRounding.Pow10(19));
        Assert.Equal(Int128.Parse("10000000000000000000000000000"), IntegerRounding.Pow10(28));
        Assert.Equal(6UL, IntegerRounding.Gcd(12UL, 18UL));
        Assert.Equal(12UL, IntegerRounding.Gcd(12UL, 0UL));
        Assert.Equal(1UL, IntegerRounding.Gcd(17UL, 5UL));
        Assert.Equal((UInt128)6, IntegerRounding.Gcd((UInt128)12, (UInt128)18));
        Assert.Equal((UInt128)5, IntegerRounding.Gcd((UInt128)0, (UInt128)5));
    }

    // decimal bits: 1.5m = 15 × 10⁻¹; −0.001m = −1 × 10⁻³; decimal.MaxValue = (2⁹⁶ − 1) × 10⁰.
    [Fact]
    public void Decompose_reads_sign_mantissa_and_scale()
    {
        Assert.Equal(((Int128)15, 1), IntegerRounding.Decompose(1.5m));
        Assert.Equal(((Int128)(-1), 3), IntegerRounding.Decompose(-0.001m));
        Assert.Equal(((Int128)1500, 3), IntegerRounding.Decompose(1.500m));
        Assert.Equal(((Int128)0, 0), IntegerRounding.Decompose(0m));
        Assert.Equal((((Int128)1 << 96) - 1, 0), IntegerRounding.Decompose(decimal.MaxValue));
        Assert.Equal((-(((Int128)1 << 96) - 1), 0), IntegerRounding.Decompose(decimal.MinValue));
        // 0x8000_0000 in the low word (top bit set) and 2⁶⁴ in the high word.
        Assert.Equal(((Int128)0x8000_0000L, 0), IntegerRounding.Decompose(2_147_483_648m));
        Assert.Equal(((Int128)1 << 64, 0), IntegerRounding.Decompose(18_446_744_073_709_551_616m));
        Assert.Equal(((Int128)1 << 32, 28), IntegerRounding.Decompose(new decimal(0, 1, 0, false, 28)));
    }

    // Weights 1 : 2 : 2 of 1 fen: remainders 1, 2, 2 (of 5); one fen to give; the larger remainders tie, and the
    // earlier of them (index 1) wins — not index 0, whose remainder is smaller.
    [Fact]
    public void Ties_at_the_threshold_go_to_the_earliest_index_and_smaller_remainders_get_nothing()
    {
        long[] parts = new long[3];
        Apportionment.Split(1, [1, 2, 2], parts);
        Assert.Equal([0L, 1L, 0L], parts);

        // 3 fen by 1 : 3 : 3 : 3 (Σ 10): exact shares 0.3, 0.9, 0.9, 0.9 → all quotients 0, leftover 3; the
        // remainders 3, 9, 9, 9 give the three 9s one fen each.
        long[] four = new long[4];
        Apportionment.Split(3, [1, 3, 3, 3], four);
        Assert.Equal([0L, 1L, 1L, 1L], four);

        // 2 fen by 1 : 3 : 3 : 3: two of the three tied 9s, in index order.
        Apportionment.Split(2, [1, 3, 3, 3], four);
        Assert.Equal([0L, 1L, 1L, 0L], four);

        // 2 fen by 3 : 1 : 3 : 3 : the smaller remainder sits in between and is skipped.
        Apportionment.Split(2, [3, 1, 3, 3], four);
        Assert.Equal([1L, 0L, 1L, 0L], four);

        // Strictly larger remainders beat earlier ties: 2 fen by 2 : 2 : 3 : 3 (Σ 10): remainders 4, 4, 6, 6.
        Apportionment.Split(2, [2, 2, 3, 3], four);
        Assert.Equal([0L, 0L, 1L, 1L], four);

        // 3 fen: the two 6s and then the first 4.
        Apportionment.Split(3, [2, 2, 3, 3], four);
        Assert.Equal([1L, 0L, 1L, 1L], four);
    }

    // −10 fen by 1 : 1 : 1 = −(4, 3, 3); long.MinValue fen (|2⁶³| does not fit in a long) by 1 : 1.
    [Fact]
    public void Negative_totals_mirror_the_positive_split()
    {
        long[] parts = new long[3];
        Apportionment.Split(-10, [1, 1, 1], parts);
        Assert.Equal([-4L, -3L, -3L], parts);
        long[] two = new long[2];
        Apportionment.Split(long.MinValue, [1, 1], two);
        Assert.Equal([long.MinValue / 2, long.MinValue / 2], two);
        Apportionment.Split(long.MaxValue, [1, 1], two);
        Assert.Equal([(long.MaxValue / 2) + 1, long.MaxValue / 2], two);
        Apportionment.Split(0, [1, 1], two);
        Assert.Equal([0L, 0L], two);
    }

    // t·wᵢ above 2⁶⁴ takes the 128-bit path: 10¹⁸ fen by 7 : 3 → 7 × 10¹⁷ and 3 × 10¹⁷ exactly;
    // 10¹⁸ + 1 by 2 : 1 (Σ 3): exact shares 666…667.33 and 333…333.67 → the larger remainder (the second) gets the fen.
    [Fact]
    public void Products_beyond_64_bits_are_exact()
    {
        long[] two = new long[2];
        Apportionment.Split(1_000_000_000_000_000_000L, [7_000_000_000L, 3_000_000_000L], two);
        Assert.Equal([700_000_000_000_000_000L, 300_000_000_000_000_000L], two);
        Apportionment.Split(1_000_000_000_000_000_001L, [2_000_000_000L, 1_000_000_000L], two);
        Assert.Equal([666_666_666_666_666_667L, 333_333_333_333_333_334L], two);
        Assert.Equal(1_000_000_000_000_000_001L, two[0] + two[1]);
    }

    [Fact]
    public void Bad_weights_and_lengths_are_rejected_with_the_rule()
    {
        long[] parts = new long[2];
        ArgumentException e = Assert.Throws<ArgumentException>(() => Apportionment.Split(10, [1, 2, 3], parts));
        Assert.Equal("parts", e.ParamName);
        Assert.Contains("parts has length 2 but weights has length 3", e.Message);
        e = Assert.Throws<ArgumentException>(() => Apportionment.Split(10, [1, -2], parts));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("weights[1] -2 is negative", e.Message);
        e = Assert.Throws<ArgumentException>(() => Apportionment.Split(10, [0, 0], parts));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("the 2 weights sum to zero", e.Message);
        Assert.Throws<OverflowException>(() => Apportionment.Split(10, [long.MaxValue, 1], parts));
        // A zero weight among positive ones is allowed and gets nothing.
        Apportionment.Split(10, [0, 5], parts);
        Assert.Equal([0L, 10L], parts);

        Rate[] shares = new Rate[1];
        e = Assert.Throws<ArgumentException>(() => Apportionment.Percentages([1, 1], 2, shares));
        Assert.Equal("shares", e.ParamName);
        Assert.Contains("shares has length 1 but weights has length 2", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([1], 13, shares));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([1], -1, shares));
    }

    // 1 : 1 : 1 at 0 decimals: 100 units → 34, 33, 33 (%); at 12 decimals: 10¹⁴ units → 33.333333333334 %, ….
    [Fact]
    public void Percentages_at_both_ends_of_the_precision()
    {
        Rate[] shares = new Rate[3];
        Apportionment.Percentages([1, 1, 1], 0, shares);
        Assert.Equal(Rate.FromRatio(34, 100), shares[0]);
        Assert.Equal(Rate.FromRatio(33, 100), shares[1]);
        Assert.Equal(Rate.FromRatio(33, 100), shares[2]);
        Apportionment.Percentages([1, 1, 1], 12, shares);
        Assert.Equal(Rate.FromRatio(33_333_333_333_334, 100_000_000_000_000), shares[0]);
        Assert.Equal(Rate.FromRatio(33_333_333_333_333, 100_000_000_000_000), shares[2]);
    }

    // Rates ⅓ and ⅙ and ½ have the common denominator 6: integer weights 2, 1, 3 — 600 fen → 200, 100, 300.
    [Fact]
    public void Rate_weights_use_their_least_common_denominator()
    {
        Money[] parts = new Money[3];
        Apportionment.Split(Money.FromFen(600), [Rate.FromRatio(1, 3), Rate.FromRatio(1, 6), Rate.FromRatio(1, 2)], parts);
        Assert.Equal([Money.FromFen(200), Money.FromFen(100), Money.FromFen(300)], parts);
        // 30 % and 70 %: denominators 10 and 10; 1 fen → the larger share.
        Money[] two = new Money[2];
        Apportionment.Split(Money.FromFen(1), [Rate.FromRatio(3, 10), Rate.FromRatio(7, 10)], two);
        Assert.Equal([Money.Zero, Money.FromFen(1)], two);
        // By headcounts and by amounts, the same rule: 10 fen by 1 : 2 : 2 → 2, 4, 4.
        Apportionment.Split(Money.FromFen(10), [Headcount.FromPersons(1), Headcount.FromPersons(2), Headcount.FromPersons(2)], parts);
        Assert.Equal([Money.FromFen(2), Money.FromFen(4), Money.FromFen(4)], parts);
        Apportionment.Split(Money.FromFen(10), [Money.FromFen(1), Money.FromFen(2), Money.FromFen(2)], parts);
        Assert.Equal([Money.FromFen(2), Money.FromFen(4), Money.FromFen(4)], parts);
    }

    // 300 parts (beyond the 256 on the stack): 301 fen by equal weights → the first part gets 2, the rest 1.
    [Fact]
    public void More_parts_than_the_stack_limit_split_the_same_way()
    {
        long[] weights = new long[300];
        Array.Fill(weights, 1L);
        long[] parts = new long[300];
        Apportionment.Split(301, weights, parts);
        Assert.Equal(2L, parts[0]);
        Assert.All(parts[1..], p => Assert.Equal(1L, p));

        Rate[] rates = new Rate[300];
        Array.Fill(rates, Rate.FromRatio(1, 300));
        Money[] money = new Money[300];
        Apportionment.Split(Money.FromFen(302), rates, money);
        Assert.Equal(2L, money[0].Fen);
        Assert.Equal(2L, money[1].Fen);
        Assert.Equal(1L, money[2].Fen);
        Rate[] shares = new Rate[300];
        Apportionment.Percentages(weights, 0, shares);
        Assert.Equal(Rate.FromRatio(1, 100), shares[0]);
        Assert.Equal(Rate.Zero, shares[299]);
    }
}
