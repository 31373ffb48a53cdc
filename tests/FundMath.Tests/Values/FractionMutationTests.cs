namespace FundMath.Tests.Values;

using System;
using System.Linq;
using FundMath;

/// <summary>
/// Exact values and messages of <see cref="Fraction"/> where its code branches: zero and long.MinValue
/// denominators, the reduced operands an overflow message shows, terminating decimals, hashing and the parse
/// status of each part of "n/d".
/// </summary>
public class FractionMutationTests
{
    [Fact]
    public void A_zero_denominator_names_the_numerator()
    {
        Assert.Equal(
            "Fraction 5/0: the denominator must not be zero.",
            Assert.Throws<DivideByZeroException>(() => Fraction.Create(5, 0)).Message);
        // The internal Int128 entry point (used by months of cover) names what was being divided.
        Assert.Equal(
            "months of cover: division by zero.",
            Assert.Throws<DivideByZeroException>(() => Fraction.FromInt128(5, 0, "months of cover")).Message);
    }

    [Fact]
    public void One_over_long_MinValue_does_not_fit_and_the_message_shows_the_sign_on_the_numerator()
    {
        // 1 / −2^63 = −1 / 2^63; 2^63 exceeds long.MaxValue and gcd(1, 2^63) = 1, so nothing reduces.
        Assert.Equal(
            "fraction -1/9223372036854775808 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.Create(1, long.MinValue)).Message);
        // 3 / −2^63 likewise (odd numerator).
        Assert.Equal(
            "fraction -3/9223372036854775808 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.Create(3, long.MinValue)).Message);
        // 2 / −2^63 reduces to −1 / 2^62, which fits.
        Fraction f = Fraction.Create(2, long.MinValue);
        Assert.Equal(-1, f.Numerator);
        Assert.Equal(4_611_686_018_427_387_904, f.Denominator);
    }

    [Fact]
    public void A_decimal_that_does_not_fit_is_shown_reduced()
    {
        // 7,922,816,251,426,433,759,354,395,033.4 = 79,228,162,514,264,337,593,543,950,334 / 10; both even, so the
        // reduced form 39,614,081,257,132,168,796,771,975,167 / 5 is shown, and still does not fit 64 bits.
        Assert.Equal(
            "decimal value 39614081257132168796771975167/5 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.FromDecimal(7_922_816_251_426_433_759_354_395_033.4m)).Message);
    }

    [Fact]
    public void Dividing_by_zero_names_the_dividend()
    {
        Assert.Equal(
            "Cannot divide 1/2 by zero.",
            Assert.Throws<DivideByZeroException>(() => Fraction.Create(1, 2) / Fraction.Zero).Message);
    }

    [Fact]
    public void A_decimal_conversion_past_96_bits_names_the_scaled_mantissa()
    {
        // long.MaxValue × 10¹⁸ ≈ 9.2 × 10³⁶ needs more than 96 bits (≈ 7.9 × 10²⁸).
        Assert.Equal(
            "9223372036854775807000000000000000000e-18 does not fit in a decimal.",
            Assert.Throws<OverflowException>(() => Fraction.FromInteger(long.MaxValue).ToDecimal(18, MidpointRounding.ToEven)).Message);
    }

    [Theory]
    [InlineData(3, 8, true)] // 8 = 2³
    [InlineData(7, 20, true)] // 20 = 2² × 5
    [InlineData(1, 125, true)] // 125 = 5³
    [InlineData(5, 1, true)] // an integer terminates
    [InlineData(1, 3, false)]
    [InlineData(1, 6, false)] // 6 = 2 × 3: the 3 remains after the factors 2
    [InlineData(1, 15, false)] // 15 = 3 × 5: the 3 remains after the factors 5
    [InlineData(3, 6, true)] // 3/6 is 1/2 in lowest terms
    public void IsTerminatingDecimal_strips_factors_two_and_five(long numerator, long denominator, bool terminates) =>
        Assert.Equal(terminates, Fraction.Create(numerator, denominator).IsTerminatingDecimal);

    [Fact]
    public void CompareTo_an_object_of_another_type_names_the_type()
    {
        var e = Assert.Throws<ArgumentException>(() => Fraction.One.CompareTo(1));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type Fraction.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_fractions_hash_alike_and_different_ones_do_not_all_collide()
    {
        Assert.Equal(Fraction.Create(1, 2).GetHashCode(), Fraction.Create(2, 4).GetHashCode());
        int[] hashes = new[] { Fraction.Create(1, 2), Fraction.Create(1, 3), Fraction.Create(2, 3), Fraction.Create(-5, 7), Fraction.FromInteger(9) }
            .Select(f => f.GetHashCode())
            .ToArray();
        // Five different values: with a real hash at least two of them differ.
        Assert.True(hashes.Distinct().Count() > 1);
    }

    [Fact]
    public void Negation_and_abs_of_the_stored_numerator()
    {
        Fraction f = -Fraction.Create(2, 6);
        Assert.Equal(-2, f.RawNumerator);
        Assert.Equal(6, f.RawDenominator);
        Assert.Equal(Fraction.Create(2, 6), f.Abs());
        Assert.Equal(Fraction.Zero, Fraction.Zero.Abs());
    }

    [Fact]
    public void TryParse_reports_success_and_failure()
    {
        Assert.True(Fraction.TryParse("1/3", out Fraction third));
        Assert.Equal(Fraction.Create(1, 3), third);
        Assert.False(Fraction.TryParse("1/0", out _));
        Assert.False(Fraction.TryParse("x/3", out _));
    }

    [Theory]
    // The numerator part fails: its status and position are reported, the denominator is not looked at.
    [InlineData("x/3", "expected a digit but found 'x' at position 0")]
    // The denominator part fails: its position is offset past the slash.
    [InlineData("1/x", "expected a digit but found 'x' at position 2")]
    // Trailing characters in a part.
    [InlineData("1x/3", "unexpected 'x' at position 1")]
    [InlineData("1/3x", "unexpected 'x' at position 3")]
    // An empty numerator is an empty text; an empty denominator means the text ended where a digit was expected.
    [InlineData("/3", "the text is empty at position 0")]
    [InlineData("3/", "expected a digit but the text ended at position 2")]
    // 19 decimals in the numerator: beyond 10¹⁸ scaling, out of range (position 0).
    [InlineData("0.0000000000000000001/1", "the value does not fit in a 64-bit numerator and denominator at position 0")]
    [InlineData("1/0.0000000000000000001", "the value does not fit in a 64-bit numerator and denominator at position 0")]
    // 2^64 − 1 does not fit a 64-bit numerator.
    [InlineData("18446744073709551615/1", "the value does not fit in a 64-bit numerator and denominator at position 0")]
    // 2^64 overflows the scanner itself (position of the digit that overflows), reported as out of range.
    [InlineData("1/18446744073709551616", "the value does not fit in a 64-bit numerator and denominator at position 21")]
    [InlineData("3/0", "the denominator is zero at position 2")]
    public void Parse_reports_the_rule_and_position(string text, string problem)
    {
        Assert.Equal(
            $"Cannot parse '{text}' as Fraction: {problem}.",
            Assert.Throws<FormatException>(() => Fraction.Parse(text)).Message);
        Assert.False(Fraction.TryParse(text, out Fraction result));
        Assert.Equal(Fraction.Zero, result);
    }

    [Fact]
    public void Parse_of_decimals_over_decimals_scales_both_parts()
    {
        // (1.5) / (0.25) = (15 × 10²) / (25 × 10¹) = 1500 / 250 = 6.
        Assert.Equal(Fraction.FromInteger(6), Fraction.Parse("1.5/0.25"));
        // −3 / −4 = 3/4; −3 / 4 = −3/4.
        Assert.Equal(Fraction.Create(3, 4), Fraction.Parse("-3/-4"));
        Assert.Equal(Fraction.Create(-3, 4), Fraction.Parse("-3/4"));
        // 18 decimals is still in range.
        Assert.Equal(Fraction.Create(1, 1_000_000_000_000_000_000), Fraction.Parse("0.000000000000000001"));
    }

    [Fact]
    public void Reduced_handles_the_sign_of_the_numerator()
    {
        // 2/4 = 1/2; −2/4 = −1/2; 3/−6 = −1/2 (the sign moves to the numerator).
        Assert.Equal((1L, 2L), (Fraction.Create(2, 4).Numerator, Fraction.Create(2, 4).Denominator));
        Assert.Equal((-1L, 2L), (Fraction.Create(-2, 4).Numerator, Fraction.Create(-2, 4).Denominator));
        Assert.Equal((-1L, 2L), (Fraction.Create(3, -6).Numerator, Fraction.Create(3, -6).Denominator));
        Assert.Equal((-1L, 3L), (Fraction.Create(-6, 18).Numerator, Fraction.Create(-6, 18).Denominator));
    }

    [Fact]
    public void Zero_is_always_zero_over_one()
    {
        Assert.Equal(1, Fraction.Create(0, 5).RawDenominator);
        Assert.Equal(1, Fraction.Create(0, -5).RawDenominator);
        Assert.True(Fraction.TryFromInt128(0, -5, out Fraction zero));
        Assert.Equal(1, zero.RawDenominator);
        Assert.False(Fraction.TryFromInt128(5, 0, out _));
    }

    [Fact]
    public void A_pair_beyond_64_bits_is_reduced_until_it_fits()
    {
        // 4,611,686,018,427,387,904.00 = 461,168,601,842,738,790,400 / 100 (the numerator needs 69 bits) = 2⁶² / 1.
        Assert.Equal(Fraction.FromInteger(4_611_686_018_427_387_904), Fraction.FromDecimal(4_611_686_018_427_387_904.00m));
        Assert.Equal(1, Fraction.FromDecimal(4_611_686_018_427_387_904.00m).RawDenominator);
        // 2⁶⁴ / 4 through the Int128 entry: 2⁶².
        Assert.True(Fraction.TryFromInt128(Int128.One << 64, 4, out Fraction f));
        Assert.Equal(4_611_686_018_427_387_904, f.RawNumerator);
        // A pair that fits is kept as computed: 7 / long.MaxValue (7 divides long.MaxValue) is not reduced.
        Assert.True(Fraction.TryFromInt128(7, long.MaxValue, out Fraction g));
        Assert.Equal((7L, long.MaxValue), (g.RawNumerator, g.RawDenominator));
    }

    [Fact]
    public void Same_denominator_arithmetic_keeps_the_denominator_and_overflows_by_name()
    {
        // 1/5 + 2/5 = 3/5 and 3/5 − 1/5 = 2/5 on the shared denominator 5; 1/5 − 1/5 = 0 (0/1).
        Fraction sum = Fraction.Create(1, 5) + Fraction.Create(2, 5);
        Assert.Equal((3L, 5L), (sum.RawNumerator, sum.RawDenominator));
        Fraction difference = Fraction.Create(3, 5) - Fraction.Create(1, 5);
        Assert.Equal((2L, 5L), (difference.RawNumerator, difference.RawDenominator));
        Assert.Equal(1, (Fraction.Create(1, 5) - Fraction.Create(1, 5)).RawDenominator);
        Assert.Equal(1, (Fraction.Create(1, 5) + Fraction.Create(-1, 5)).RawDenominator);

        // long.MaxValue/3 + long.MaxValue/3 = 2 × long.MaxValue / 3: the 64-bit sum wraps, the exact one does not fit.
        Fraction big = Fraction.Create(long.MaxValue, 3);
        Assert.Equal(
            "Fraction 9223372036854775807/3 + 9223372036854775807/3 = 18446744073709551614/3 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => big + big).Message);
        Assert.Equal(
            "Fraction 9223372036854775807/3 − -9223372036854775807/3 = 18446744073709551614/3 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => big - Fraction.Create(-long.MaxValue, 3)).Message);
        Assert.Equal(
            "Fraction 9223372036854775807 × 3 = 27670116110564327421/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.FromInteger(long.MaxValue) * Fraction.FromInteger(3)).Message);
        Assert.Equal(
            "Fraction 9223372036854775807 ÷ 1/3 = 27670116110564327421/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.FromInteger(long.MaxValue) / Fraction.Create(1, 3)).Message);
    }

    [Fact]
    public void Mixed_denominator_arithmetic_is_exact()
    {
        // 1/2 + 1/3 = 5/6; 1/2 − 1/3 = 1/6; 1/2 × 1/3 = 1/6; 1/2 ÷ 1/3 = 3/2.
        Fraction half = Fraction.Create(1, 2), third = Fraction.Create(1, 3);
        Assert.Equal(Fraction.Create(5, 6), half + third);
        Assert.Equal(Fraction.Create(1, 6), half - third);
        Assert.Equal(Fraction.Create(-1, 6), third - half);
        Assert.Equal(Fraction.Create(1, 6), half * third);
        Assert.Equal(Fraction.Create(3, 2), half / third);
        Assert.Equal(Fraction.Create(2, 3), third / half);
    }

    [Fact]
    public void Comparisons_min_and_max()
    {
        Fraction half = Fraction.Create(1, 2), third = Fraction.Create(1, 3), twoSixths = Fraction.Create(2, 6);
        Assert.True(third < half);
        Assert.False(half < third);
        Assert.False(third < twoSixths);
        Assert.True(half > third);
        Assert.False(third > twoSixths);
        Assert.True(third <= twoSixths);
        Assert.False(half <= third);
        Assert.True(third >= twoSixths);
        Assert.False(third >= half);
        Assert.True(third == twoSixths);
        Assert.True(Fraction.Create(1, 3) == Fraction.Create(1, 3));
        Assert.False(Fraction.Create(1, 3) == Fraction.Create(2, 3));
        Assert.Equal(third, Fraction.Min(half, third));
        Assert.Equal(third, Fraction.Min(third, half));
        Assert.Equal(half, Fraction.Max(half, third));
        Assert.Equal(half, Fraction.Max(third, half));
    }

    [Fact]
    public void ToDecimal_and_RoundToInteger_check_their_arguments()
    {
        const MidpointRounding bad = (MidpointRounding)99;
        const string badMode = "rounding mode 99 is not a defined System.MidpointRounding value. (Parameter 'mode')";
        // 4/1 rounds exactly, so only the mode check can refuse mode 99.
        Assert.Equal(badMode, Assert.Throws<ArgumentException>(() => Fraction.FromInteger(4).RoundToInteger(bad)).Message);
        Assert.Equal(badMode, Assert.Throws<ArgumentException>(() => Fraction.FromInteger(4).ToDecimal(2, bad)).Message);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Fraction.FromInteger(4).ToDecimal(19, MidpointRounding.ToEven));
        Assert.Equal("decimals", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Fraction.FromInteger(4).ToDecimal(-1, MidpointRounding.ToEven));
    }

    [Fact]
    public void ToDecimal_fills_all_three_words_and_keeps_the_sign()
    {
        // long.MaxValue with 9 decimals: 9,223,372,036,854,775,807 × 10⁹ ≈ 9.2 × 10²⁷ needs the high 32-bit word.
        Assert.Equal(9_223_372_036_854_775_807.000000000m, Fraction.FromInteger(long.MaxValue).ToDecimal(9, MidpointRounding.ToEven));
        Assert.Equal(-9_223_372_036_854_775_807.000000000m, Fraction.FromInteger(-long.MaxValue).ToDecimal(9, MidpointRounding.ToEven));
        // −1/3 to 2 decimals: −0.33; 2/3 away from zero: 0.67.
        Assert.Equal(-0.33m, Fraction.Create(-1, 3).ToDecimal(2, MidpointRounding.ToEven));
        Assert.Equal(0.67m, Fraction.Create(2, 3).ToDecimal(2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Fixed_decimal_formatting_reports_a_short_destination()
    {
        // 1/3 as "F2" is "0.33": four characters.
        Span<char> small = stackalloc char[3];
        Assert.False(Fraction.Create(1, 3).TryFormat(small, out _, "F2", null));
        Span<char> exact = stackalloc char[4];
        Assert.True(Fraction.Create(1, 3).TryFormat(exact, out int written, "F2", null));
        Assert.Equal("0.33", exact[..written].ToString());
    }

    [Theory]
    // Grouping is not allowed in a fraction's parts.
    [InlineData("1,000/3", "thousands separators are not allowed here at position 1")]
    [InlineData("3/1,000", "thousands separators are not allowed here at position 3")]
    public void Parse_rejects_thousands_separators(string text, string problem) =>
        Assert.Equal(
            $"Cannot parse '{text}' as Fraction: {problem}.",
            Assert.Throws<FormatException>(() => Fraction.Parse(text)).Message);

    [Fact]
    public void Parse_accepts_18_decimals_in_the_denominator()
    {
        // 1 / 10⁻¹⁸ = 10¹⁸.
        Assert.Equal(Fraction.FromInteger(1_000_000_000_000_000_000), Fraction.Parse("1/0.000000000000000001"));
    }
}
