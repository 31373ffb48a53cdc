namespace FundMath.Tests.Values;

using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Tests.Support;
using Money = FundMath.Money;

/// <summary>
/// <see cref="Fraction"/> keeps the numerator and denominator an operation computed and reduces only on overflow
/// and when read or shown. Every operator, Equals, CompareTo, GetHashCode, Numerator/Denominator, ToDecimal and
/// Money × Fraction is compared with a BigInteger rational reference on random and edge inputs, including
/// unreduced operands (2/4 next to 1/2) and results whose unreduced form overflows while the reduced one fits.
/// </summary>
public class UnreducedFractionTests
{
    // 0, ±1, small factors, 2³¹ ± 1, 2⁵³ ± 1, 10⁸, 10¹⁸ and the limits.
    private static readonly long[] Edges =
    [
        0, 1, -1, 2, -2, 3, 4, 6, 7, 12, -12, 100, (1L << 31) - 1, 1L << 31, (1L << 31) + 1, -(1L << 31), -(1L << 31) - 1,
        (1L << 53) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, 100_000_000, 1_000_000_000_000_000_000, 1L << 62,
        long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, long.MaxValue / 2, long.MinValue / 2,
    ];

    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero,
        MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity,
    ];

    private static readonly Gen<long> AnyLong = Gen.Frequency(
        (3, Gen.Elements(Edges)),
        (3, Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(int.MinValue, int.MaxValue)).Select(t => unchecked(((long)t.Item1 << 32) ^ (uint)t.Item2))),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i)),
        (2, Gen.Choose(-60, 60).Select(i => (long)i)));

    // A numerator and a non-zero denominator; one time in three both carry a common factor, so that the stored
    // pair is not in lowest terms.
    private static readonly Arbitrary<(long N, long D)> AnyPair = Arb.From(
        AnyLong.Zip(AnyLong.Where(d => d != 0)).Zip(Gen.Elements(1L, 1L, 2L, 3L, 6L, 10L, 1L << 20, 999_983L, 1L << 40))
            .Select(t => Scale(t.Item1.Item1, t.Item1.Item2, t.Item2)));

    private static (long N, long D) Scale(long n, long d, long k)
    {
        Int128 sn = (Int128)n * k, sd = (Int128)d * k;
        return IntegerFits(sn) && IntegerFits(sd) ? ((long)sn, (long)sd) : (n, d);
    }

    private static bool IntegerFits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    private static bool IntegerFits(Int128 v) => v >= long.MinValue && v <= long.MaxValue;

    // The reference: n/d in lowest terms with a positive denominator, or null when that does not fit in 64 bits.
    private static (long N, long D)? Reduce(BigInteger n, BigInteger d)
    {
        if (d.Sign < 0)
        {
            n = -n;
            d = -d;
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(n, d);
        n /= g;
        d /= g;
        return IntegerFits(n) && IntegerFits(d) ? ((long)n, (long)d) : null;
    }

    private static bool Matches(Fraction f, (long N, long D) expected) =>
        f.Numerator == expected.N && f.Denominator == expected.D
        && (f.RawDenominator > 0) && (BigInteger)f.RawNumerator * expected.D == (BigInteger)expected.N * f.RawDenominator;

    // Outcome of an operation against the reference: the reduced value, or the exception the reference predicts.
    private static bool Agrees(Func<Fraction> operation, (long N, long D)? expected)
    {
        try
        {
            Fraction f = operation();
            return expected is { } e && Matches(f, e);
        }
        catch (OverflowException)
        {
            return expected is null;
        }
    }

    [FundMathProperty]
    public Property Create_keeps_the_value_and_reads_back_in_lowest_terms() =>
        Prop.ForAll(AnyPair, p => Agrees(() => Fraction.Create(p.N, p.D), Reduce(p.N, p.D)));

    [FundMathProperty]
    public Property Every_operator_matches_the_BigInteger_rational_reference() =>
        Prop.ForAll(AnyPair, AnyPair, (p, q) =>
        {
            if (Reduce(p.N, p.D) is not { } a || Reduce(q.N, q.D) is not { } b)
            {
                return true;
            }

            Fraction x = Fraction.Create(p.N, p.D), y = Fraction.Create(q.N, q.D);
            BigInteger an = a.N, ad = a.D, bn = b.N, bd = b.D;
            bool division = b.N == 0
                ? Assert.Throws<DivideByZeroException>(() => x / y) is not null
                : Agrees(() => x / y, Reduce(an * bd, ad * bn));
            return Agrees(() => x + y, Reduce((an * bd) + (bn * ad), ad * bd))
                && Agrees(() => x - y, Reduce((an * bd) - (bn * ad), ad * bd))
                && Agrees(() => x * y, Reduce(an * bn, ad * bd))
                && division
                && Agrees(() => -x, Reduce(-an, ad))
                && Agrees(() => x.Abs(), Reduce(BigInteger.Abs(an), ad));
        });

    [FundMathProperty]
    public Property Equals_CompareTo_and_GetHashCode_agree_with_the_reference() =>
        Prop.ForAll(AnyPair, AnyPair, (p, q) =>
        {
            if (Reduce(p.N, p.D) is not { } a || Reduce(q.N, q.D) is not { } b)
            {
                return true;
            }

            Fraction x = Fraction.Create(p.N, p.D), y = Fraction.Create(q.N, q.D);
            int expected = ((BigInteger)a.N * b.D).CompareTo((BigInteger)b.N * a.D);

            // The same value built another way (from its reduced pair) is equal and hashes alike.
            Fraction xReduced = Fraction.Create(a.N, a.D);
            return Math.Sign(x.CompareTo(y)) == expected
                && x.Equals(y) == (expected == 0)
                && (x == y) == (expected == 0)
                && (x < y) == (expected < 0)
                && (x >= y) == (expected >= 0)
                && (expected != 0 || x.GetHashCode() == y.GetHashCode())
                && x == xReduced && x.GetHashCode() == xReduced.GetHashCode()
                && x.ToString() == xReduced.ToString()
                && x.IsInteger == (a.D == 1)
                && x.Sign == Math.Sign(a.N);
        });

    [FundMathProperty]
    public Property ToDecimal_and_RoundToInteger_match_the_reference_in_every_mode() =>
        Prop.ForAll(AnyPair, Gen.Choose(0, 18).ToArbitrary(), (p, decimals) =>
        {
            if (Reduce(p.N, p.D) is not { } a)
            {
                return true;
            }

            Fraction x = Fraction.Create(p.N, p.D);
            foreach (MidpointRounding mode in Modes)
            {
                BigInteger scaled = RoundingReference.Round((BigInteger)a.N * BigInteger.Pow(10, decimals), a.D, mode);
                bool decimalOk = BigInteger.Abs(scaled) >= BigInteger.One << 96
                    ? Assert.Throws<OverflowException>(() => x.ToDecimal(decimals, mode)) is not null
                    : x.ToDecimal(decimals, mode) == (decimal)scaled / (decimal)BigInteger.Pow(10, decimals);
                if (!decimalOk || x.RoundToInteger(mode) != (long)RoundingReference.Round(a.N, a.D, mode))
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Money_times_fraction_matches_the_reference_in_every_mode() =>
        Prop.ForAll(AnyLong.ToArbitrary(), AnyPair, (fen, p) =>
        {
            if (Reduce(p.N, p.D) is not { } a)
            {
                return true;
            }

            Fraction x = Fraction.Create(p.N, p.D);
            Money amount = Money.FromFen(fen);
            foreach (MidpointRounding mode in Modes)
            {
                BigInteger expected = RoundingReference.Round((BigInteger)fen * a.N, a.D, mode);
                bool ok = IntegerFits(expected)
                    ? amount.Multiply(x, mode).Fen == (long)expected
                    : Assert.Throws<OverflowException>(() => amount.Multiply(x, mode)) is not null;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Text_and_JSON_show_lowest_terms_and_round_trip() =>
        Prop.ForAll(AnyPair, p =>
        {
            if (Reduce(p.N, p.D) is not { } a)
            {
                return true;
            }

            Fraction x = Fraction.Create(p.N, p.D);
            string expected = a.D == 1 ? $"{a.N}" : $"{a.N}/{a.D}";
            string json = System.Text.Json.JsonSerializer.Serialize(x);
            return x.ToString() == expected
                && json == $"\"{expected}\""
                && System.Text.Json.JsonSerializer.Deserialize<Fraction>(json) == x
                && Fraction.Parse(expected) == x;
        });

    [Fact]
    public void Unreduced_pairs_are_stored_as_computed_and_read_in_lowest_terms()
    {
        Fraction half = Fraction.Create(2, 4);
        Assert.Equal(2, half.RawNumerator);
        Assert.Equal(4, half.RawDenominator);
        Assert.Equal(1, half.Numerator);
        Assert.Equal(2, half.Denominator);
        Assert.Equal("1/2", half.ToString());
        Assert.Equal(Fraction.Create(1, 2), half);
        Assert.Equal(Fraction.Create(1, 2).GetHashCode(), half.GetHashCode());
        Assert.Equal(0, half.CompareTo(Fraction.Create(-3, -6)));

        // 1/6 + 1/3 is kept as 9/18 (no GCD), shown as 1/2; 7/12 × 12 is an integer by divisibility.
        Fraction sum = Fraction.Create(1, 6) + Fraction.Create(1, 3);
        Assert.Equal((9L, 18L), (sum.RawNumerator, sum.RawDenominator));
        Assert.Equal(half, sum);
        Fraction seven = Fraction.Create(7, 12) * Fraction.FromInteger(12);
        Assert.True(seven.IsInteger);
        Assert.Equal(7, seven.Numerator);
        Assert.Equal(1, seven.Denominator);
        Assert.Equal("7", seven.ToString());
    }

    [Fact]
    public void A_result_whose_unreduced_form_overflows_is_reduced_and_one_whose_reduced_form_overflows_throws()
    {
        // (2⁶² / 3) × (3 / 2⁶²) = 1: the unreduced pair (2⁶²·3)/(3·2⁶²) needs 65 bits; the reduced one is 1/1.
        Fraction a = Fraction.Create(1L << 62, 3), b = Fraction.Create(3, 1L << 62);
        Fraction one = a * b;
        Assert.Equal(Fraction.One, one);
        Assert.Equal((1L, 1L), (one.RawNumerator, one.RawDenominator));

        // long.MinValue/2 is stored as given; its negation reduces first to 2⁶²/1.
        Fraction minOverTwo = Fraction.Create(long.MinValue, 2);
        Assert.Equal(long.MinValue, minOverTwo.RawNumerator);
        Assert.Equal(Fraction.FromInteger(1L << 62), -minOverTwo);
        Assert.Equal(Fraction.FromInteger(1L << 62), minOverTwo.Abs());

        // Reduced forms that do not fit still throw, naming the operation, the operands and the reduced result.
        Assert.Equal(
            "Fraction −(-9223372036854775808) = 9223372036854775808/1 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => -Fraction.Create(long.MinValue, 1)).Message);
        Assert.Equal(
            "Fraction 1/9223372036854775807 × 1/2 = 1/18446744073709551614 does not fit in a Fraction (64-bit numerator and denominator).",
            Assert.Throws<OverflowException>(() => Fraction.Create(1, long.MaxValue) * Fraction.Create(3, 6)).Message);
    }
}
