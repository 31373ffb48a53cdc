namespace FundMath.Tests.Values;

using System;
using FundMath;
using Money = FundMath.Money;

/// <summary>
/// Exact values and messages of <see cref="Rate"/> on the edges its code branches on: the sign move of a negative
/// denominator, the 64-bit fixed-point product, the fast (scale ≤ 18) and wide (scale ≤ 38) decimal paths,
/// negation of long.MinValue, the 0%–100% check and the parse status mapping.
/// </summary>
public class RateMutationTests
{
    // long.MaxValue = 7² × 73 × 127 × 337 × 92737 × 649657: coprime to 3, so 1/3 ∘ 1/long.MaxValue needs a
    // denominator of 3 × long.MaxValue, which does not fit.
    private static readonly Rate OneThird = Rate.FromRatio(1, 3);
    private static readonly Rate Tiny = Rate.FromRatio(1, long.MaxValue);

    [Fact]
    public void FromPercent_of_a_fraction_divides_by_one_hundred()
    {
        // 87/10 percent = 87/1000 of one = 8.7%.
        Rate r = Rate.FromPercent(Fraction.Create(87, 10));
        Assert.Equal(Rate.FromPercent(8.7m), r);
        Assert.Equal(Fraction.Create(87, 1000), r.Value);
        // 1/3 percent = 1/300.
        Assert.Equal(Fraction.Create(1, 300), Rate.FromPercent(Fraction.Create(1, 3)).Value);
    }

    [Fact]
    public void Zero_denominators_name_the_operands()
    {
        Assert.Equal(
            "Rate 7/0: the denominator must not be zero.",
            Assert.Throws<DivideByZeroException>(() => Rate.FromRatio(7, 0)).Message);
        Assert.Equal(
            "Cannot take the rate of 5.00 over a zero amount.",
            Assert.Throws<DivideByZeroException>(() => Rate.Of(Money.FromYuan(5), Money.Zero)).Message);
        Assert.Equal(
            "Cannot take the share of 3 over a zero headcount.",
            Assert.Throws<DivideByZeroException>(() => Rate.Of(Headcount.FromPersons(3), Headcount.Zero)).Message);
    }

    [Fact]
    public void A_negative_denominator_of_long_MinValue_is_reduced_not_negated()
    {
        // long.MinValue / −2 = 2^63 / 2 = 2^62 = 4,611,686,018,427,387,904 (negating either operand would overflow).
        Rate a = Rate.FromRatio(long.MinValue, -2);
        Assert.Equal(Fraction.FromInteger(4_611_686_018_427_387_904), a.Value);
        Assert.False(a.IsNegative);

        // 2 / long.MinValue = −2 / 2^63 = −1 / 2^62.
        Rate b = Rate.FromRatio(2, long.MinValue);
        Assert.Equal(Fraction.Create(-1, 4_611_686_018_427_387_904), b.Value);
        Assert.True(b.IsNegative);
    }

    [Fact]
    public void A_negative_denominator_otherwise_moves_its_sign_to_the_numerator_without_reducing()
    {
        // −2/−6: the sign moves (2/6), and 6 does not divide 10⁸, so the ratio is kept as given, unreduced.
        Rate r = Rate.FromRatio(-2, -6);
        Assert.Equal(2, r.RatioNumerator);
        Assert.Equal(6, r.RatioDenominator);
        Assert.Equal(Fraction.Create(1, 3), r.Value);
    }

    [Fact]
    public void A_fixed_point_product_past_long_MaxValue_stays_a_ratio()
    {
        // 10¹¹ / 1: 10¹¹ × 10⁸ = 10¹⁹ lies in [2^63, 2^64): high word 0, low word negative, not fixed point.
        Rate r = Rate.FromRatio(100_000_000_000, 1);
        Assert.False(r.IsFixedPoint);
        Assert.False(r.IsNegative);
        Assert.Equal(Fraction.FromInteger(100_000_000_000), r.Value);
    }

    [Fact]
    public void A_fixed_point_product_of_exactly_minus_two_to_the_64_stays_a_ratio()
    {
        // 390,625 = 5⁸ divides 10⁸ with factor 2⁸ = 256; −2^56 × 256 = −2^64: high word −1, low word 0.
        Rate r = Rate.FromRatio(-72_057_594_037_927_936, 390_625);
        Assert.False(r.IsFixedPoint);
        Assert.True(r.IsNegative);
        Assert.Equal(Fraction.Create(-72_057_594_037_927_936, 390_625), r.Value);
    }

