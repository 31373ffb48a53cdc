namespace FundMath.Tests.Values;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using Money = FundMath.Money;

public class MoneyPropertyTests
{
    private static readonly Arbitrary<Money> AnyMoney = ValueArbitraries.Money();

    // |fen| ≤ 10¹² keeps fen × (a numerator ≤ 10⁶) inside 64 bits.
    private static readonly Arbitrary<Money> ModerateMoney = ValueArbitraries.MoneyBetween(Money.FromFen(-1_000_000_000_000), Money.FromFen(1_000_000_000_000));

    [FundMathProperty]
    public Property Addition_is_associative() =>
        Prop.ForAll(AnyMoney, AnyMoney, AnyMoney, (a, b, c) => (a + b) + c == a + (b + c));

    [FundMathProperty]
    public Property Addition_is_commutative() =>
        Prop.ForAll(AnyMoney, AnyMoney, (a, b) => a + b == b + a);

    [FundMathProperty]
    public Property Zero_is_the_identity_and_negation_the_inverse() =>
        Prop.ForAll(AnyMoney, a => a + Money.Zero == a && a + (-a) == Money.Zero && a - a == Money.Zero && (a + Money.AdditiveIdentity).Fen == a.Fen);

    [FundMathProperty]
    public Property Addition_adds_fen_exactly() =>
        Prop.ForAll(AnyMoney, AnyMoney, (a, b) => (a + b).Fen == a.Fen + b.Fen && (a - b).Fen == a.Fen - b.Fen);

    [FundMathProperty]
    public Property Checked_overflow_throws_never_wraps() =>
        Prop.ForAll(ValueArbitraries.MoneyBetween(Money.FromFen(1), Money.MaxValue), a =>
            Throws<OverflowException>(() => Money.MaxValue + a)
            && Throws<OverflowException>(() => Money.MinValue - a)
            && (a.Fen > long.MaxValue / 2 ? Throws<OverflowException>(() => a * 2L) : (a * 2L).Fen == a.Fen * 2));

    // Reference: decimal arithmetic is exact for fen × (n / 10⁶) (|product| < 10²³ < 7.9 × 10²⁸) and
    // Math.Round(decimal, MidpointRounding) implements the same five modes.
    [FundMathProperty]
    public Property Multiply_by_rate_equals_decimal_reference_for_every_mode() =>
        Prop.ForAll(AnyMoney, ValueArbitraries.Rate(), ValueArbitraries.MidpointRounding(), (m, r, mode) =>
        {
            decimal exact = (decimal)m.Fen * r.Value.Numerator / r.Value.Denominator;
            long expected = (long)Math.Round(exact, 0, mode);
            return m.Multiply(r, mode).Fen == expected;
        });

    [FundMathProperty]
    public Property Multiply_by_ratio_equals_multiply_by_fraction_and_rate() =>
        Prop.ForAll(ModerateMoney, ValueArbitraries.Fraction(), ValueArbitraries.MidpointRounding(), (m, f, mode) =>
            m.Multiply(f, mode) == m.Multiply(f.Numerator, f.Denominator, mode)
            && m.Multiply(f, mode) == m.Multiply(Rate.FromProportion(f), mode));

    [FundMathProperty]
    public Property Divide_equals_decimal_reference_for_every_mode() =>
        Prop.ForAll(AnyMoney, ValueArbitraries.Headcount().Filter(h => !h.IsZero), ValueArbitraries.MidpointRounding(), (m, h, mode) =>
            m.Divide(h, mode).Fen == (long)Math.Round((decimal)m.Fen / h.Persons, 0, mode));

    [FundMathProperty]
    public Property Directed_modes_bracket_the_exact_product() =>
        Prop.ForAll(ModerateMoney, ValueArbitraries.Fraction(), (m, f) =>
        {
            Money floor = m.Multiply(f, MidpointRounding.ToNegativeInfinity);
            Money ceiling = m.Multiply(f, MidpointRounding.ToPositiveInfinity);
            Money nearest = m.Multiply(f, MidpointRounding.AwayFromZero);
            return (ceiling - floor).Fen is 0 or 1 && nearest >= floor && nearest <= ceiling;
        });

    [FundMathProperty]
    public Property DivideBy_is_exact() =>
        Prop.ForAll(AnyMoney, AnyMoney.Filter(d => !d.IsZero), (a, d) =>
            d.Multiply(a.DivideBy(d), MidpointRounding.ToZero) == a);

    // Enough decimals make every unit exact: 元 2, 万元 6, 亿元 10.
    [FundMathProperty]
    public Property Format_and_parse_round_trip_in_every_unit() =>
        Prop.ForAll(AnyMoney, m =>
            Money.Parse(m.ToString(), null) == m
            && Money.Parse(m.ToString("N2", null), null) == m
            && Money.Parse(m.ToString("F2元", null), null) == m
            && Money.Parse(m.ToString("N2元", null), null) == m
            && Money.Parse(m.ToString("F6万元", null), null) == m
            && Money.Parse(m.ToString("N6万元", null), null) == m
            && Money.Parse(m.ToString("F6万", null), null) == m
            && Money.Parse(m.ToString("F10亿元", null), null) == m
            && Money.Parse(m.ToString("N10亿", null), null) == m);

