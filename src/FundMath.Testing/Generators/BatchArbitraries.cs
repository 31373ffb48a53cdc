using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Analysis;
using FundMath.Contributions;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for the batch (span) forms — 批量计算随机生成器: batches whose lengths cross the kernels'
/// block and vector boundaries, amounts at the edges where a fast path's headroom ends (0, 1 fen, 2³¹ ± 1, 2³² ± 1,
/// 2⁵³ ± 1, long.MaxValue / 100, long.MaxValue), rates whose denominators fit or do not fit the per-batch
/// reciprocal, and region rows that sit exactly on a band edge. A batch's result must equal the scalar calculation
/// of each element on all of them. Shrinkers halve the batch, drop elements and shrink values with FsCheck's own
/// <see cref="long"/> shrinker.
/// </summary>
/// <example><code>Prop.ForAll(BatchArbitraries.Wages(), w =&gt; PremiumBase.EmployerWageTotal(w, band) == ...)</code></example>
public static class BatchArbitraries
{
    /// <summary>The amounts (fen) at which a fast path's headroom ends, each with its neighbours.</summary>
    public static IReadOnlyList<long> EdgeFen { get; } =
    [
        0, 1, 2, (1L << 31) - 1, 1L << 31, (1L << 31) + 1, (1L << 32) - 1, 1L << 32, (1L << 32) + 1,
        (1L << 53) - 1, 1L << 53, (1L << 53) + 1, long.MaxValue / 100, long.MaxValue - 1, long.MaxValue,
    ];

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Non-negative amounts in fen: mostly monthly wages (0 – 200,000 元), sometimes an <see cref="EdgeFen"/> value or
    /// one near it. Shrinks towards 0.
    /// </summary>
    public static Arbitrary<long> NonNegativeFen() =>
        Arb.From(NonNegativeFenGen(), v => v == 0 ? [] : Int64.Shrinker(v).Where(x => x >= 0));

    /// <summary>
    /// Batches of non-negative amounts (wages or bases): lengths 0–40 (most), up to 600, or 2,000–4,500 (across
    /// the 2,048-element blocks of the kernels); elements from <see cref="NonNegativeFen"/>. Shrinks by halving and
    /// dropping elements, then each element towards 0.
    /// </summary>
    public static Arbitrary<Money[]> Wages() => ArrayOf(NonNegativeFenGen().Select(Money.FromFen), m => m.Fen == 0 ? [] : Int64.Shrinker(m.Fen).Where(x => x >= 0).Select(Money.FromFen));

    /// <summary>
    /// Batches of wages that are all below 2³² fen (the vectorised range), lengths as <see cref="Wages"/>.
    /// </summary>
    public static Arbitrary<Money[]> VectorRangeWages() =>
        ArrayOf(Gen.Choose(0, int.MaxValue).Select(i => Money.FromFen(i * 2L)), m => m.Fen == 0 ? [] : Int64.Shrinker(m.Fen).Where(x => x >= 0).Select(Money.FromFen));

    /// <summary>
    /// Contribution-style rates within 0%–100%: decimal percentages (8.7%, 0.5%, 2%, 0%, 100%), exact ratios (1/3, 7/12,
    /// 999,999/1,000,000) and ratios whose denominator is 2³² or more (beyond the per-batch reciprocal: the exact
    /// path). Shrinks towards 0%.
    /// </summary>
    public static Arbitrary<Rate> Rate()
    {
        Gen<Rate> gen = Gen.Frequency(
            (6, Gen.Choose(0, 1_000_000).Select(i => FundMath.Rate.FromRatio(i, 1_000_000))),
            (2, Gen.Elements(0L, 1, 2, 3, 7, 11).SelectMany(n => Gen.Elements(1L, 3, 7, 12, 200, 1000).Where(d => n <= d).Select(d => FundMath.Rate.FromRatio(n, d)))),
            (1, Gen.Elements(FundMath.Rate.Zero, FundMath.Rate.OneHundredPercent, FundMath.Rate.FromRatio(999_999, 1_000_000), FundMath.Rate.FromRatio(1, (long)uint.MaxValue))),
            (1, Gen.Choose(0, 1000).Select(i => FundMath.Rate.FromRatio(i, (1L << 32) + 15))));
        return Arb.From(gen, r => r.IsZero ? [] : new[] { FundMath.Rate.Zero });
    }