    [Fact]
    public void A_product_of_exactly_long_MinValue_is_fixed_point()
    {
        // 5⁸ = 390,625, factor 256: −2^55 × 256 = −2^63 = long.MinValue, high word −1, low word negative: fits.
        Rate r = Rate.FromRatio(-36_028_797_018_963_968, 390_625);
        Assert.True(r.IsFixedPoint);
        Assert.Equal(long.MinValue, r.FixedUnits);
    }

    [Fact]
    public void Decimals_that_fit_no_form_throw_naming_the_parameter_and_value()
    {
        Assert.Equal(
            "percent 79228162514264337593543950335 does not fit in a Rate (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Rate.FromPercent(decimal.MaxValue)).Message);
        // A mantissa of 2^70 at scale 0 fits neither fixed point, nor the 64-bit ratio path, nor the wide path.
        Assert.Equal(
            "proportion 1180591620717411303424 does not fit in a Rate (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Rate.FromProportion(1_180_591_620_717_411_303_424m)).Message);
    }

    [Fact]
    public void Scale_18_takes_the_ratio_path_without_a_gcd()
    {
        // 2 × 10⁻¹⁸: mantissa 2 at scale 18 fits 64 bits; kept as 2 / 10¹⁸ (the wide path would reduce to 1/5×10¹⁷).
        Rate r = Rate.FromProportion(0.000000000000000002m);
        Assert.Equal(2, r.RatioNumerator);
        Assert.Equal(1_000_000_000_000_000_000, r.RatioDenominator);
        Assert.Equal(Fraction.Create(1, 500_000_000_000_000_000), r.Value);

        // 1.5 × 10⁻¹⁰ at scale 11: kept as 15 / 10¹¹.
        Rate s = Rate.FromProportion(0.00000000015m);
        Assert.Equal(15, s.RatioNumerator);
        Assert.Equal(100_000_000_000, s.RatioDenominator);
    }

    [Fact]
    public void Scale_19_takes_the_wide_path_and_reduces()
    {
        // 5 × 10⁻¹⁹ = 1 / (2 × 10¹⁸): 10¹⁹ does not fit 64 bits, the reduced denominator does.
        Rate r = Rate.FromProportion(0.0000000000000000005m);
        Assert.Equal(Fraction.Create(1, 2_000_000_000_000_000_000), r.Value);
        Assert.Equal(1, r.RatioNumerator);
        Assert.Equal(2_000_000_000_000_000_000, r.RatioDenominator);

        // As a percentage: 5 × 10⁻¹⁷ % is 5 × 10⁻¹⁹ of one (scale 17 + 2 = 19).
        Assert.Equal(r, Rate.FromPercent(0.00000000000000005m));
    }

    [Fact]
    public void Ensure_within_zero_to_one_hundred_percent_accepts_both_ends()
    {
        Assert.Equal(Rate.Zero, Rate.Zero.EnsureWithinZeroToOneHundredPercent("rate"));
        Assert.Equal(Rate.OneHundredPercent, Rate.OneHundredPercent.EnsureWithinZeroToOneHundredPercent("rate"));
        Assert.Equal(Rate.FromPercent(50m), Rate.FromPercent(50m).EnsureWithinZeroToOneHundredPercent("rate"));
        // A ratio exactly 100% (3/3) is inside too.
        Assert.Equal(Rate.OneHundredPercent, Rate.FromRatio(3, 3).EnsureWithinZeroToOneHundredPercent("rate"));
    }

    [Fact]
    public void Ensure_within_zero_to_one_hundred_percent_names_the_parameter_and_value()
    {
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(-0.000001m).EnsureWithinZeroToOneHundredPercent("rate"));
        Assert.Equal("rate", below.ParamName);
        Assert.StartsWith("rate -0.000001% is outside 0%–100%.", below.Message, StringComparison.Ordinal);
        Assert.Equal(Rate.FromPercent(-0.000001m), below.ActualValue);

        var above = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(100.000001m).EnsureWithinZeroToOneHundredPercent("share"));
        Assert.Equal("share", above.ParamName);
        Assert.StartsWith("share 100.000001% is outside 0%–100%.", above.Message, StringComparison.Ordinal);

        Assert.Equal("paramName", Assert.Throws<ArgumentNullException>(() => Rate.FromPercent(50m).EnsureWithinZeroToOneHundredPercent(null!)).ParamName);
    }