    [FundMathProperty]
    public Property Formatting_with_fewer_decimals_parses_back_to_the_rounded_amount() =>
        Prop.ForAll(AnyMoney, ValueArbitraries.MidpointRounding(), Arb.From(Gen.Elements(MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi)), (m, mode, unit) =>
        {
            string text = m.Format(unit, 1, mode, grouping: true);
            return Money.Parse(text, null) == m.RoundTo(unit, 1, mode)
                && m.ToUnit(unit, 1, mode) == Math.Round(m.ToUnit(unit), 1, mode);
        });

    [FundMathProperty]
    public Property Utf8_formatting_matches_char_formatting() =>
        Prop.ForAll(AnyMoney, m =>
        {
            Span<byte> utf8 = stackalloc byte[128];
            bool ok = m.TryFormat(utf8, out int n, "N2万元", null);
            return ok && System.Text.Encoding.UTF8.GetString(utf8[..n]) == m.ToString("N2万元", null);
        });

    [FundMathProperty]
    public Property FromYuan_decimal_is_exact_and_rounds_only_when_asked() =>
        Prop.ForAll(AnyMoney, ValueArbitraries.MidpointRounding(), (m, mode) =>
            Money.FromYuan(m.Yuan) == m
            && Money.From(m.ToUnit(MoneyUnit.Wan), MoneyUnit.Wan) == m
            && Money.FromYuan(m.Yuan + 0.004m, mode) == Money.FromFen((long)Math.Round((m.Yuan + 0.004m) * 100, 0, mode))
            && Throws<ArgumentException>(() => Money.FromYuan(m.Yuan + 0.001m)));

    [FundMathProperty]
    public Property Apportionment_conserves_the_total_and_stays_within_one_fen() =>
        Prop.ForAll(AnyMoney, Weights(), (total, weights) =>
        {
            Money[] parts = new Money[weights.Length];
            Apportionment.Split(total, weights, parts);
            long weightSum = 0;
            foreach (long w in weights)
            {
                weightSum += w;
            }

            bool withinOneFen = true;
            for (int i = 0; i < parts.Length; i++)
            {
                // |part − total·wᵢ/W| < 1 fen  ⇔  |part·W − total·wᵢ| < W
                Int128 error = ((Int128)parts[i].Fen * weightSum) - ((Int128)total.Fen * weights[i]);
                withinOneFen &= Int128.Abs(error) < weightSum;
                withinOneFen &= weights[i] != 0 || parts[i].IsZero;
            }

            return Money.Sum(parts) == total && withinOneFen;
        });

    [FundMathProperty]
    public Property Apportionment_with_equal_weights_differs_by_at_most_one_fen() =>
        Prop.ForAll(AnyMoney, Arb.From(Gen.Choose(1, 400), n => n > 1 ? [1, n / 2] : []), ArbMap.Default.ArbFor<PositiveInt>(), (total, count, weight) =>
        {
            long[] weights = new long[count];
            Array.Fill(weights, (long)weight.Get);
            Money[] parts = new Money[count];
            Apportionment.Split(total, weights, parts);
            long min = long.MaxValue, max = long.MinValue;
            foreach (Money p in parts)
            {
                min = Math.Min(min, p.Fen);
                max = Math.Max(max, p.Fen);
            }

            return max - min <= 1 && Money.Sum(parts) == total;
        });

    [FundMathProperty]
    public Property Apportionment_of_a_negative_total_mirrors_the_positive_one() =>
        Prop.ForAll(AnyMoney, Weights(), (total, weights) =>
        {
            Money[] plus = new Money[weights.Length];
            Money[] minus = new Money[weights.Length];
            Apportionment.Split(total, weights, plus);
            Apportionment.Split(-total, weights, minus);
            for (int i = 0; i < plus.Length; i++)
            {
                if (minus[i] != -plus[i])
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Apportionment_by_rates_equals_apportionment_by_their_integer_weights() =>
        Prop.ForAll(AnyMoney, Weights(), (total, weights) =>
        {
            // Rates wᵢ/10⁶ % have common denominator 10⁸, so the integer weights are wᵢ themselves.
            Rate[] rates = Array.ConvertAll(weights, w => Rate.FromRatio(w, 100_000_000));
            Money[] byRate = new Money[weights.Length];
            Money[] byWeight = new Money[weights.Length];
            Apportionment.Split(total, rates, byRate);
            Apportionment.Split(total, weights, byWeight);
            return byRate.AsSpan().SequenceEqual(byWeight);
        });

    // Arrays of 1–40 non-negative weights (at least one positive), shrinking by FsCheck's array shrinker.
    private static Arbitrary<long[]> Weights()
    {
        Arbitrary<long> weight = Arb.From(
            Gen.Frequency((1, Gen.Constant(0L)), (4, Gen.Choose(1, 1_000).Select(i => (long)i)), (4, Gen.Choose(1, 1_000_000_000).Select(i => (long)i))),
            w => w > 1 ? [0L, 1L, w / 2] : []);
        return Arb.Array(weight).Filter(ws => ws.Length is > 0 and <= 40 && Array.Exists(ws, w => w > 0));
    }

    private static bool Throws<TException>(Func<object> action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
