namespace FundMath.Tests.Values;

using System;
using System.Collections.Generic;
using FundMath;
using Money = FundMath.Money;

/// <summary>Every overflow of the value types names the operation and its operands, never the bare BCL message.</summary>
public class OverflowMessageTests
{
    private static readonly Money Max = Money.MaxValue;
    private static readonly Money Min = Money.MinValue;
    private static readonly Money OneFen = Money.FromFen(1);

    [Fact]
    public void Money_sum_and_difference_name_both_operands() =>
        Assert.Equal(
            "Money 92,233,720,368,547,758.07元 + 0.01元 exceeds Money.MaxValue (92,233,720,368,547,758.07元).",
            Assert.Throws<OverflowException>(() => Max + OneFen).Message);

    [Fact]
    public void Money_difference_below_the_minimum_says_so() =>
        Assert.Equal(
            "Money -92,233,720,368,547,758.08元 − 0.01元 is below Money.MinValue (−92,233,720,368,547,758.08元).",
            Assert.Throws<OverflowException>(() => Min - OneFen).Message);

    [Fact]
    public void Money_negation_abs_and_products_name_the_operation()
    {
        Assert.Equal("Money −(-92,233,720,368,547,758.08元) exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => -Min).Message);
        Assert.Equal("Money.Abs(-92,233,720,368,547,758.08元) exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => Min.Abs()).Message);
        Assert.Equal("Money 92,233,720,368,547,758.07元 × 2 exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => Max * 2L).Message);
        Assert.Equal("Money 92,233,720,368,547,758.07元 × -2 is below Money.MinValue (−92,233,720,368,547,758.08元).", Assert.Throws<OverflowException>(() => -2L * Max).Message);
        Assert.Equal("Money 92,233,720,368,547,758.07元 × 3人 exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => Max * Headcount.FromPersons(3)).Message);
        Assert.Equal("Money 92,233,720,368,547,758.07元 × 3/1 exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => Max.Multiply(3, 1, MidpointRounding.ToEven)).Message);
        Assert.Equal("Money 92,233,720,368,547,758.07元 × 110.09% exceeds Money.MaxValue (92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => Max.Multiply(Rate.FromPercent(110.09m), MidpointRounding.AwayFromZero)).Message);
    }

    [Fact]
    public void Money_sums_name_the_element_that_overflowed()
    {
        Money[] amounts = [Money.FromYuan(5), Max, OneFen];
        string expected = "Money.Sum: the running total 5.00元 + element [1] 92,233,720,368,547,758.07元 exceeds Money.MaxValue (92,233,720,368,547,758.07元).";
        Assert.Equal(expected, Assert.Throws<OverflowException>(() => Money.Sum(amounts.AsSpan())).Message);
        Assert.Equal(expected, Assert.Throws<OverflowException>(() => Money.Sum((IEnumerable<Money>)amounts)).Message);
    }

    [Fact]
    public void Money_construction_names_the_input()
    {
        Assert.Equal(
            "Money.FromYuan(92,233,720,368,547,759元) exceeds Money.MaxValue (92,233,720,368,547,758.07元).",
            Assert.Throws<OverflowException>(() => Money.FromYuan(92_233_720_368_547_759L)).Message);
        Assert.Equal(
            "Money.From(99999999999999999999亿元) exceeds Money.MaxValue (92,233,720,368,547,758.07元).",
            Assert.Throws<OverflowException>(() => Money.From(99_999_999_999_999_999_999m, MoneyUnit.Yi)).Message);
    }

    [Fact]
    public void Headcount_sum_names_both_operands()
    {
        Headcount big = Headcount.FromPersons(long.MaxValue);
        Assert.Equal(
            "Headcount 9,223,372,036,854,775,807人 + 1人 exceeds the largest headcount (9,223,372,036,854,775,807人).",
            Assert.Throws<OverflowException>(() => big + Headcount.FromPersons(1)).Message);
        Headcount[] counts = [Headcount.FromPersons(1), big];
        Assert.Equal(
            "Headcount.Sum: the running total 1人 + element [1] 9,223,372,036,854,775,807人 exceeds the largest headcount (9,223,372,036,854,775,807人).",
            Assert.Throws<OverflowException>(() => Headcount.Sum(counts)).Message);
    }

    [Fact]
    public void Money_text_beyond_the_range_is_a_parse_error_naming_the_range()
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse("99999999999999999999亿元", null));
        Assert.Equal("Cannot parse '99999999999999999999亿元' as Money: the amount is out of range: it exceeds Money.MaxValue (92,233,720,368,547,758.07元).", e.Message);
        Assert.Equal(
            "Cannot parse '92233720368547758.08元' as Money: the amount is out of range: it exceeds Money.MaxValue (92,233,720,368,547,758.07元).",
            Assert.Throws<FormatException>(() => Money.Parse("92233720368547758.08元", null)).Message);
        Assert.Equal(
            "Cannot parse '-922,337,203.69亿元' as Money: the amount is out of range: it is below Money.MinValue (−92,233,720,368,547,758.08元).",
            Assert.Throws<FormatException>(() => Money.Parse("-922,337,203.69亿元", null)).Message);
        Assert.Equal(Money.MaxValue, Money.Parse("92233720368547758.07元", null));
        Assert.Equal(Money.MinValue, Money.Parse("-92233720368547758.08元", null));
    }

    [Fact]
    public void Money_division_names_the_dividend_and_divisor() =>
        Assert.Equal(
            "Money -92,233,720,368,547,758.08元 ÷ -1 exceeds Money.MaxValue (92,233,720,368,547,758.07元).",
            Assert.Throws<OverflowException>(() => Min.Divide(-1, MidpointRounding.ToEven)).Message);

    [Fact]
    public void Fraction_operations_name_both_operands_and_the_reduced_result()
    {
        Fraction big = Fraction.FromInteger(long.MaxValue);
        Fraction smallest = Fraction.FromInteger(long.MinValue);
        // (2⁶³ − 1) + 1 = 2⁶³, one past long.MaxValue; the same-denominator fast path must not throw the bare BCL message.
        Assert.Equal(
            "Fraction 9223372036854775807 + 1 = 9223372036854775808/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => big + Fraction.One).Message);
        Assert.Equal(
            "Fraction -9223372036854775808 − 1 = -9223372036854775809/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => smallest - Fraction.One).Message);
        Assert.Equal(
            "Fraction 9223372036854775807 × 2 = 18446744073709551614/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => big * Fraction.FromInteger(2)).Message);
        Assert.Equal(
            "Fraction 9223372036854775807 ÷ 1/2 = 18446744073709551614/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => big / Fraction.Create(1, 2)).Message);
        Assert.Equal(
            "Fraction −(-9223372036854775808) = 9223372036854775808/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => -smallest).Message);
        Assert.Equal(
            "Fraction.Abs(-9223372036854775808) = 9223372036854775808/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => smallest.Abs()).Message);

        // Sums whose 64-bit numerator overflows but whose reduced value fits are exact: (2⁶³ − 1)/2 + (2⁶³ − 1)/2 = 2⁶³ − 1.
        Fraction half = Fraction.Create(long.MaxValue, 2);
        Assert.Equal(big, half + half);
        Assert.Equal(Fraction.FromInteger(long.MaxValue - 1), big - Fraction.One);
    }

    [Fact]
    public void Apportionment_weight_overflow_names_the_weight()
    {
        var parts = new Money[3];
        Assert.Equal(
            "Apportionment.Split: the running weight sum 9,223,372,036,854,775,807 + weights[1] 1 exceeds 9,223,372,036,854,775,807 (Int64.MaxValue): scale the weights down (e.g. 万人 instead of persons).",
            Assert.Throws<OverflowException>(() => Apportionment.Split(Money.FromFen(100), [long.MaxValue, 1L, 0L], parts)).Message);

        // 1/3 and 1/7 of a percent have denominators 300 and 700; a rate with a 64-bit prime denominator takes the common one past 2⁶³.
        Rate prime = Rate.FromRatio(1, 9_223_372_036_854_775_783L);
        Assert.StartsWith(
            "Apportionment.Split: the common denominator of the rates up to weights[1] ",
            Assert.Throws<OverflowException>(() => Apportionment.Split(Money.FromFen(100), [Rate.FromRatio(1, 3), prime], parts.AsSpan(0, 2))).Message);
    }
}