    [Fact]
    public void Combining_rates_that_overflow_names_the_operation()
    {
        // 1/3 ∘ 1/long.MaxValue needs the denominator 3 × long.MaxValue (see the field comment).
        string Message(string op) => $"Rate ≈33.333333% {op} ≈0.000000% does not fit in a Rate (64-bit numerator and denominator).";

        var sum = Assert.Throws<OverflowException>(() => OneThird + Tiny);
        Assert.Equal(Message("+"), sum.Message);
        Assert.IsType<OverflowException>(sum.InnerException);
        Assert.Equal(Message("−"), Assert.Throws<OverflowException>(() => OneThird - Tiny).Message);
        Assert.Equal(Message("×"), Assert.Throws<OverflowException>(() => OneThird * Tiny).Message);
    }

    [Fact]
    public void Negation_flips_the_sign_and_keeps_the_form()
    {
        // −8.7% in fixed point: −8,700,000 × 10⁻⁸.
        Rate r = -Rate.FromPercent(8.7m);
        Assert.Equal(Rate.FromPercent(-8.7m), r);
        Assert.True(r.IsFixedPoint);
        Assert.Equal(-8_700_000, r.FixedUnits);

        // −(2/6) is kept as −2/6 (no GCD).
        Rate q = -Rate.FromRatio(2, 6);
        Assert.Equal(-2, q.RatioNumerator);
        Assert.Equal(6, q.RatioDenominator);
        Assert.Equal(Fraction.Create(-1, 3), q.Value);
    }

    [Fact]
    public void Negation_of_long_MinValue_fixed_units_goes_through_the_reduced_fraction()
    {
        // −2^63 × 10⁻⁸ = −92,233,720,368.54775808 of one; its negation 2^63 / 10⁸ = 2^55 / 5⁸ (does not fit fixed point).
        Rate min = Rate.FromProportion(-92_233_720_368.54775808m);
        Assert.True(min.IsFixedPoint);
        Assert.Equal(long.MinValue, min.FixedUnits);

        Rate negated = -min;
        Assert.False(negated.IsNegative);
        Assert.False(negated.IsFixedPoint);
        Assert.Equal(Fraction.Create(36_028_797_018_963_968, 390_625), negated.Value);
    }

