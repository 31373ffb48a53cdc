using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Analysis;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for fund health analysis — 基金运行分析随机生成器: fund amounts, budget/execution pairs,
/// tolerance bands, seasonal profiles, reporting periods, balance deductions, monthly expenditure windows and
/// months-of-cover band policies. Shrinkers are built on FsCheck's <see cref="long"/> shrinker and map back
/// through the validating constructors, so every shrunk value is a valid input.
/// </summary>
/// <example><code>Prop.ForAll(AnalysisArbitraries.BudgetAmounts(), AnalysisArbitraries.ToleranceBand(), (a, band) =&gt; ...)</code></example>
public static class AnalysisArbitraries
{
    /// <summary>The largest amount <see cref="Amount"/> generates: 1,000亿元 in fen (10^13).</summary>
    public const long MaxAmountFen = 10_000_000_000_000;

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Amounts from 0 to 1,000亿元 to the fen; small amounts, whole 万元 and 亿元-scale fund figures are all
    /// represented. Shrinks towards 0.
    /// </summary>
    public static Arbitrary<Money> Amount() =>
        Arb.From(AmountFen().Select(Money.FromFen), m => ShrinkNonNegative(m.Fen).Select(Money.FromFen));

    /// <summary>
    /// A budget and an executed amount: the budget is usually positive (sometimes zero or negative, to reach
    /// <see cref="ExecutionOutcome.NoBudget"/>); the executed amount is 0–200% of it, often near it. Shrinks
    /// each amount towards zero.
    /// </summary>
    public static Arbitrary<(Money Budgeted, Money Executed)> BudgetAmounts()
    {
        Gen<(long, long)> gen =
            from budget in Gen.Frequency(
                (8, AmountFen().Select(f => Math.Max(f, 1))),
                (1, Gen.Constant(0L)),
                (1, Gen.Choose(1, 1_000_000).Select(i => -(long)i)))
            from permille in Gen.Frequency((3, Gen.Choose(0, 2000)), (3, Gen.Choose(900, 1100)))
            from jitter in Gen.Choose(-50, 50)
            select (budget, Math.Max(0, (Math.Abs(budget) / 1000 * permille) + jitter));
        return Arb.From(
            gen.Select(t => (Budgeted: Money.FromFen(t.Item1), Executed: Money.FromFen(t.Item2))),
            ((Money Budgeted, Money Executed) t) => ShrinkSigned(t.Budgeted.Fen).Select(b => (Money.FromFen(b), t.Executed))
                .Concat(ShrinkNonNegative(t.Executed.Fen).Select(e => (t.Budgeted, Money.FromFen(e)))));
    }

    /// <summary>Tolerance bands of 0–10pp below and above, to 0.01pp; symmetric ±5pp is frequent. Shrinks towards ±5pp.</summary>
    public static Arbitrary<ToleranceBand> ToleranceBand()
    {
        Gen<(int Below, int Above)> gen = Gen.Frequency(
            (2, Gen.Constant((500, 500))),
            (3, from b in Gen.Choose(0, 1000) from a in Gen.Choose(0, 1000) select (b, a)));
        return Arb.From(gen.Select(Band), band =>
            band == Analysis.ToleranceBand.FivePoints ? [] : new[] { Analysis.ToleranceBand.FivePoints });

        static Analysis.ToleranceBand Band((int Below, int Above) t) =>
            new(PercentagePoints.FromPoints(Fraction.Create(t.Below, 100)), PercentagePoints.FromPoints(Fraction.Create(t.Above, 100)));
    }

    /// <summary>Reporting periods of 2018–2024: years, halves, quarters and months. Shrinks towards the year 2021.</summary>
    public static Arbitrary<ReportingPeriod> ReportingPeriod()
    {
        Gen<FundMath.ReportingPeriod> gen =
            from year in Gen.Choose(2018, 2024)
            from kind in Gen.Elements(PeriodKind.Year, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month)
            from index in Gen.Choose(1, 12 / (int)kind)
            select FundMath.ReportingPeriod.Of(year, kind, index);
        FundMath.ReportingPeriod y2021 = FundMath.ReportingPeriod.OfYear(2021);
        return Arb.From(gen, p => p == y2021 ? [] : new[] { y2021 });
    }

    /// <summary>
    /// Valid seasonal profiles: twelve non-decreasing cumulative shares ending at 100% (random monthly weights,
    /// at least one positive). Shrinks to straight-line time progress.
    /// </summary>
    public static Arbitrary<SeasonalProfile> SeasonalProfile()
    {
        Gen<SeasonalProfile> gen = Gen.Choose(0, 100).ArrayOf(12).Select(weights =>
        {
            if (weights.Sum() == 0)
            {
                weights[11] = 1;
            }

            long total = weights.Sum();
            var cumulative = new Rate[12];
            long running = 0;
            for (int i = 0; i < 12; i++)
            {
                running += weights[i];
                cumulative[i] = Rate.FromRatio(running, total);
            }

            return Analysis.SeasonalProfile.FromCumulative(cumulative);
        });
        return Arb.From(gen, p => p == Analysis.SeasonalProfile.TimeProgress ? [] : new[] { Analysis.SeasonalProfile.TimeProgress });
    }

