namespace FundMath.Tests.Values;

using System;
using FundMath;

public class MoneyParseErrorTests
{
    // Each malformed text must fail with a FormatException quoting the text and the 0-based position of the
    // first offending character.
    [Theory]
    [InlineData("1,46", 2)]         // last group after a separator must have 3 digits (starts at index 2)
    [InlineData("1.2.3", 3)]        // second decimal point
    [InlineData("0.001元", 4)]      // the digit below the fen
    [InlineData("１２３", 0)]        // full-width digits are not invariant digits
    [InlineData("1e5", 1)]          // no exponents
    [InlineData("", 0)]             // empty
    [InlineData(" 5", 0)]           // leading space
    [InlineData("--5", 1)]          // double sign
    [InlineData("12a", 2)]
    [InlineData("1,2345", 2)]       // the group after the separator has four digits (it starts at index 2)
    [InlineData("1234,567", 4)]     // a first group of four digits before a separator
    [InlineData("5 ", 1)]           // trailing space without a unit
    [InlineData("3.86亿元元", 4)]    // doubled unit
    public void Rejects_malformed_amounts_quoting_text_and_position(string text, int position)
    {
        var e = Assert.Throws<FormatException>(() => FundMath.Money.Parse(text, null));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains($"at position {position}.", e.Message);
        Assert.False(FundMath.Money.TryParse(text, null, out _));
    }

    [Fact]
    public void Rejects_amounts_beyond_the_range()
    {
        var e = Assert.Throws<FormatException>(() => FundMath.Money.Parse("100,000,000,000亿元", null));
        Assert.Contains("out of range", e.Message);
        Assert.Throws<FormatException>(() => FundMath.Money.Parse("99999999999999999999999999999999", null));
    }

    [Theory]
    [InlineData("N2", 146_600L, "1,466.00")]
    [InlineData("F2元", 23_654L, "236.54元")]
    [InlineData("N0万元", 84_554_764_000L, "84,555万元")]
    [InlineData("F2亿元", 38_600_000_000L, "3.86亿元")]
    [InlineData("F2", -5L, "-0.05")]
    [InlineData("N0", -99_999_950L, "-1,000,000")]
    public void Formats_as_reports_print(string format, long fen, string expected) =>
        Assert.Equal(expected, FundMath.Money.FromFen(fen).ToString(format, null));

    [Fact]
    public void Rejects_unknown_format() =>
        Assert.Throws<FormatException>(() => FundMath.Money.FromFen(1).ToString("X2", null));

    // 1.25元 rounded to the jiao (one decimal of 元) is a midpoint: each mode resolves it as documented.
    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 130L, -130L)]
    [InlineData(MidpointRounding.ToEven, 120L, -120L)]
    [InlineData(MidpointRounding.ToZero, 120L, -120L)]
    [InlineData(MidpointRounding.ToNegativeInfinity, 120L, -130L)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 130L, -120L)]
    public void Rounds_a_midpoint_to_the_jiao_in_every_mode(MidpointRounding mode, long positive, long negative)
    {
        Assert.Equal(positive, FundMath.Money.FromFen(125).RoundTo(MoneyUnit.Yuan, 1, mode).Fen);
        Assert.Equal(negative, FundMath.Money.FromFen(-125).RoundTo(MoneyUnit.Yuan, 1, mode).Fen);
        Assert.Equal(positive / 10m, FundMath.Money.FromFen(125).ToUnit(MoneyUnit.Yuan, 1, mode) * 10);
    }
}
