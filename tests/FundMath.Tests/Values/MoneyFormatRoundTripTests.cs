namespace FundMath.Tests.Values;

using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using Money = FundMath.Money;

/// <summary>
/// Format → parse round-trips for every Money, MinValue and MaxValue included, in every format the type documents
/// (<c>[N|F][0–10][元|万元|亿元|万|亿]</c>, and <see cref="Money.Format"/> with every rounding mode): the text parses
/// back to the amount rounded to the printed step — toward zero within one step of the range's ends, where rounding
/// away would print a figure beyond Money.
/// </summary>
public class MoneyFormatRoundTripTests
{
    private static readonly string[] Suffixes = ["", "元", "万元", "亿元", "万", "亿"];

    private static readonly int[] SuffixUnits = [0, 0, 4, 8, 4, 8];

    private static readonly MidpointRounding[] Modes =
        [MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity];

    // Every long: uniform 64-bit values, the two ends of the range and amounts a little inside them, and small ones.
    private static readonly Arbitrary<Money> EveryMoney = Arb.From(Gen.OneOf(
        Gen.Two(Gen.Choose(0, int.MaxValue)).Select(t => Money.FromFen(unchecked(((long)t.Item1 << 33) ^ ((long)t.Item2 << 2) ^ (t.Item1 & 3)))),
        Gen.Choose(0, 2_000_000_000).Select(d => Money.FromFen(long.MaxValue - d)),
        Gen.Choose(0, 2_000_000_000).Select(d => Money.FromFen(long.MinValue + d)),
        Gen.Elements(Money.MaxValue, Money.MinValue, Money.Zero, Money.FromFen(1), Money.FromFen(-1)),
        ValueArbitraries.Money().Generator));

    /// <summary>The amount <paramref name="fen"/> rounded to a multiple of 10^shift fen with <paramref name="mode"/>, or toward zero when that leaves Money.</summary>
    private static long Expected(long fen, int shift, MidpointRounding mode)
    {
        if (shift <= 0)
        {
            return fen;
        }

        BigInteger step = BigInteger.Pow(10, shift);
        BigInteger q = BigInteger.DivRem(fen, step, out BigInteger r);
        int sign = r.Sign;
        BigInteger twice = BigInteger.Abs(r) * 2;
        BigInteger rounded = mode switch
        {
            MidpointRounding.ToZero => q,
            MidpointRounding.ToNegativeInfinity => sign < 0 ? q - 1 : q,
            MidpointRounding.ToPositiveInfinity => sign > 0 ? q + 1 : q,
            MidpointRounding.AwayFromZero => twice >= step ? q + sign : q,
            _ => twice > step || (twice == step && !q.IsEven) ? q + sign : q,
        };
        BigInteger value = rounded * step;
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : (long)(q * step);
    }

    [FundMathProperty]
    public Property Every_format_string_parses_back_to_the_amount_at_its_printed_step() =>
        Prop.ForAll(EveryMoney, Arb.From(Gen.Choose(0, 10)), Arb.From(Gen.Choose(0, Suffixes.Length - 1)), (m, decimals, suffix) =>
        {
            foreach (string style in new[] { "N", "F" })
            {
                string format = style + decimals + Suffixes[suffix];
                string text = m.ToString(format, null);
                long expected = Expected(m.Fen, 2 + SuffixUnits[suffix] - decimals, MidpointRounding.AwayFromZero);
                if (Money.Parse(text, null).Fen != expected)
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Format_with_every_mode_parses_back_to_the_amount_rounded_with_that_mode() =>
        Prop.ForAll(EveryMoney, Arb.From(Gen.Choose(0, 10)), Arb.From(Gen.Elements(MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi)), (m, decimals, unit) =>
        {
            foreach (MidpointRounding mode in Modes)
            {
                long expected = Expected(m.Fen, 2 + (int)unit - decimals, mode);
                if (Money.Parse(m.Format(unit, decimals, mode, grouping: true), null).Fen != expected
                    || Money.Parse(m.Format(unit, decimals, mode, withUnit: false), unit).Fen != expected)
                {
                    return false;
                }
            }

            return true;
        });

    [Theory]
    // MaxValue = 92,233,720,368,547,758.07元 = 922,337,203.6854775807亿元: rounded to nearest it would print .69,
    // 92,233,720,369,000,000元, beyond MaxValue — printed .68 (toward zero), 92,233,720,368,000,000元.
    [InlineData("F2亿元", "922337203.68亿元", 9_223_372_036_800_000_000L)]
    [InlineData("N2亿元", "922,337,203.68亿元", 9_223_372_036_800_000_000L)]
    [InlineData("N0亿元", "922,337,203亿元", 9_223_372_030_000_000_000L)]
    [InlineData("F0亿", "922337203亿", 9_223_372_030_000_000_000L)]
    [InlineData("F2万元", "9223372036854.77万元", 9_223_372_036_854_770_000L)]
    [InlineData("N0万元", "9,223,372,036,854万元", 9_223_372_036_854_000_000L)]
    [InlineData("N1元", "92,233,720,368,547,758.0元", 9_223_372_036_854_775_800L)]
    [InlineData("F0", "92233720368547758", 9_223_372_036_854_775_800L)]
    [InlineData("N2元", "92,233,720,368,547,758.07元", long.MaxValue)]
    [InlineData("F10亿元", "922337203.6854775807亿元", long.MaxValue)]
    public void MaxValue_formats_to_text_that_parses_back(string format, string text, long fen)
    {
        Assert.Equal(text, Money.MaxValue.ToString(format, null));
        Assert.Equal(fen, Money.Parse(text, null).Fen);
    }

    [Theory]
    // MinValue = −92,233,720,368,547,758.08元: −922,337,203.69亿元 would be below MinValue.
    [InlineData("F2亿元", "-922337203.68亿元", -9_223_372_036_800_000_000L)]
    [InlineData("N2万元", "-9,223,372,036,854.77万元", -9_223_372_036_854_770_000L)]
    [InlineData("N1", "-92,233,720,368,547,758.0", -9_223_372_036_854_775_800L)]
    [InlineData("N2元", "-92,233,720,368,547,758.08元", long.MinValue)]
    [InlineData("N10万", "-9,223,372,036,854.7758080000万", long.MinValue)]
    public void MinValue_formats_to_text_that_parses_back(string format, string text, long fen)
    {
        Assert.Equal(text, Money.MinValue.ToString(format, null));
        Assert.Equal(fen, Money.Parse(text, null).Fen);
    }

    [Fact]
    public void Away_from_the_ends_the_printed_figure_rounds_to_nearest_as_before()
    {
        // 3.855亿元 → 3.86亿元 (四舍五入), and one step inside MaxValue the last digit still rounds up.
        Assert.Equal("3.86亿元", Money.From(3.855m, MoneyUnit.Yi).ToString("F2亿元", null));
        Assert.Equal("922337203.68亿元", Money.FromFen(9_223_372_036_775_000_000L).ToString("F2亿元", null));
        Assert.Equal("922337203.67亿元", Money.FromFen(9_223_372_036_674_999_999L).ToString("F2亿元", null));
    }
}