    /// <summary>
    /// Balance deductions, each 0 to 100亿元 and often zero (a report that gives one lumped figure). Shrinks each
    /// line towards zero.
    /// </summary>
    public static Arbitrary<BalanceDeductions> Deductions()
    {
        Gen<long> line = Gen.Frequency((2, Gen.Constant(0L)), (3, AmountFen().Select(f => f / 10)));
        Gen<BalanceDeductions> gen =
            from a in line
            from b in line
            from c in line
            from d in line
            from e in line
            select new BalanceDeductions(Money.FromFen(a), Money.FromFen(b), Money.FromFen(c), Money.FromFen(d), Money.FromFen(e));
        return Arb.From(gen, ShrinkDeductions);

        static IEnumerable<BalanceDeductions> ShrinkDeductions(BalanceDeductions d)
        {
            foreach (long x in ShrinkNonNegative(d.OneTimePrepaymentsAndSubsidies.Fen))
            {
                yield return d with { OneTimePrepaymentsAndSubsidies = Money.FromFen(x) };
            }

            foreach (long x in ShrinkNonNegative(d.SettledUnpaid.Fen))
            {
                yield return d with { SettledUnpaid = Money.FromFen(x) };
            }

            foreach (long x in ShrinkNonNegative(d.NotYetSettled.Fen))
            {
                yield return d with { NotYetSettled = Money.FromFen(x) };
            }

            foreach (long x in ShrinkNonNegative(d.ReservesWithheld.Fen))
            {
                yield return d with { ReservesWithheld = Money.FromFen(x) };
            }

            foreach (long x in ShrinkNonNegative(d.OtherPayables.Fen))
            {
                yield return d with { OtherPayables = Money.FromFen(x) };
            }
        }
    }

    /// <summary>
    /// Monthly expenditure windows: a given monthly average (1 month) or the expenditure of 3, 6 or 12 months,
    /// positive, up to 100亿元 a month; sometimes zero (to reach <see cref="CoverOutcome.NoExpenditure"/>).
    /// Shrinks the amount towards 1 fen.
    /// </summary>
    public static Arbitrary<MonthlyExpenditure> MonthlyExpenditure()
    {
        Gen<(long Fen, int Months)> gen =
            from months in Gen.Elements(1, 3, 6, 12)
            from fen in Gen.Frequency((12, AmountFen().Select(f => Math.Max(1, f / 10))), (1, Gen.Constant(0L)))
            select (fen * months, months);
        return Arb.From(
            gen.Select(Window),
            w => ShrinkNonNegative(w.Expenditure.Fen - 1).Select(f => Analysis.MonthlyExpenditure.OverMonths(Money.FromFen(f + 1), w.Months)));

        static Analysis.MonthlyExpenditure Window((long Fen, int Months) t) =>
            Analysis.MonthlyExpenditure.OverMonths(Money.FromFen(t.Fen), t.Months);
    }

    /// <summary>
    /// Months-of-cover band policies: warning threshold 0–6 months, upper threshold above it up to 24, a reasonable
    /// range inside 0–24 (whole or half months); the default (3 / 9, reasonable 6–9) is frequent. Shrinks to the default.
    /// </summary>
    public static Arbitrary<CoverBandPolicy> CoverBandPolicy()
    {
        Gen<Analysis.CoverBandPolicy> custom =
            from w in Gen.Choose(0, 12)
            from h in Gen.Choose(w, 48)
            from rf in Gen.Choose(0, 48)
            from rt in Gen.Choose(rf, 48)
            select new Analysis.CoverBandPolicy(Fraction.Create(w, 2), Fraction.Create(h, 2), Fraction.Create(rf, 2), Fraction.Create(rt, 2));
        Gen<Analysis.CoverBandPolicy> gen = Gen.Frequency((1, Gen.Constant(Analysis.CoverBandPolicy.Default)), (2, custom));
        return Arb.From(gen, p => p == Analysis.CoverBandPolicy.Default ? [] : new[] { Analysis.CoverBandPolicy.Default });
    }

    private static Gen<long> AmountFen() => Gen.Frequency(
        (2, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
        (3, Gen.Choose(0, 10_000_000).Select(i => i * 1_000_000L)),
        (3, from hi in Gen.Choose(0, 9_999_999) from lo in Gen.Choose(0, 999_999) select (hi * 1_000_000L) + lo));

    private static IEnumerable<long> ShrinkNonNegative(long value) =>
        value == 0 ? [] : Int64.Shrinker(value).Where(v => v >= 0);

    private static IEnumerable<long> ShrinkSigned(long value) =>
        value == 0 ? [] : Int64.Shrinker(value);
}