    /// <summary>
    /// Employee-scheme rates for batch tests: employer medical, maternity (0% a third of the time, which the kernels
    /// skip) and individual from <see cref="Rate"/>-like ranges, with the merged employer rate within 100%.
    /// </summary>
    public static Arbitrary<EmployeeRates> EmployeeRates()
    {
        Gen<Rate> small = Gen.Frequency(
            (5, Gen.Choose(0, 200_000).Select(i => FundMath.Rate.FromRatio(i, 1_000_000))),
            (1, Gen.Elements(FundMath.Rate.FromRatio(1, 3), FundMath.Rate.FromRatio(1, (1L << 32) + 15), FundMath.Rate.FromRatio(7, 12))));
        Gen<Rate> maternity = Gen.Frequency((1, Gen.Constant(FundMath.Rate.Zero)), (2, small));
        Gen<Contributions.EmployeeRates> gen =
            from e in small
            from m in maternity
            from i in small
            where e + m <= FundMath.Rate.OneHundredPercent
            select new Contributions.EmployeeRates(e, m, i);
        return Arb.From(gen, r => r.Maternity.IsZero ? [] : new[] { new Contributions.EmployeeRates(r.EmployerMedical, FundMath.Rate.Zero, r.Individual) });
    }

    /// <summary>
    /// Premium-base bands given as amounts: realistic (floor 1,000–10,000 元, cap up to 5× the floor), degenerate
    /// (floor = cap), or with a cap at 2³² fen or beyond (the exact path of the fused payroll kernel).
    /// </summary>
    public static Arbitrary<PremiumBasePolicy> Band()
    {
        Gen<PremiumBasePolicy> realistic =
            from floor in Gen.Choose(100_000, 1_000_000)
            from factor in Gen.Choose(1, 5)
            select PremiumBasePolicy.FromAmounts(Money.FromFen(floor), Money.FromFen(floor * (long)factor));
        Gen<PremiumBasePolicy> edge =
            from floor in Gen.Elements(EdgeFen.Where(v => v <= long.MaxValue / 100).ToArray())
            from cap in Gen.Elements(EdgeFen.ToArray())
            where floor <= cap
            select PremiumBasePolicy.FromAmounts(Money.FromFen(floor), Money.FromFen(cap));
        return Arb.From(Gen.Frequency((4, realistic), (1, edge)), b => []);
    }

    /// <summary>
    /// Region rows for months of cover: book balance, deductions and a monthly-expenditure window, with a fifth of
    /// the rows placed exactly on a threshold of the default policy (3, 6 or 9 months: balance = months × spent /
    /// window), some with no expenditure, negative actual balances and 10¹⁵-fen amounts. Lengths 0–300.
    /// </summary>
    public static Arbitrary<(Money Book, BalanceDeductions Deductions, MonthlyExpenditure Expenditure)[]> CoverRows()
    {
        Gen<(Money, BalanceDeductions, MonthlyExpenditure)> random =
            from book in Gen.Frequency((4, AnalysisArbitraries.Amount().Generator), (1, Gen.Elements(0L, 1, 1_000_000_000_000_000, long.MaxValue / 100).Select(Money.FromFen)))
            from d in AnalysisArbitraries.Deductions().Generator
            from e in AnalysisArbitraries.MonthlyExpenditure().Generator
            select (book, d, e);
        Gen<(Money, BalanceDeductions, MonthlyExpenditure)> onEdge =
            from months in Gen.Elements(3, 6, 9)
            from window in Gen.Elements(1, 3, 12)
            from perMonth in Gen.Choose(1, 2_000_000_000)
            from payables in Gen.Choose(0, 1_000_000)
            from nudge in Gen.Elements(-1, 0, 0, 1)
            select (Money.FromFen(((long)months * perMonth) + payables + nudge),
                BalanceDeductions.Lumped(Money.Zero, Money.FromFen(payables)),
                Analysis.MonthlyExpenditure.OverMonths(Money.FromFen((long)perMonth * window), window));
        Gen<(Money, BalanceDeductions, MonthlyExpenditure)[]> rows = Gen.Choose(0, 300).SelectMany(n => Gen.Frequency((4, random), (1, onEdge)).ArrayOf(n));
        return Arb.From(rows, ShrinkArray);
    }

