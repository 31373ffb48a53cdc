using System;
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
    // Values on both sides of the 2³¹ fast-path limit, signs included; denominators of either sign (not zero).
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

    [Fact]
    public void An_undefined_mode_is_rejected_not_truncated() =>
        Assert.Throws<ArgumentException>(() => IntegerRounding.MultiplyDivide(5, 1, 2, (MidpointRounding)42));
}
