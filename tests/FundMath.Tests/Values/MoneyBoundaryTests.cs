using System;
using System.Collections.Generic;

namespace FundMath.Tests.Values;

/// <summary>
/// Money at its edges: unit conversion with and without a rounding mode (1 万元 = 10⁶ fen, 1 亿元 = 10¹⁰ fen),
/// digits below the fen that are zero, the sign of halves, Abs/Min/Max/Clamp, comparison, and the checked
/// operations at the 64-bit limits. Every expected value is derived in the comment beside it.
/// </summary>
public class MoneyBoundaryTests
{
    // 1 fen = 0.000001 万元, so 0.0000125 万元 is 12.5 fen: a half, rounded by each mode.
    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 13L)]
    [InlineData(MidpointRounding.ToEven, 12L)]
    [InlineData(MidpointRounding.ToZero, 12L)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 13L)]
    [InlineData(MidpointRounding.ToNegativeInfinity, 12L)]
    public void From_wan_with_a_mode_rounds_a_half_fen(MidpointRounding mode, long fen)
    {
        Assert.Equal(fen, Money.From(0.0000125m, MoneyUnit.Wan, mode).Fen);
        // Mirror image: −12.5 fen; AwayFromZero/ToNegativeInfinity go to −13, the others to −12.
        long negative = mode is MidpointRounding.AwayFromZero or MidpointRounding.ToNegativeInfinity ? -13L : -12L;
        Assert.Equal(negative, Money.From(-0.0000125m, MoneyUnit.Wan, mode).Fen);
    }

    // 1 fen = 10⁻¹⁰ 亿元: 1.00000000005 亿元 = 10,000,000,000.5 fen; 1.00000000015 亿元 = 10,000,000,001.5 fen.
    [Theory]
    [InlineData(1.00000000005, MidpointRounding.AwayFromZero, 10_000_000_001L)]
    [InlineData(1.00000000005, MidpointRounding.ToEven, 10_000_000_000L)]
    [InlineData(1.00000000015, MidpointRounding.ToEven, 10_000_000_002L)]
    [InlineData(1.00000000015, MidpointRounding.ToZero, 10_000_000_001L)]
    [InlineData(-1.00000000005, MidpointRounding.AwayFromZero, -10_000_000_001L)]
    [InlineData(-1.00000000005, MidpointRounding.ToPositiveInfinity, -10_000_000_000L)]
    [InlineData(-1.00000000005, MidpointRounding.ToNegativeInfinity, -10_000_000_001L)]
    public void From_yi_with_a_mode_scales_by_ten_to_the_tenth(double amount, MidpointRounding mode, long fen) =>
        Assert.Equal(fen, Money.From((decimal)amount, MoneyUnit.Yi, mode).Fen);

    // Amounts with no more digits than fen need no rounding: 3.86亿元 = 38,600,000,000 fen in every mode; the
    // same for 84,555万元 = 84,555,000,000 fen and −2.5万元 = −2,500,000 fen.
    [Fact]
    public void From_with_a_mode_is_exact_when_no_digit_is_below_the_fen()
    {
        foreach (MidpointRounding mode in Enum.GetValues<MidpointRounding>())
        {
            Assert.Equal(38_600_000_000L, Money.From(3.86m, MoneyUnit.Yi, mode).Fen);
            Assert.Equal(84_555_000_000L, Money.From(84_555m, MoneyUnit.Wan, mode).Fen);
            Assert.Equal(-2_500_000L, Money.From(-2.5m, MoneyUnit.Wan, mode).Fen);
            Assert.Equal(23_654L, Money.FromYuan(236.54m, mode).Fen);
        }
    }

    // 922,337,203 亿元 = 9,223,372,030,000,000,000 fen ≤ long.MaxValue (9,223,372,036,854,775,807);
    // 922,337,204 亿元 = 9,223,372,040,000,000,000 fen does not fit.
    [Fact]
    public void From_yi_at_the_64_bit_limit()
    {
        Assert.Equal(9_223_372_030_000_000_000L, Money.From(922_337_203m, MoneyUnit.Yi).Fen);
        Assert.Equal(9_223_372_030_000_000_000L, Money.From(922_337_203m, MoneyUnit.Yi, MidpointRounding.ToEven).Fen);
        Assert.Equal(-9_223_372_030_000_000_000L, Money.From(-922_337_203m, MoneyUnit.Yi, MidpointRounding.ToEven).Fen);
        Assert.Throws<OverflowException>(() => Money.From(922_337_204m, MoneyUnit.Yi));
        Assert.Throws<OverflowException>(() => Money.From(922_337_204m, MoneyUnit.Yi, MidpointRounding.AwayFromZero));
        Assert.Throws<OverflowException>(() => Money.From(-922_337_204m, MoneyUnit.Yi, MidpointRounding.AwayFromZero));
        OverflowException e = Assert.Throws<OverflowException>(() => Money.FromYuan(100_000_000_000_000_000m));
        Assert.Contains("100000000000000000", e.Message);
        // long.MaxValue fen and long.MinValue fen themselves are representable.
        Assert.Equal(long.MaxValue, Money.FromYuan(92_233_720_368_547_758.07m).Fen);
        Assert.Equal(long.MinValue, Money.FromYuan(-92_233_720_368_547_758.08m).Fen);
        Assert.Throws<OverflowException>(() => Money.FromYuan(92_233_720_368_547_758.08m));
        Assert.Throws<OverflowException>(() => Money.FromYuan(-92_233_720_368_547_758.09m));
    }

    // 1.500m has scale 3 (mantissa 1500): the trailing zero is below the fen but is zero, so it is exact 150 fen.
    [Theory]
    [InlineData("1.500", 150L)]
    [InlineData("-1.500", -150L)]
    [InlineData("0.0100", 1L)]
    [InlineData("236.5400000", 23_654L)]
    [InlineData("12", 1_200L)]
    public void FromYuan_accepts_zero_digits_below_the_fen(string text, long fen) =>
        Assert.Equal(fen, Money.FromYuan(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).Fen);

    [Theory]
    [InlineData("1.505")]
    [InlineData("-0.001")]
    [InlineData("0.0001")]
    public void FromYuan_rejects_a_nonzero_digit_below_the_fen(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Money.FromYuan(value));
        Assert.Equal("yuan", e.ParamName);
        Assert.Contains(text + "元", e.Message);
        Assert.Contains("not a whole number of fen", e.Message);
    }

    // 1.234567万元 = 12,345.67 元 = 1,234,567 fen; 1.2345678万元 has a tenth of a fen more.
    [Fact]
    public void From_unit_exact_rejects_sub_fen_and_names_the_unit()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Money.From(1.2345678m, MoneyUnit.Wan));
        Assert.Equal("amount", e.ParamName);
        Assert.Contains("1.2345678万元", e.Message);
        Assert.Equal(1_234_567L, Money.From(1.234567m, MoneyUnit.Wan).Fen);
        Assert.Equal(1_234_567L, Money.From(1.2345670m, MoneyUnit.Wan).Fen);
        Assert.Equal(12_345_678_901L, Money.From(1.2345678901m, MoneyUnit.Yi).Fen);
        Assert.Throws<ArgumentException>(() => Money.From(1.23456789012m, MoneyUnit.Yi));
    }

    [Fact]
    public void Undefined_rounding_mode_is_rejected_everywhere()
    {
        var bad = (MidpointRounding)7;
        Money m = Money.FromYuan(10);
        Assert.Contains("rounding mode 7", Assert.Throws<ArgumentException>(() => Money.From(1m, MoneyUnit.Yuan, bad)).Message);
        Assert.Throws<ArgumentException>(() => Money.FromYuan(1m, bad));
        Assert.Throws<ArgumentException>(() => m.ToUnit(MoneyUnit.Wan, 2, bad));
        Assert.Throws<ArgumentException>(() => m.RoundTo(MoneyUnit.Wan, 2, bad));
        Assert.Throws<ArgumentException>(() => m.Multiply(1, 3, bad));
        Assert.Throws<ArgumentException>(() => m.Multiply(Fraction.Create(1, 3), bad));
        Assert.Throws<ArgumentException>(() => m.Divide(3, bad));
        Assert.Throws<ArgumentException>(() => m.Format(MoneyUnit.Yuan, 2, bad));
        Assert.Throws<ArgumentException>(() => m.Format(MoneyUnit.Yuan, 2, (MidpointRounding)(-1)));
    }

    [Fact]
    public void Abs_Min_Max_and_sign_predicates()
    {
        Money minus5 = Money.FromFen(-5);
        Money plus5 = Money.FromFen(5);
        Money plus7 = Money.FromFen(7);
        Assert.Equal(5L, minus5.Abs().Fen);
        Assert.Equal(5L, plus5.Abs().Fen);
        Assert.Equal(0L, Money.Zero.Abs().Fen);
        Assert.Equal(long.MaxValue, Money.FromFen(-long.MaxValue).Abs().Fen);
        Assert.Throws<OverflowException>(() => Money.MinValue.Abs()); // |−2⁶³| does not fit
        Assert.Throws<OverflowException>(() => -Money.MinValue);

        Assert.Equal(-5L, Money.Min(minus5, plus7).Fen);
        Assert.Equal(-5L, Money.Min(plus7, minus5).Fen);
        Assert.Equal(7L, Money.Max(minus5, plus7).Fen);
        Assert.Equal(7L, Money.Max(plus7, minus5).Fen);
        Assert.Equal(5L, Money.Min(plus5, Money.FromFen(5)).Fen);
        Assert.Equal(5L, Money.Max(plus5, Money.FromFen(5)).Fen);

        Assert.True(minus5.IsNegative);
        Assert.False(minus5.IsPositive);
        Assert.False(minus5.IsZero);
        Assert.Equal(-1, minus5.Sign);
        Assert.True(plus5.IsPositive);
        Assert.False(plus5.IsNegative);
        Assert.Equal(1, plus5.Sign);
        Assert.True(Money.Zero.IsZero);
        Assert.False(Money.Zero.IsNegative);
        Assert.False(Money.Zero.IsPositive);
        Assert.Equal(0, Money.Zero.Sign);
        Assert.Equal(Money.Zero, Money.AdditiveIdentity);
        Assert.Equal(long.MaxValue, Money.MaxValue.Fen);
        Assert.Equal(long.MinValue, Money.MinValue.Fen);
    }

    [Fact]
    public void Clamp_keeps_inside_values_and_moves_outside_ones_to_the_bound()
    {
        Money lo = Money.FromYuan(10);
        Money hi = Money.FromYuan(20);
        Assert.Equal(lo, Money.FromYuan(5).Clamp(lo, hi));
        Assert.Equal(hi, Money.FromYuan(25).Clamp(lo, hi));
        Assert.Equal(Money.FromYuan(15), Money.FromYuan(15).Clamp(lo, hi));
        Assert.Equal(lo, lo.Clamp(lo, hi));
        Assert.Equal(hi, hi.Clamp(lo, hi));
        Assert.Equal(lo, Money.FromYuan(12).Clamp(lo, lo)); // a single-point range
        ArgumentException e = Assert.Throws<ArgumentException>(() => Money.FromYuan(15).Clamp(hi, lo));
        Assert.Equal("min", e.ParamName);
        Assert.Contains("min 20.00 exceeds max 10.00", e.Message);
    }

    [Fact]
    public void Comparison_operators_agree_with_the_fen_order()
    {
        Money a = Money.FromFen(100);
        Money b = Money.FromFen(101);
        Money a2 = Money.FromFen(100);
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < a2);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > a2);
        Assert.True(a <= a2);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(a >= a2);
        Assert.True(b >= a);
        Assert.False(a >= b);
        Assert.True(a == a2);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a != a2);
        Assert.True(a.Equals(a2));
        Assert.False(a.Equals(b));
        Assert.True(a.Equals((object)a2));
        Assert.False(a.Equals((object)b));
        Assert.False(a.Equals((object)100L));
        Assert.False(a.Equals(null));
        Assert.Equal(a.GetHashCode(), a2.GetHashCode());
        Assert.Equal(100L.GetHashCode(), a.GetHashCode());
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Equal(1, b.CompareTo(a));
        Assert.Equal(0, a.CompareTo(a2));
        Assert.Equal(-1, a.CompareTo((object)b));
        Assert.Equal(1, a.CompareTo(null));
        ArgumentException e = Assert.Throws<ArgumentException>(() => a.CompareTo((object)"100"));
        Assert.Equal("obj", e.ParamName);
        Assert.Contains("Money", e.Message);
    }

    [Fact]
    public void Checked_arithmetic_at_the_limits()
    {
        Money one = Money.FromFen(1);
        Assert.Equal(long.MaxValue, (Money.MaxValue - one + one).Fen);
        Assert.Throws<OverflowException>(() => Money.MaxValue + one);
        Assert.Throws<OverflowException>(() => Money.MinValue - one);
        Assert.Equal(-7L, (Money.FromFen(3) - Money.FromFen(10)).Fen);
        Assert.Equal(-3L, (-Money.FromFen(3)).Fen);
        Assert.Equal(21L, (Money.FromFen(7) * 3L).Fen);
        Assert.Equal(21L, (3L * Money.FromFen(7)).Fen);
        Assert.Equal(-21L, (Money.FromFen(7) * -3L).Fen);
        Assert.Throws<OverflowException>(() => Money.MaxValue * 2L);
        Assert.Throws<OverflowException>(() => 2L * Money.MaxValue);
        Assert.Throws<OverflowException>(() => Money.MaxValue * Headcount.FromPersons(2));
        Assert.Equal(300L, Money.FromYuan(3).Fen);
        Assert.Equal(-300L, Money.FromYuan(-3L).Fen);
        Assert.Throws<OverflowException>(() => Money.FromYuan(long.MaxValue / 10));
    }

    [Fact]
    public void Sum_of_spans_and_sequences_is_checked()
    {
        Money[] amounts = [Money.FromFen(1), Money.FromFen(-4), Money.FromFen(10)];
        Assert.Equal(7L, Money.Sum(amounts.AsSpan()).Fen);
        Assert.Equal(7L, Money.Sum((IEnumerable<Money>)amounts).Fen);
        Assert.Equal(0L, Money.Sum(ReadOnlySpan<Money>.Empty).Fen);
        Assert.Equal(0L, Money.Sum(new List<Money>()).Fen);
        Money[] tooMuch = [Money.MaxValue, Money.FromFen(1)];
        Assert.Throws<OverflowException>(() => Money.Sum(tooMuch.AsSpan()));
        Assert.Throws<OverflowException>(() => Money.Sum((IEnumerable<Money>)tooMuch));
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => Money.Sum((IEnumerable<Money>)null!)).ParamName);
    }

    // 10.00元 / 3 = 3.333… → 3.33 (AwayFromZero), 3.34 (ToPositiveInfinity); −10.00元 / 3 → −3.33, −3.34 (ToNegativeInfinity).
    // 10.00元 / −4 = −2.50元 exactly; 0.05元 / −2 = −2.5 fen → −3 (AwayFromZero), −2 (ToEven).
    [Fact]
    public void Divide_and_multiply_round_once_and_check_their_divisor()
    {
        Money ten = Money.FromYuan(10);
        Assert.Equal(333L, ten.Divide(3, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(334L, ten.Divide(3, MidpointRounding.ToPositiveInfinity).Fen);
        Assert.Equal(-333L, (-ten).Divide(3, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(-334L, (-ten).Divide(3, MidpointRounding.ToNegativeInfinity).Fen);
        Assert.Equal(-250L, ten.Divide(-4, MidpointRounding.ToEven).Fen);
        Assert.Equal(-3L, Money.FromFen(5).Divide(-2, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(-2L, Money.FromFen(5).Divide(-2, MidpointRounding.ToEven).Fen);
        Assert.Equal(-2L, Money.FromFen(5).Divide(-2, MidpointRounding.ToPositiveInfinity).Fen);
        Assert.Equal(-3L, Money.FromFen(5).Divide(-2, MidpointRounding.ToNegativeInfinity).Fen);
        Assert.Equal(334L, ten.Divide(Headcount.FromPersons(3), MidpointRounding.ToPositiveInfinity).Fen);
        Assert.Contains("by zero", Assert.Throws<DivideByZeroException>(() => ten.Divide(0, MidpointRounding.ToEven)).Message);
        Assert.Throws<DivideByZeroException>(() => ten.Divide(Headcount.Zero, MidpointRounding.ToEven));
        Assert.Throws<OverflowException>(() => Money.MinValue.Divide(-1, MidpointRounding.ToEven));

        // 10.00元 × 2/3 = 6.666… → 6.67 (AwayFromZero), 6.66 (ToZero); × −2/3 → −6.67; × 2/−3 the same.
        Assert.Equal(667L, ten.Multiply(2, 3, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(666L, ten.Multiply(2, 3, MidpointRounding.ToZero).Fen);
        Assert.Equal(-667L, ten.Multiply(-2, 3, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(-667L, ten.Multiply(2, -3, MidpointRounding.AwayFromZero).Fen);
        Assert.Contains("2/0", Assert.Throws<DivideByZeroException>(() => ten.Multiply(2, 0, MidpointRounding.ToEven)).Message);
        Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(3, 2, MidpointRounding.ToEven));
        Assert.Equal(long.MaxValue, Money.MaxValue.Multiply(2, 2, MidpointRounding.ToEven).Fen);
        Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(Fraction.Create(3, 2), MidpointRounding.ToEven));
        Assert.Equal(long.MaxValue, Money.MaxValue.Multiply(Fraction.Create(1, 1), MidpointRounding.ToEven).Fen);
        Assert.Equal(667L, ten.Multiply(Fraction.Create(2, 3), MidpointRounding.AwayFromZero).Fen);

        // 20.23亿 / 1.29亿 = 2023/129 exactly.
        Fraction q = Money.From(20.23m, MoneyUnit.Yi).DivideBy(Money.From(1.29m, MoneyUnit.Yi));
        Assert.Equal(Fraction.Create(2023, 129), q);
        Assert.Throws<DivideByZeroException>(() => ten.DivideBy(Money.Zero));
    }

    // 845,547,640 元 = 84,554.764 万元 = 8.4554764 亿元.
    [Fact]
    public void ToUnit_and_RoundTo()
    {
        Money m = Money.FromYuan(845_547_640);
        Assert.Equal(845_547_640.00m, m.ToUnit(MoneyUnit.Yuan));
        Assert.Equal(84_554.764m, m.ToUnit(MoneyUnit.Wan));
        Assert.Equal(8.4554764m, m.ToUnit(MoneyUnit.Yi));
        Assert.Equal(84_555m, m.ToUnit(MoneyUnit.Wan, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(84_554m, m.ToUnit(MoneyUnit.Wan, 0, MidpointRounding.ToZero));
        Assert.Equal(8.46m, m.ToUnit(MoneyUnit.Yi, 2, MidpointRounding.AwayFromZero));
        // More decimals than fen: 845,547,640.0000 元 with 4 places is exact (scaled up, not rounded).
        Assert.Equal(845_547_640.0000m, m.ToUnit(MoneyUnit.Yuan, 4, MidpointRounding.ToZero));
        Assert.Equal("845547640.0000", m.ToUnit(MoneyUnit.Yuan, 4, MidpointRounding.ToZero).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => m.ToUnit(MoneyUnit.Wan, 11, MidpointRounding.ToEven)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ToUnit(MoneyUnit.Wan, -1, MidpointRounding.ToEven));
        Assert.Equal(84_554.7640000000m, m.ToUnit(MoneyUnit.Wan, 10, MidpointRounding.ToEven));

        // To whole 万元: 84,555万元 = 845,550,000 元; to the jiao (0.1元): 12.35元 → 12.4 (AwayFromZero), 12.3 (ToZero).
        Assert.Equal(Money.FromYuan(845_550_000), m.RoundTo(MoneyUnit.Wan, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.FromYuan(845_540_000), m.RoundTo(MoneyUnit.Wan, 0, MidpointRounding.ToZero));
        Assert.Equal(1_240L, Money.FromFen(1_235).RoundTo(MoneyUnit.Yuan, 1, MidpointRounding.AwayFromZero).Fen);
        Assert.Equal(1_230L, Money.FromFen(1_235).RoundTo(MoneyUnit.Yuan, 1, MidpointRounding.ToZero).Fen);
        Assert.Equal(-1_240L, Money.FromFen(-1_235).RoundTo(MoneyUnit.Yuan, 1, MidpointRounding.AwayFromZero).Fen);
        // Rounding to the fen or finer leaves the amount unchanged.
        Assert.Equal(1_235L, Money.FromFen(1_235).RoundTo(MoneyUnit.Yuan, 2, MidpointRounding.ToZero).Fen);
        Assert.Equal(1_235L, Money.FromFen(1_235).RoundTo(MoneyUnit.Yuan, 5, MidpointRounding.ToZero).Fen);
        Assert.Equal(1_230L, Money.FromFen(1_235).RoundTo(MoneyUnit.Wan, 5, MidpointRounding.ToZero).Fen); // 0.00001万元 = 10 fen
        Assert.Throws<ArgumentOutOfRangeException>(() => m.RoundTo(MoneyUnit.Wan, 11, MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.RoundTo(MoneyUnit.Wan, -1, MidpointRounding.ToEven));
        // MaxValue rounded up to whole 亿元 does not fit.
        Assert.Throws<OverflowException>(() => Money.MaxValue.RoundTo(MoneyUnit.Yi, 0, MidpointRounding.ToPositiveInfinity));
    }

    [Fact]
    public void Format_with_explicit_mode_and_buffers_that_are_too_small()
    {
        Money m = Money.FromYuan(845_547_640);
        Assert.Equal("84,554.76万元", m.Format(MoneyUnit.Wan, 2, MidpointRounding.AwayFromZero, grouping: true));
        Assert.Equal("84554.77", m.Format(MoneyUnit.Wan, 2, MidpointRounding.ToPositiveInfinity, withUnit: false));
        Assert.Equal("8.46亿元", m.Format(MoneyUnit.Yi, 2, MidpointRounding.AwayFromZero));
        Assert.Equal("845547640.000元", m.Format(MoneyUnit.Yuan, 3, MidpointRounding.AwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Format(MoneyUnit.Yuan, 11, MidpointRounding.AwayFromZero));

        Span<char> small = stackalloc char[8];
        Assert.False(m.TryFormat(small, out int written, MoneyUnit.Yuan, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(0, written);
        // "84554.76" is 8 characters: the number fits but the unit does not; nothing counts as written.
        Assert.False(m.TryFormat(small, out written, MoneyUnit.Wan, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(0, written);
        Assert.True(m.TryFormat(small, out written, MoneyUnit.Wan, 2, MidpointRounding.AwayFromZero, withUnit: false));
        Assert.Equal("84554.76", small[..written].ToString());

        Assert.False(m.TryFormat(small, out written, "F2万元", null));
        Assert.Equal(0, written);
        Assert.False(m.TryFormat(small[..4], out written, "F2", null));
        Span<char> big = stackalloc char[32];
        Assert.True(m.TryFormat(big, out written, "F2万元", null));
        Assert.Equal("84554.76万元", big[..written].ToString());
    }

    [Theory]
    [InlineData("G", "845547640.00")]
    [InlineData("g", "845547640.00")]
    [InlineData("", "845547640.00")]
    [InlineData("N", "845,547,640.00")]
    [InlineData("n0", "845,547,640")]
    [InlineData("F", "845547640.00")]
    [InlineData("f1", "845547640.0")]
    [InlineData("F10", "845547640.0000000000")]
    [InlineData("N2万", "84,554.76万")]
    [InlineData("F0亿元", "8亿元")]
    [InlineData("F2元", "845547640.00元")]
    public void Format_strings(string format, string expected) =>
        Assert.Equal(expected, Money.FromYuan(845_547_640).ToString(format, null));

    [Theory]
    [InlineData("F11")]
    [InlineData("X2")]
    [InlineData("N2美元")]
    [InlineData("G2")]
    public void Unsupported_format_strings_are_rejected(string format)
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.FromYuan(1).ToString(format, null));
        Assert.Contains($"'{format}'", e.Message);
        Assert.Contains("Money", e.Message);
    }

    [Theory]
    [InlineData("1.50 元", 150L)]
    [InlineData("2 万元", 2_000_000L)]
    [InlineData("-3.5亿元", -35_000_000_000L)]
    [InlineData("0.000001万元", 1L)]
    [InlineData("1.50000", 150L)]
    [InlineData("92,233,720,368,547,758.07", long.MaxValue)]
    public void Parse_units_spaces_and_limits(string text, long fen)
    {
        Assert.Equal(fen, Money.Parse(text.AsSpan()).Fen);
        Assert.Equal(fen, Money.Parse(text, null).Fen);
        Assert.Equal(fen, Money.Parse(text.AsSpan(), null).Fen);
        Assert.True(Money.TryParse(text, null, out Money r));
        Assert.Equal(fen, r.Fen);
        Assert.True(Money.TryParse(text.AsSpan(), out r));
        Assert.Equal(fen, r.Fen);
    }

    [Theory]
    [InlineData("0.0000001万元", "digits below the fen")]
    [InlineData("92,233,720,368,547,758.08", "out of range")]
    [InlineData("-92,233,720,368,547,758.09", "out of range")]
    [InlineData("1000000000亿元", "out of range")]
    [InlineData("", "empty")]
    [InlineData("12x元", "unexpected 'x'")]
    public void Parse_errors_say_what_is_wrong(string text, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse(text.AsSpan()));
        Assert.Contains(reason, e.Message);
        Assert.False(Money.TryParse(text, null, out Money r));
        Assert.Equal(Money.Zero, r);
        Assert.False(Money.TryParse(text.AsSpan(), null, out r));
    }

    [Fact]
    public void Parse_of_null_names_the_parameter()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, null)).ParamName);
        Assert.False(Money.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Utf8_formatting_matches_the_char_formatting()
    {
        Span<byte> utf8 = stackalloc byte[64];
        Money m = Money.FromFen(-123_456);
        Assert.True(m.TryFormat(utf8, out int n, "N2元", null));
        Assert.Equal("-1,234.56元", System.Text.Encoding.UTF8.GetString(utf8[..n]));
        Assert.False(m.TryFormat(utf8[..3], out _, "N2元", null));
    }
}