    /// <summary>
    /// Budget rows (budgeted, executed): a fifth exactly on the ±5pp edges of 100% (executed = 95% or 105% of a budget
    /// divisible by 20, or one fen beside it), zero and negative budgets, and ±long.MaxValue / 100 amounts. Lengths 0–300.
    /// </summary>
    public static Arbitrary<(Money Budgeted, Money Executed)[]> ExecutionRows()
    {
        Gen<(Money, Money)> onEdge =
            from twentieths in Gen.Choose(1, 1_000_000_000)
            from percent in Gen.Elements(95, 105)
            from nudge in Gen.Elements(-1, 0, 0, 1)
            select (Money.FromFen(twentieths * 20L), Money.FromFen((twentieths * (long)percent / 5) + nudge));
        Gen<(Money, Money)> extreme =
            from b in Gen.Elements(long.MaxValue / 100, 1, 0, -1, long.MinValue / 100, long.MaxValue)
            from e in Gen.Elements(long.MaxValue / 100, 0, -1, long.MinValue, long.MaxValue)
            select (Money.FromFen(b), Money.FromFen(e));
        Gen<(Money, Money)[]> rows = Gen.Choose(0, 300).SelectMany(n => Gen.Frequency((4, AnalysisArbitraries.BudgetAmounts().Generator), (1, onEdge), (1, extreme)).ArrayOf(n));
        return Arb.From(rows, ShrinkArray);
    }

    private static Gen<long> NonNegativeFenGen() => Gen.Frequency(
        (8, Gen.Choose(0, 20_000_000).Select(i => (long)i)),
        (1, Gen.Elements(EdgeFen.ToArray())),
        (1, from e in Gen.Elements(EdgeFen.ToArray()) from d in Gen.Choose(-3, 3) select d >= 0 ? Math.Max(0, e - d) : e <= long.MaxValue + d ? e - d : e));

    private static Arbitrary<T[]> ArrayOf<T>(Gen<T> element, Func<T, IEnumerable<T>> shrinkElement)
    {
        Gen<int> length = Gen.Frequency((6, Gen.Choose(0, 40)), (3, Gen.Choose(41, 600)), (1, Gen.Choose(2_000, 4_500)));
        return Arb.From(length.SelectMany(n => element.ArrayOf(n)), a => ShrinkArray(a).Concat(ShrinkElements(a, shrinkElement)));
    }

    private static IEnumerable<T[]> ShrinkElements<T>(T[] values, Func<T, IEnumerable<T>> shrink)
    {
        for (int i = 0; i < values.Length && i < 16; i++)
        {
            foreach (T smaller in shrink(values[i]).Take(4))
            {
                T[] copy = (T[])values.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }

    private static IEnumerable<T[]> ShrinkArray<T>(T[] values)
    {
        if (values.Length == 0)
        {
            yield break;
        }

        yield return values[..(values.Length / 2)];
        for (int i = 0; i < values.Length && i < 16; i++)
        {
            yield return [.. values[..i], .. values[(i + 1)..]];
        }
    }
}
