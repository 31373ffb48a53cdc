using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Tests.Support;

namespace FundMath.Tests.Values;

/// <summary>
/// IntegerRounding.MultiplyDivide keeps value × n / d in 64-bit arithmetic when it cannot overflow and falls back
/// to the exact 128-bit Divide otherwise; both paths must round identically in every mode.
/// </summary>
public class IntegerRoundingTests
{
    // Values on both sides of the 2³¹ and 2⁶⁴-product limits, signs included; denominators of either sign (not zero).
    private static readonly Arbitrary<long> Operand = Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(i => (long)i),
            Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i),
            ArbMap.Default.GeneratorFor<long>())
        .ToArbitrary();

    private static readonly Arbitrary<long> Denominator = Gen.OneOf(
            Gen.Choose(1, 1_000_000).Select(i => (long)i),
            Gen.Choose(-1_000, -1).Select(i => (long)i),
            ArbMap.Default.GeneratorFor<long>().Where(d => d != 0))
        .ToArbitrary();

    [FundMathProperty]
    public Property MultiplyDivide_equals_the_exact_128_bit_division_in_every_mode() =>
        Prop.ForAll(Operand, Operand, Denominator, (v, n, d) =>
        {
            foreach (MidpointRounding mode in Enum.GetValues<MidpointRounding>())
            {
                if (IntegerRounding.MultiplyDivide(v, n, d, mode) != IntegerRounding.Divide((Int128)v * n, d, mode))
                {
                    return false;
                }
            }

            return true;
        });

    [Theory]
    [InlineData(505_400L, 87L, 1000L, MidpointRounding.AwayFromZero, 43_970L)] // 5,054元 × 8.7% = 439.698 → 439.70
    [InlineData(5L, 1L, 2L, MidpointRounding.ToEven, 2L)]                      // 2.5 → 2
    [InlineData(7L, 1L, 2L, MidpointRounding.ToEven, 4L)]                      // 3.5 → 4
    [InlineData(5L, 1L, 2L, MidpointRounding.AwayFromZero, 3L)]
    [InlineData(5L, 1L, 2L, MidpointRounding.ToZero, 2L)]
    [InlineData(5L, 1L, 2L, MidpointRounding.ToPositiveInfinity, 3L)]
    [InlineData(5L, 1L, 2L, MidpointRounding.ToNegativeInfinity, 2L)]
    public void Fast_path_rounds_as_named(long value, long numerator, long denominator, MidpointRounding mode, long expected) =>
        Assert.Equal((Int128)expected, IntegerRounding.MultiplyDivide(value, numerator, denominator, mode));

    // Magnitudes on both sides of the 64-bit product limit (|v·n| < 2⁶⁴ takes the 64-bit path), signs included.
    private static readonly long[] EdgeValues =
    [
        0, 1, -1, 1L << 32, (1L << 32) + 1, -(1L << 32) - 1, 84_554_764_000, -84_554_764_000, long.MaxValue, long.MinValue,
        long.MinValue + 1, (long)(ulong.MaxValue / 3), (long)(ulong.MaxValue / 3) + 1, (long)(ulong.MaxValue / 7) - 1, 6_148_914_691_236_517_205,
    ];

    private static readonly long[] EdgeNumerators = [1, -1, 2, 3, 7, -3, 12, (1L << 31) - 1, 1L << 32, (1L << 32) + 1, long.MaxValue, long.MinValue];

    private static readonly long[] EdgeDenominators = [1, 2, 3, 7, 12, -1, -7, 100_000_000, long.MaxValue, long.MinValue];

    [Fact]
    public void MultiplyDivide_matches_a_BigInteger_reference_across_the_64_bit_product_limit_in_every_mode()
    {
        int cases = 0;
        foreach (long v in EdgeValues)
        {
            foreach (long n in EdgeNumerators)
            {
                foreach (long d in EdgeDenominators)
                {
                    foreach (MidpointRounding mode in Enum.GetValues<MidpointRounding>())
                    {
                        Assert.True(
                            (BigInteger)IntegerRounding.MultiplyDivide(v, n, d, mode) == RoundingReference.Round((BigInteger)v * n, d, mode),
                            $"{v} × {n} / {d} ({mode})");
                        cases++;
                    }
                }
            }
        }

        Assert.Equal(EdgeValues.Length * EdgeNumerators.Length * EdgeDenominators.Length * 5, cases);
    }

    [FundMathProperty]
    public Property Gcd_equals_the_BigInteger_gcd_on_64_and_128_bits() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<ulong>(), Gen.Elements(0UL, 1UL, 2UL, 1UL << 63, ulong.MaxValue, 600_000UL * 1024))),
            Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<ulong>(), Gen.Elements(0UL, 1UL, 3UL, 1UL << 40, ulong.MaxValue - 1, 1_290_000UL * 4096))),
            ArbMap.Default.ArbFor<ulong>(),
            (a, b, high) =>
            {
                bool small = IntegerRounding.Gcd(a, b) == (ulong)BigInteger.GreatestCommonDivisor(a, b);
                UInt128 wideA = ((UInt128)high << 64) | a;
                UInt128 wideB = (UInt128)b * 6;
                BigInteger expected = BigInteger.GreatestCommonDivisor((BigInteger)wideA, (BigInteger)wideB);
                return small && (BigInteger)IntegerRounding.Gcd(wideA, wideB) == expected;
            });

    [Fact]
    public void An_undefined_mode_is_rejected_not_truncated() =>
        Assert.Throws<ArgumentException>(() => IntegerRounding.MultiplyDivide(5, 1, 2, (MidpointRounding)42));
}
