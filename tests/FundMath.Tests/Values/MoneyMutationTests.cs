namespace FundMath.Tests.Values;

using System;
using FundMath;
using Money = FundMath.Money;

/// <summary>
/// Exact results and messages of <see cref="Money"/> where its code branches: the sign of an overflow, the
/// 64-bit product at exactly −2⁶⁴, the fixed-point rate product just below 2⁶⁴ and at 2⁶³, mode checks on paths
/// whose division happens to be exact, and the zero-divisor messages.
/// </summary>
public class MoneyMutationTests
{
    private const string AboveMax = "exceeds Money.MaxValue (92,233,720,368,547,758.07元).";
    private const string BelowMin = "is below Money.MinValue (−92,233,720,368,547,758.08元).";
    private const MidpointRounding BadMode = (MidpointRounding)99;
    private const string BadModeMessage = "rounding mode 99 is not a defined System.MidpointRounding value. (Parameter 'mode')";

    [Fact]
    public void RoundTo_beyond_the_range_names_the_amount_step_and_mode()
    {
        // MaxValue = 92,233,720,368,547,758.07元 up to whole 元: 92,233,720,368,547,759元 > MaxValue.
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 rounded to a multiple of 1 元 (ToPositiveInfinity) {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.RoundTo(MoneyUnit.Yuan, 0, MidpointRounding.ToPositiveInfinity)).Message);
        // MinValue down to whole 万元 (step 10⁶ fen = 10,000 元): below MinValue.
        Assert.Equal(
            $"Money -92,233,720,368,547,758.08元 rounded to a multiple of 10000 元 (ToNegativeInfinity) {BelowMin}",
            Assert.Throws<OverflowException>(() => Money.MinValue.RoundTo(MoneyUnit.Wan, 0, MidpointRounding.ToNegativeInfinity)).Message);
    }

    [Fact]
    public void RoundTo_to_the_fen_or_finer_is_the_amount_itself()
    {
        // Yuan with 2 decimals is the fen (shift 0); 3 decimals is finer (shift −1): the amount as it is.
        Money m = Money.FromFen(12_345);
        Assert.Equal(m, m.RoundTo(MoneyUnit.Yuan, 2, MidpointRounding.ToZero));
        Assert.Equal(m, m.RoundTo(MoneyUnit.Yuan, 3, MidpointRounding.ToZero));
        // 123.45元 to the jiao, half away from zero: 123.5元.
        Assert.Equal(Money.FromFen(12_350), m.RoundTo(MoneyUnit.Yuan, 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void An_integer_product_of_exactly_minus_two_to_the_64_overflows()
    {
        // −2³² fen × 2³² = −2⁶⁴: high word −1, low word 0 — beyond MinValue, not 0.
        Assert.Equal(
            $"Money -42,949,672.96元 × 4,294,967,296 {BelowMin}",
            Assert.Throws<OverflowException>(() => Money.FromFen(-4_294_967_296) * 4_294_967_296L).Message);
        Assert.Equal(
            $"Money -42,949,672.96元 × 4,294,967,296人 {BelowMin}",
            Assert.Throws<OverflowException>(() => Money.FromFen(-4_294_967_296) * Headcount.FromPersons(4_294_967_296)).Message);
    }

    [Fact]
    public void Integer_factors_are_printed_with_thousands_separators()
    {
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × 1,000 {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MaxValue * 1000L).Message);
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × 1,000人 {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MaxValue * Headcount.FromPersons(1000)).Message);
    }

    [Fact]
    public void A_fixed_point_product_just_below_two_to_the_64_is_exact()
    {
        // 184,467,440,737 fen × 10⁸ units (100%) = 18,446,744,073,700,000,000, within 10⁸ of 2⁶⁴: the large path.
        Assert.Equal(Money.FromFen(184_467_440_737), Money.FromFen(184_467_440_737).Multiply(Rate.OneHundredPercent, MidpointRounding.ToEven));
        // 368,934,881,473 fen × 50% = 184,467,440,736.5 fen (product 18,446,744,073,650,000,000): a tie.
        Money odd = Money.FromFen(368_934_881_473);
        Rate half = Rate.FromPercent(50m);
        Assert.Equal(Money.FromFen(184_467_440_736), odd.Multiply(half, MidpointRounding.ToEven));
        Assert.Equal(Money.FromFen(184_467_440_737), odd.Multiply(half, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.FromFen(-184_467_440_737), (-odd).Multiply(half, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.FromFen(-184_467_440_736), (-odd).Multiply(half, MidpointRounding.ToZero));
    }

    [Fact]
    public void A_fixed_point_product_of_two_to_the_63_fits_only_when_negative()
    {
        // 2⁶² fen × 200% = 2⁶³ fen: one above MaxValue, but exactly MinValue when negative.
        Money twoTo62 = Money.FromFen(4_611_686_018_427_387_904);
        Rate twice = Rate.FromPercent(200m);
        Assert.Equal(
            $"Money 46,116,860,184,273,879.04元 × 200% {AboveMax}",
            Assert.Throws<OverflowException>(() => twoTo62.Multiply(twice, MidpointRounding.ToEven)).Message);
        Assert.Equal(Money.MinValue, (-twoTo62).Multiply(twice, MidpointRounding.ToEven));
    }

    [Fact]
    public void A_fraction_product_beyond_the_range_names_the_fraction_and_direction()
    {
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × 3/2 {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(Fraction.Create(3, 2), MidpointRounding.ToEven)).Message);
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × -3/2 {BelowMin}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(Fraction.Create(-3, 2), MidpointRounding.ToEven)).Message);
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × -3/2 {BelowMin}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(-3, 2, MidpointRounding.ToEven)).Message);
        // A ratio rate: 92,233,720,368,547,758.07元 × 4/3.
        Assert.Equal(
            $"Money 92,233,720,368,547,758.07元 × ≈133.333333% {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Multiply(Rate.FromRatio(4, 3), MidpointRounding.ToEven)).Message);
    }

    [Fact]
    public void Dividing_MinValue_by_minus_one_overflows_upwards()
    {
        Assert.Equal(
            $"Money -92,233,720,368,547,758.08元 ÷ -1 {AboveMax}",
            Assert.Throws<OverflowException>(() => Money.MinValue.Divide(-1, MidpointRounding.ToEven)).Message);
    }

    [Fact]
    public void Zero_divisors_name_the_amount()
    {
        Money five = Money.FromYuan(5);
        Assert.Equal("Cannot divide 5.00 by a zero amount.", Assert.Throws<DivideByZeroException>(() => five.DivideBy(Money.Zero)).Message);
        Assert.Equal("Cannot divide 5.00 by zero.", Assert.Throws<DivideByZeroException>(() => five.Divide(0, MidpointRounding.ToEven)).Message);
        Assert.Equal("Cannot multiply 5.00 by 3/0.", Assert.Throws<DivideByZeroException>(() => five.Multiply(3, 0, MidpointRounding.ToEven)).Message);
        // 5元 / 2元 = 5/2.
        Assert.Equal(Fraction.Create(5, 2), five.DivideBy(Money.FromYuan(2)));
    }

    [Fact]
    public void An_undefined_mode_is_rejected_even_when_the_division_is_exact()
    {
        // Each of these divides exactly (1.00元 × 1/2 = 0.50元, 1.00元 ÷ 2, 1.00元 in 元 at 2 or 4 decimals,
        // 1.00元 to the fen), so only the mode check itself can refuse the undefined mode 99.
        Money one = Money.FromYuan(1);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.Multiply(1, 2, BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.Divide(2, BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.ToUnit(MoneyUnit.Yuan, 2, BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.ToUnit(MoneyUnit.Yuan, 4, BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.RoundTo(MoneyUnit.Yuan, 2, BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.RoundTo(MoneyUnit.Yuan, 0, BadMode)).Message);
    }

    [Fact]
    public void ToUnit_scales_down_and_up()
    {
        Money m = Money.FromFen(845_547_640_00); // 845,547,640.00元
        // In 万元 with 3 decimals: 84,554.764万元 (exact).
        Assert.Equal(84_554.764m, m.ToUnit(MoneyUnit.Wan, 3, MidpointRounding.ToEven));
        // In 元 with 4 decimals: 845,547,640.0000 (scaled up, scale 4).
        decimal up = m.ToUnit(MoneyUnit.Yuan, 4, MidpointRounding.ToEven);
        Assert.Equal(845_547_640.0000m, up);
        Assert.Equal("845547640.0000", up.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sign_predicates()
    {
        Assert.False(Money.Zero.IsNegative);
        Assert.False(Money.Zero.IsPositive);
        Assert.True(Money.FromFen(-1).IsNegative);
        Assert.False(Money.FromFen(-1).IsPositive);
        Assert.True(Money.FromFen(1).IsPositive);
        Assert.False(Money.FromFen(1).IsNegative);
    }

    [Fact]
    public void Zero_amounts_add_sum_and_convert_without_overflow()
    {
        Assert.Equal(Money.Zero, Money.FromYuan(0L));
        Assert.Equal(Money.Zero, Money.Zero + Money.Zero);
        Assert.Equal(Money.Zero, Money.Zero * 0L);
        Assert.Equal(Money.Zero, Money.Sum([Money.Zero, Money.Zero]));
        // 1.23元 + 0.77元 + (−3.00元) = −1.00元.
        Assert.Equal(Money.FromFen(-100), Money.Sum([Money.FromFen(123), Money.FromFen(77), Money.FromFen(-300)]));
        // 3.86亿元 = 386,000,000.00元; 1.5万元 = 15,000.00元; 0.01元 in 元 with 2 decimals is exact.
        Assert.Equal(Money.FromYuan(386_000_000L), Money.From(3.86m, MoneyUnit.Yi));
        Assert.Equal(Money.FromYuan(15_000L), Money.From(1.5m, MoneyUnit.Wan));
        Assert.Equal(Money.FromFen(1), Money.FromYuan(0.01m));
    }

    [Fact]
    public void Abs_min_max_and_ordering()
    {
        Assert.Equal(Money.FromFen(5), Money.FromFen(-5).Abs());
        Assert.Equal(Money.FromFen(5), Money.FromFen(5).Abs());
        Assert.Equal(Money.FromFen(1), Money.Min(Money.FromFen(1), Money.FromFen(2)));
        Assert.Equal(Money.FromFen(1), Money.Min(Money.FromFen(2), Money.FromFen(1)));
        Assert.Equal(Money.FromFen(2), Money.Max(Money.FromFen(1), Money.FromFen(2)));
        Assert.Equal(Money.FromFen(2), Money.Max(Money.FromFen(2), Money.FromFen(1)));
        Assert.True(Money.FromFen(1) <= Money.FromFen(1));
        Assert.True(Money.FromFen(1) <= Money.FromFen(2));
        Assert.False(Money.FromFen(2) <= Money.FromFen(1));
    }

    [Fact]
    public void Directed_roundings_of_a_fixed_point_product_follow_the_sign()
    {
        // ±1 fen × 50% = ±0.5 fen: floor −1 / 0, ceiling 0 / 1; to even 0; away from zero ±1.
        Rate half = Rate.FromPercent(50m);
        Money plus = Money.FromFen(1), minus = Money.FromFen(-1);
        Assert.Equal(Money.FromFen(-1), minus.Multiply(half, MidpointRounding.ToNegativeInfinity));
        Assert.Equal(Money.Zero, plus.Multiply(half, MidpointRounding.ToNegativeInfinity));
        Assert.Equal(Money.FromFen(1), plus.Multiply(half, MidpointRounding.ToPositiveInfinity));
        Assert.Equal(Money.Zero, minus.Multiply(half, MidpointRounding.ToPositiveInfinity));
        Assert.Equal(Money.Zero, plus.Multiply(half, MidpointRounding.ToEven));
        Assert.Equal(Money.FromFen(-1), minus.Multiply(half, MidpointRounding.AwayFromZero));
        // 3 fen × 100% = 3 fen (no tie: nothing to make even) in every mode; 3 fen × 50% = 1.5 → 2 to even.
        foreach (MidpointRounding mode in (MidpointRounding[])[MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero])
        {
            Assert.Equal(Money.FromFen(3), Money.FromFen(3).Multiply(Rate.OneHundredPercent, mode));
        }

        Assert.Equal(Money.FromFen(2), Money.FromFen(3).Multiply(half, MidpointRounding.ToEven));
        Assert.Equal(Money.FromFen(2), Money.FromFen(5).Multiply(half, MidpointRounding.ToEven));
    }

    [Fact]
    public void Multiplying_by_a_rate_or_fraction_checks_the_mode()
    {
        Money one = Money.FromYuan(1);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.Multiply(Rate.FromPercent(50m), BadMode)).Message);
        Assert.Equal(BadModeMessage, Assert.Throws<ArgumentException>(() => one.Multiply(Fraction.Create(1, 2), BadMode)).Message);
    }

    [Fact]
    public void Format_strings_choose_grouping_decimals_and_unit()
    {
        Money m = Money.FromFen(123_456);
        Assert.Equal("1,234.56", m.ToString("N", null));
        Assert.Equal("1234.56", m.ToString("F", null));
        Assert.Equal("1,234.6", m.ToString("N1", null));
        Assert.Equal("1234.56", m.ToString("G", null));
        Assert.Equal(
            "Format 'F11' is not supported by Money: use [N|F][decimals 0-10][元|万元|亿元|万|亿].",
            Assert.Throws<FormatException>(() => m.ToString("F11", null)).Message);
        // 12,355.00元 in 万元 with 2 decimals: 1.2355 → 1.24万元 (四舍五入).
        Assert.Equal("1.24万元", Money.FromYuan(12_355L).ToString("F2万元", null));
        // MaxValue in 亿元: 922,337,203.6854775807 would round to .69, beyond Money; printed toward zero.
        Assert.Equal("922337203.68亿元", Money.MaxValue.ToString("F2亿元", null));
    }
}
