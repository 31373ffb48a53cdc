namespace FundMath.Tests.Values;

using System;
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using Money = FundMath.Money;

/// <summary>
/// The fixed-point form of rates and the 64-bit fast paths of Money × Rate, parsing and formatting, each compared
/// with an exact BigInteger or decimal reference on edge and random inputs, in every rounding mode.
/// </summary>
public class FixedPointTests
{
    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero,
        MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity,
    ];

    // 0, ±1 fen, 2³¹ ± 1, 2⁵³ ± 1, long.MaxValue/100, the limits.
    private static readonly long[] EdgeFen =
    [
        0, 1, -1, (1L << 31) - 1, 1L << 31, (1L << 31) + 1, -(1L << 31) - 1, (1L << 53) - 1, (1L << 53) + 1,
        -(1L << 53) - 1, long.MaxValue / 100, -(long.MaxValue / 100), 99_999_999, 100_000_000, 100_000_001,
        84_554_764_000, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1,

        // Either side of the 64-bit product limit (|fen|·units < 2⁶⁴ takes the one-division path) for 8.7%, 300% and 2³³ − 1.
        (long)(ulong.MaxValue / 8_700_000), (long)(ulong.MaxValue / 8_700_000) + 1, -(long)(ulong.MaxValue / 8_700_000) - 1,
        (long)(ulong.MaxValue / 300_000_000), (long)(ulong.MaxValue / 300_000_000) + 1, (long)(ulong.MaxValue / ((1UL << 33) - 1)) + 1,

        // With 3 × 10⁻⁸: products within 10⁸ of 2⁶⁴, where adding the rounding bias would wrap (the fast path hands them on).
        (long)(ulong.MaxValue / 3), (long)(ulong.MaxValue / 3) - 1, (long)((ulong.MaxValue - 99_999_999) / 3),
        (long)((ulong.MaxValue - 99_999_999) / 3) + 1, -(long)(ulong.MaxValue / 3),
    ];

    // Proportions in 10⁻⁸: 0, ±10⁻⁸, 0.5%, 8.7%, 83.5%, 100%, 110.09%, 300%, the largest fast-path rate (2³³ − 1) and
    // beyond it (2³³, far beyond).
    private static readonly long[] EdgeUnits =
    [
        0, 1, -1, 500_000, 8_700_000, 83_500_000, 100_000_000, 110_090_000, 300_000_000, -1_930_000, 50_000_000,
        (1L << 33) - 1, 1L << 33, -(1L << 33), 1_000_000_000_000, long.MaxValue, long.MinValue, 3, -3,
    ];

    // The reference: exact fen × units / 10⁸, rounded, or null when it does not fit.
    private static long? Reference(long fen, long units, MidpointRounding mode)
    {
        BigInteger r = RoundingReference.Round((BigInteger)fen * units, 100_000_000, mode);
        return r >= long.MinValue && r <= long.MaxValue ? (long)r : null;
    }

    private static Rate RateOfUnits(long units) => Rate.FromRatio(units, 100_000_000);

    [Fact]
    public void Multiply_matches_the_BigInteger_reference_on_every_edge_in_every_mode()
    {
        int checkedCases = 0;
        foreach (long fen in EdgeFen)
        {
            foreach (long units in EdgeUnits)
            {
                Rate rate = RateOfUnits(units);
                foreach (MidpointRounding mode in Modes)
                {
                    long? expected = Reference(fen, units, mode);
                    Money m = Money.FromFen(fen);
                    if (expected is long e)
                    {
                        Assert.Equal(e, m.Multiply(rate, mode).Fen);
                    }
                    else
                    {
                        Assert.Throws<OverflowException>(() => m.Multiply(rate, mode));
                    }

                    checkedCases++;
                }
            }
        }

        Assert.Equal(EdgeFen.Length * EdgeUnits.Length * Modes.Length, checkedCases);
    }

    [Fact]
    public void Divide_matches_the_BigInteger_reference_on_every_edge_in_every_mode()
    {
        long[] divisors = [1, -1, 2, 3, 7, 12, -12, 1_614_507, 100_000_000, long.MaxValue, long.MinValue];
        foreach (long fen in EdgeFen)
        {
            foreach (long divisor in divisors)
            {
                foreach (MidpointRounding mode in Modes)
                {
                    BigInteger r = RoundingReference.Round(fen, divisor, mode);
                    Money m = Money.FromFen(fen);
                    if (r >= long.MinValue && r <= long.MaxValue)
                    {
                        Assert.Equal((long)r, m.Divide(divisor, mode).Fen);
                    }
                    else
                    {
                        Assert.Throws<OverflowException>(() => m.Divide(divisor, mode)); // only long.MinValue ÷ −1
                    }
                }
            }
        }
    }

    [FundMathProperty]
    public Property Multiply_matches_the_BigInteger_reference_on_random_amounts_and_rates() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 62).SelectMany(bits => ArbMap.Default.GeneratorFor<long>().Select(x => bits == 62 ? x : x >> (62 - bits)))),
            Arb.From(Gen.OneOf(Gen.Choose(-200_000_000, 1_200_000_000).Select(i => (long)i), Gen.Elements(EdgeUnits))),
            ValueArbitraries.MidpointRounding(),
            (fen, units, mode) =>
            {
                long? expected = Reference(fen, units, mode);
                Money m = Money.FromFen(fen);
                return expected is long e
                    ? m.Multiply(RateOfUnits(units), mode).Fen == e
                    : Throws(() => m.Multiply(RateOfUnits(units), mode));
            });

    [Fact]
    public void Decimal_percentages_are_fixed_point_and_other_ratios_are_not()
    {
        Assert.True(Rate.FromPercent(8.7m).IsFixedPoint);
        Assert.Equal(8_700_000, Rate.FromPercent(8.7m).FixedUnits);
        Assert.True(Rate.Parse("110.09%", null).IsFixedPoint);
        Assert.True(Rate.Parse("0.000001%", null).IsFixedPoint);
        Assert.True(Rate.FromRatio(87, 1000).IsFixedPoint);
        Assert.True(Rate.Of(Money.FromFen(1), Money.FromFen(-4)).IsFixedPoint); // −25%
        Assert.Equal(-25_000_000, Rate.Of(Money.FromFen(1), Money.FromFen(-4)).FixedUnits);
        Assert.False(Rate.Parse("0.0000001%", null).IsFixedPoint); // seven decimals of percent: an exact ratio
        Assert.False(Rate.FromRatio(1, 3).IsFixedPoint);
        Assert.True(default(Rate).IsFixedPoint && default(Rate).IsZero && default(Rate) == Rate.FromPercent(0m));
    }

    [Fact]
    public void Both_forms_of_one_value_are_equal_hash_alike_and_order_by_value()
    {
        // 1/2 as a fixed-point 50% and as an unreduced ratio 3/6 of two amounts.
        Rate fixedHalf = Rate.FromPercent(50m);
        Rate ratioHalf = Rate.Of(Money.FromFen(3), Money.FromFen(6));
        Rate third = Rate.FromRatio(1, 3);
        Assert.Equal(fixedHalf, ratioHalf);
        Assert.Equal(fixedHalf.GetHashCode(), ratioHalf.GetHashCode());
        Assert.Equal(Fraction.Create(1, 2), ratioHalf.Value);
        Assert.True(third < fixedHalf && fixedHalf > third && third.CompareTo(ratioHalf) < 0);
        Assert.Equal("50%", ratioHalf.ToString());
        Assert.Equal(Rate.FromRatio(5, 6), third + fixedHalf);
        Assert.Equal(Rate.FromPercent(8.7m), Rate.FromPercent(8.2m) + Rate.FromPercent(0.5m));
    }

    [Fact]
    public void Multiply_by_a_ratio_rate_is_exact_for_large_amounts()
    {
        // One third of 2⁵³ + 1 fen = 3,002,399,751,580,331 (exactly a third).
        Money m = Money.FromFen((1L << 53) + 1);
        Assert.Equal(3_002_399_751_580_331L, m.Multiply(Rate.FromRatio(1, 3), MidpointRounding.ToEven).Fen);
    }

    [Fact]
    public void Multiply_parse_format_and_failed_try_parse_allocate_nothing()
    {
        Money big = Money.FromFen((1L << 53) + 1);
        Rate rate = Rate.FromPercent(8.7m);
        Rate third = Rate.FromRatio(1, 3);
        char[] buffer = new char[64];
        byte[] utf8 = new byte[64];
        Allocations.AssertZero(() => _ = big.Multiply(rate, MidpointRounding.AwayFromZero), "Money × fixed-point Rate");
        Allocations.AssertZero(() => _ = big.Multiply(third, MidpointRounding.ToEven), "Money × ratio Rate");
        Allocations.AssertZero(() => _ = Money.Parse("84,555万元".AsSpan()), "Money.Parse");
        Allocations.AssertZero(() => _ = Money.TryParse("84,555万元".AsSpan(), out _), "Money.TryParse");
        Allocations.AssertZero(() => _ = Money.TryParse("1,46".AsSpan(), out _), "Money.TryParse of bad grouping");
        Allocations.AssertZero(() => _ = Money.TryParse("99999999999999999999亿元".AsSpan(), out _), "Money.TryParse out of range");
        Allocations.AssertZero(() => _ = Money.TryParse("0.001元".AsSpan(), out _), "Money.TryParse below the fen");
        Allocations.AssertZero(() => _ = big.TryFormat(buffer, out _, "N2万元", null), "Money.TryFormat N2万元");
        Allocations.AssertZero(() => _ = big.TryFormat(utf8, out _, "N2万元", null), "Money.TryFormat UTF-8");
        Allocations.AssertZero(() => _ = Rate.TryParse("8.7%".AsSpan(), null, out _), "Rate.TryParse");
        Allocations.AssertZero(() => _ = Rate.TryParse("8.7".AsSpan(), null, out _), "Rate.TryParse of a bare number");
        Allocations.AssertZero(() => _ = Headcount.TryParse("72.74万人".AsSpan(), null, out _), "Headcount.TryParse");
        Allocations.AssertZero(() => _ = Headcount.TryParse("-1人".AsSpan(), null, out _), "Headcount.TryParse of a negative");
        Allocations.AssertZero(() => _ = Fraction.TryParse("1/0".AsSpan(), out _), "Fraction.TryParse of a zero denominator");
        Allocations.AssertZero(() => _ = PercentagePoints.TryParse("5".AsSpan(), null, out _), "PercentagePoints.TryParse without pp");
    }

    [Fact]
    public void Failed_try_parse_throws_nothing_internally()
    {
        // First-chance exceptions are process-wide; other tests run in parallel, so count this thread's only.
        int exceptions = 0;
        int thread = Environment.CurrentManagedThreadId;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                exceptions++;
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            string[] bad = ["", "1,46", "1,2,3", "9,0", "1.2.3", "0.001元", "1e5", "--5", "１２３", "99999999999999999999亿元", "92233720368547758.08元", "3.86亿元元", "5 "];
            foreach (string text in bad)
            {
                Assert.False(Money.TryParse(text.AsSpan(), out _), text);
                Assert.False(Money.TryParse(text.AsSpan(), MoneyUnit.Wan, out _), text);
                Assert.False(Rate.TryParse(text.AsSpan(), null, out _), text);
                Assert.False(Headcount.TryParse(text.AsSpan(), null, out _), text);
                _ = Fraction.TryParse(text.AsSpan(), out _);
                _ = PercentagePoints.TryParse(text.AsSpan(), null, out _);
            }

            Assert.False(Rate.TryParse("1/0", null, out _));
            Assert.False(PercentagePoints.TryParse("5", null, out _));
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, exceptions);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,46")]
    [InlineData("9,0")]
    public void Bad_grouping_is_an_error_with_its_position_even_with_a_default_unit(string text)
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse(text.AsSpan(), MoneyUnit.Wan));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains("at position", e.Message);
    }

    [Theory]
    [InlineData("30.89", MoneyUnit.Yi, 308_900_000_000L)]
    [InlineData("84,555", MoneyUnit.Wan, 84_555_000_000L)]
    [InlineData("84,555万元", MoneyUnit.Yi, 84_555_000_000L)] // its own unit wins
    [InlineData("236.54元", MoneyUnit.Wan, 23_654L)]
    [InlineData("-0.01", MoneyUnit.Yuan, -1L)]
    [InlineData("0.000001", MoneyUnit.Yi, 10_000L)]
    public void A_plain_number_is_in_the_default_unit(string text, MoneyUnit unit, long fen) =>
        Assert.Equal(fen, Money.Parse(text.AsSpan(), unit).Fen);

    [FundMathProperty]
    public Property Exact_formats_round_trip_every_amount_in_every_unit() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<long>(), Gen.Elements(EdgeFen))),
            Arb.From(Gen.Elements(MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi)),
            Arb.From(Gen.Elements(true, false)),
            (fen, unit, grouping) =>
            {
                Money m = Money.FromFen(fen);
                int decimals = 2 + (int)unit;
                string format = (grouping ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture) + unit.Suffix();
                string text = m.ToString(format, null);
                return Money.Parse(text, null) == m
                    && text == m.Format(unit, decimals, MidpointRounding.ToEven, grouping)
                    && text == ReferenceText(fen, unit, decimals, grouping);
            });

    // decimal's own formatting of the exact value, as the reference for the digit writer.
    private static string ReferenceText(long fen, MoneyUnit unit, int decimals, bool grouping) =>
        (fen / 100m / (decimal)Math.Pow(10, (int)unit)).ToString((grouping ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + unit.Suffix();

    [Fact]
    public void The_limits_formatted_in_yi_parse_back()
    {
        Assert.Equal("922,337,203.6854775807亿元", Money.MaxValue.ToString("N10亿元", null));
        Assert.Equal(Money.MaxValue, Money.Parse("922,337,203.6854775807亿元", null));
        Assert.Equal(Money.MinValue, Money.Parse(Money.MinValue.ToString("F10亿元", null), null));
        Assert.Equal(Money.MaxValue, Money.Parse(Money.MaxValue.ToString("N2元", null), null));
        Assert.Equal(Money.MaxValue, Money.Parse(Money.MaxValue.ToString(), null));
    }

    [FundMathProperty]
    public Property Rounded_formats_match_decimal_rounding_in_every_mode() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i * 1_000_003)),
            Arb.From(Gen.Elements(MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi).Zip(Gen.Choose(0, 2))),
            ValueArbitraries.MidpointRounding(),
            (fen, unitDecimals, mode) =>
            {
                (MoneyUnit unit, int decimals) = unitDecimals;
                decimal exact = fen / 100m / (decimal)Math.Pow(10, (int)unit);
                string expected = Math.Round(exact, decimals, mode).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                string actual = Money.FromFen(fen).Format(unit, decimals, mode, grouping: true, withUnit: false);
                return actual == (expected.StartsWith("-", StringComparison.Ordinal) && expected.Trim('-', '0', '.', ',').Length == 0 ? expected[1..] : expected);
            });

    [FundMathProperty]
    public Property Parse_matches_decimal_on_random_amounts_in_every_unit() =>
        Prop.ForAll(
            Arb.From(ArbMap.Default.GeneratorFor<long>()),
            Arb.From(Gen.Elements(MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi)),
            (fen, unit) =>
            {
                decimal exact = fen / 100m / (decimal)Math.Pow(10, (int)unit);
                string text = exact.ToString("N" + (2 + (int)unit).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                return Money.Parse(text.AsSpan(), unit).Fen == fen && Money.Parse(text + unit.Suffix(), null).Fen == fen;
            });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