    [Fact]
    public void CompareTo_an_object_of_another_type_names_the_type()
    {
        var e = Assert.Throws<ArgumentException>(() => Rate.Zero.CompareTo("8.7%"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type Rate.", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Rate.Zero.CompareTo(null));
        Assert.Equal(-1, Rate.Zero.CompareTo((object)OneThird));
    }

    [Fact]
    public void An_approximate_rate_does_not_fit_an_empty_destination()
    {
        // "≈33.333333%" needs 11 characters; not even the "≈" fits in none.
        Assert.False(OneThird.TryFormat(Span<char>.Empty, out int written, default, null));
        Assert.Equal(0, written);
        Span<char> buffer = stackalloc char[11];
        Assert.True(OneThird.TryFormat(buffer, out written, default, null));
        Assert.Equal("≈33.333333%", buffer[..written].ToString());
    }

    [Fact]
    public void Parsing_a_percentage_above_the_scanner_range_reports_a_ratio_out_of_range()
    {
        // 18,446,744,073,709,551,616 is 2^64: the scanner stops at its last digit (position 19) with "number too
        // large", which a rate reports as a ratio out of range.
        Assert.Equal(
            "Cannot parse '18446744073709551616%' as Rate: the value does not fit in a 64-bit numerator and denominator at position 19.",
            Assert.Throws<FormatException>(() => Rate.Parse("18446744073709551616%")).Message);
        // Other scanner errors pass through unchanged.
        Assert.Equal(
            "Cannot parse '-%' as Rate: expected a digit but the text ended at position 1.",
            Assert.Throws<FormatException>(() => Rate.Parse("-%")).Message);
    }

    [Fact]
    public void Parsing_a_percentage_with_trailing_characters_is_rejected()
    {
        Assert.Equal(
            "Cannot parse '8.7x%' as Rate: unexpected 'x' at position 3.",
            Assert.Throws<FormatException>(() => Rate.Parse("8.7x%")).Message);
        Assert.False(Rate.TryParse("8.7x%", null, out _));
    }

    [Fact]
    public void Parsing_a_percentage_that_fits_no_form_is_a_ratio_out_of_range_at_position_zero()
    {
        // 18,446,744,073,709,551,613 (odd, not a multiple of 5) / 100: the numerator does not fit 64 bits.
        Assert.Equal(
            "Cannot parse '18446744073709551613%' as Rate: the value does not fit in a 64-bit numerator and denominator at position 0.",
            Assert.Throws<FormatException>(() => Rate.Parse("18446744073709551613%")).Message);
        Assert.False(Rate.TryParse("18446744073709551613%", null, out Rate r));
        Assert.Equal(Rate.Zero, r);
        // 18,446,744,073,709,551,615 / 100 reduces by 5 to 3,689,348,814,741,910,323 / 20, which fits.
        Assert.True(Rate.TryParse("18446744073709551615%", null, out Rate big));
        Assert.Equal(Fraction.Create(3_689_348_814_741_910_323, 20), big.Value);
    }

    [Fact]
    public void Percent_of_fixed_point_and_ratio_rates()
    {
        // 8.7% = 8,700,000 × 10⁻⁸: 8,700,000 / 10⁶ = 87/10 percent. 1/3 = 100/3 percent.
        Assert.Equal(Fraction.Create(87, 10), Rate.FromPercent(8.7m).Percent);
        Assert.Equal(Fraction.Create(100, 3), OneThird.Percent);
        Assert.True(Rate.FromPercent(-1m).IsNegative);
        Assert.False(Rate.Zero.IsNegative);
        Assert.False(Rate.FromPercent(1m).IsNegative);
        // 3 of 4 persons: 75%.
        Assert.Equal(Rate.FromPercent(75m), Rate.Of(Headcount.FromPersons(3), Headcount.FromPersons(4)));
    }

    [Fact]
    public void Denominators_dividing_ten_to_the_eight_give_fixed_point()
    {
        // 1/4 → 25,000,000 units; 5/10⁸ → 5 units (factor 1); 0/4 → 0 units; −10¹¹/1 has no 64-bit fixed form.
        Assert.True(Rate.FromRatio(1, 4).IsFixedPoint);
        Assert.Equal(25_000_000, Rate.FromRatio(1, 4).FixedUnits);
        Assert.True(Rate.FromRatio(5, 100_000_000).IsFixedPoint);
        Assert.Equal(5, Rate.FromRatio(5, 100_000_000).FixedUnits);
        Assert.True(Rate.FromRatio(0, 4).IsFixedPoint);
        Rate r = Rate.FromRatio(-100_000_000_000, 1);
        Assert.False(r.IsFixedPoint);
        Assert.True(r.IsNegative);
        Assert.Equal(Fraction.FromInteger(-100_000_000_000), r.Value);
    }

    [Fact]
    public void Decimal_trailing_zeros_are_stripped_before_choosing_the_form()
    {
        // 8.70% = 8.7%; 0.000000010 of one is 1 × 10⁻⁸: one fixed-point unit once the zero is stripped.
        Assert.Equal(8_700_000, Rate.FromPercent(8.70m).FixedUnits);
        Assert.True(Rate.FromProportion(0.000000010m).IsFixedPoint);
        Assert.Equal(1, Rate.FromProportion(0.000000010m).FixedUnits);
        // 10²⁰ at scale 0 has no zeros to strip below the units; it fits no form.
        Assert.Equal(
            "proportion 100000000000000000000 does not fit in a Rate (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Rate.FromProportion(100_000_000_000_000_000_000m)).Message);
    }

    [Fact]
    public void A_fixed_point_sum_past_long_MaxValue_becomes_a_ratio()
    {
        // long.MaxValue units + 1 unit = 2⁶³ × 10⁻⁸ = 2⁵⁵ / 5⁸ (= 2⁶³ units does not fit).
        Rate max = Rate.FromProportion(92_233_720_368.54775807m);
        Assert.Equal(long.MaxValue, max.FixedUnits);
        Rate sum = max + Rate.FromProportion(0.00000001m);
        Assert.False(sum.IsNegative);
        Assert.Equal(Fraction.Create(36_028_797_018_963_968, 390_625), sum.Value);
    }

    [Fact]
    public void Rate_arithmetic_with_points_and_products()
    {
        // 8.7% − 0.5pp = 8.2%; 8.2% + 0.5pp = 8.7%; 40% × 80% = 32%.
        Assert.Equal(Rate.FromPercent(8.2m), Rate.FromPercent(8.7m) - PercentagePoints.FromPoints(0.5m));
        Assert.Equal(Rate.FromPercent(8.7m), Rate.FromPercent(8.2m) + PercentagePoints.FromPoints(0.5m));
        Assert.Equal(Rate.FromPercent(32m), Rate.FromPercent(40m) * Rate.FromPercent(80m));
        // 110.09% − 100% = 10.09pp.
        Assert.Equal(PercentagePoints.FromPoints(10.09m), Rate.FromPercent(110.09m) - Rate.OneHundredPercent);
    }

    [Fact]
    public void Comparisons_across_the_two_forms()
    {
        // 2/3 (ratio, 2 units over 3) against 50% (50,000,000 fixed units): 2/3 is larger.
        Rate twoThirds = Rate.FromRatio(2, 3), half = Rate.FromPercent(50m);
        Assert.True(twoThirds > half);
        Assert.True(half < twoThirds);
        Assert.Equal(1, twoThirds.CompareTo(half));
        Assert.False(half > Rate.FromRatio(1, 2));
        Assert.False(half < Rate.FromRatio(1, 2));
        Assert.True(half != twoThirds);
        Assert.False(half != Rate.FromRatio(1, 2));
        Assert.True(Rate.FromRatio(2, 6) == OneThird);
    }

    [Fact]
    public void Format_strings_G_and_P()
    {
        Rate r = Rate.FromPercent(8.7m);
        Assert.Equal("8.7%", r.ToString("G", null));
        Assert.Equal("8.7%", r.ToString("g", null));
        Assert.Equal("8.7%", r.ToString());
        Assert.Equal("≈33.333333%", OneThird.ToString());
        // 110.0910% with P2: 110.09%; 2/3 with P1: 66.7%.
        Assert.Equal("110.09%", Rate.FromPercent(110.091m).ToString("P2", null));
        Assert.Equal("66.7%", Rate.FromRatio(2, 3).ToString("P1", null));
        // "110.09%" needs 7 characters: P2 into 6 fails, into 7 fits.
        Span<char> six = stackalloc char[6];
        Assert.False(Rate.FromPercent(110.09m).TryFormat(six, out int none, "P2", null));
        Assert.Equal(0, none);
        Span<char> seven = stackalloc char[7];
        Assert.True(Rate.FromPercent(110.09m).TryFormat(seven, out int written, "P2", null));
        Assert.Equal("110.09%", seven[..written].ToString());
    }

    [Fact]
    public void Parse_percentages_and_ratios()
    {
        Assert.Equal(Rate.FromPercent(-1.93m), Rate.Parse("-1.93%"));
        Assert.True(Rate.Parse("-1.93%").IsNegative);
        Assert.Equal(OneThird, Rate.Parse("1/3"));
        Assert.True(Rate.TryParse("1/3", null, out Rate third));
        Assert.Equal(OneThird, third);
        Assert.False(Rate.TryParse("1/0", null, out Rate none));
        Assert.Equal(Rate.Zero, none);
        // A leading slash is a ratio with an empty numerator, not a bare number.
        Assert.Equal(
            "Cannot parse '/3' as Rate: the text is empty at position 0.",
            Assert.Throws<FormatException>(() => Rate.Parse("/3")).Message);
        Assert.Equal(
            "Cannot parse '60' as Rate: expected '%' (a bare number is ambiguous: write 8.7% or 87/1000) at position 2.",
            Assert.Throws<FormatException>(() => Rate.Parse("60")).Message);
    }
}
