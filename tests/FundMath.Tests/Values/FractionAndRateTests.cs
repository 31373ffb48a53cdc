namespace FundMath.Tests.Values;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;

public class FractionAndRateTests
{
    private static readonly Arbitrary<Fraction> AnyFraction = ValueArbitraries.Fraction();

    [FundMathProperty]
    public Property Fraction_ordering_agrees_with_cross_multiplication() =>
        Prop.ForAll(AnyFraction, AnyFraction, (a, b) =>
            Math.Sign(a.CompareTo(b)) == ((Int128)a.Numerator * b.Denominator).CompareTo((Int128)b.Numerator * a.Denominator)
            && (a.CompareTo(b) == 0) == a.Equals(b)
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)));

    [FundMathProperty]
    public Property Fraction_addition_and_multiplication_laws() =>
        Prop.ForAll(AnyFraction, AnyFraction, AnyFraction, (a, b, c) =>
            a + b == b + a
            && (a + b) + c == a + (b + c)
            && a * b == b * a
            && a * (b + c) == (a * b) + (a * c)
            && a + Fraction.Zero == a
            && a * Fraction.One == a
            && a - a == Fraction.Zero
            && (a.Sign == 0 || a / a == Fraction.One)
            && (b.Sign == 0 || (a / b) * b == a));

    [FundMathProperty]
    public Property Fraction_is_always_in_lowest_terms_with_a_positive_denominator() =>
        Prop.ForAll(AnyFraction, AnyFraction, (a, b) =>
        {
            Fraction s = a + b;
            return s.Denominator > 0 && (s.Numerator == 0 ? s.Denominator == 1 : Gcd(Math.Abs(s.Numerator), s.Denominator) == 1);
        });

    [FundMathProperty]
    public Property Fraction_round_trips_through_text() =>
        Prop.ForAll(AnyFraction, f => Fraction.Parse(f.ToString()) == f);

    [FundMathProperty]
    public Property Fraction_to_decimal_matches_decimal_division() =>
        Prop.ForAll(AnyFraction, ValueArbitraries.MidpointRounding(), (f, mode) =>
            f.ToDecimal(4, mode) == Math.Round((decimal)f.Numerator / f.Denominator, 4, mode)
            && f.RoundToInteger(mode) == (long)Math.Round((decimal)f.Numerator / f.Denominator, 0, mode));

    [FundMathProperty]
    public Property Rate_round_trips_through_text_exactly() =>
        Prop.ForAll(ValueArbitraries.Rate(), r => Rate.Parse(r.ToString(), null) == r && Rate.Parse(r.ToString("P4", null), null) == r);

    [FundMathProperty]
    public Property Rate_minus_rate_is_percentage_points_and_adding_them_back_restores_it() =>
        Prop.ForAll(ValueArbitraries.Rate(), ValueArbitraries.Rate(), (a, b) =>
            b + (a - b) == a && (a - b) == -(b - a) && PercentagePoints.Parse((a - b).ToString(), null) == a - b);

    [FundMathProperty]
    public Property PercentagePoints_addition_laws() =>
        Prop.ForAll(ValueArbitraries.PercentagePoints(), ValueArbitraries.PercentagePoints(), (a, b) =>
            a + b == b + a && a + PercentagePoints.Zero == a && a + (-a) == PercentagePoints.Zero && (a - b) + b == a);

    // 丽水市全面做实基本医疗保险市级统筹实施方案: 居民医保个人缴费一般不低于人均筹资额的三分之一. With 1,020元 funding, 340元
    // is exactly one third (OK) and 339.99元 is not — a rounded 33.33% would accept 339.97元 (33.3304%).
    [Fact]
    public void At_least_one_third_is_decided_exactly()
    {
        Money funding = FundMath.Money.FromYuan(1020);
        Rate oneThird = Rate.FromRatio(1, 3);
        Assert.True(Rate.Of(FundMath.Money.FromYuan(340), funding) >= oneThird);
        Assert.False(Rate.Of(FundMath.Money.FromYuan(339.99m), funding) >= oneThird);
        Assert.True(Rate.Of(FundMath.Money.FromYuan(339.97m), funding) >= Rate.FromPercent(33.33m));
    }

    [Theory]
    [InlineData("8.7%", 87, 1000)]
    [InlineData("0.5%", 1, 200)]
    [InlineData("300%", 3, 1)]
    [InlineData("83.5%", 167, 200)]
    [InlineData("-1.93%", -193, 10000)]
    [InlineData("12.3456%", 123456, 1000000)]
    [InlineData("1/3", 1, 3)]
    public void Parses_rates_exactly(string text, long numerator, long denominator) =>
        Assert.Equal(Fraction.Create(numerator, denominator), Rate.Parse(text, null).Value);

    [Theory]
    [InlineData("60", 2)]
    [InlineData("8.7", 3)]
    [InlineData("", 0)]
    [InlineData("8,7%", 1)]
    [InlineData("1/0", 2)]
    public void Rejects_ambiguous_or_malformed_rates(string text, int position)
    {
        var e = Assert.Throws<FormatException>(() => Rate.Parse(text, null));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains($"position {position}", e.Message);
    }

    [Fact]
    public void Rate_outside_zero_to_one_hundred_names_the_parameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(300).EnsureWithinZeroToOneHundredPercent("contributionRate"));
        Assert.Equal("contributionRate", e.ParamName);
        Assert.Contains("300%", e.Message);
    }

    [Fact]
    public void Undefined_rounding_mode_is_an_argument_error_not_an_overflow()
    {
        var e = Assert.Throws<ArgumentException>(() => FundMath.Money.FromYuan(1).Multiply(Rate.FromPercent(50), (MidpointRounding)(-1)));
        Assert.Equal("mode", e.ParamName);
        Assert.Throws<ArgumentException>(() => FundMath.Money.FromYuan(1).Divide(3, (MidpointRounding)5));
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
