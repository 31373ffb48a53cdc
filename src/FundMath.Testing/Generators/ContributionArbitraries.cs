using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Contributions;
using NodaTime;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for the contribution calculations — 缴费计算随机生成器: wages, premium-base bands,
/// contribution rates, employee rate sets, relief windows, paying populations and local subsidy shares. Every
/// shrinker is built on FsCheck's <see cref="long"/> shrinker (halving towards zero) mapped through the type's
/// validating constructor, so a shrunk value is always a valid input.
/// </summary>
/// <example><code>Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.PremiumBasePolicy(), (w, p) =&gt; ...)</code></example>
public static class ContributionArbitraries
{
    /// <summary>The largest wage <see cref="Wage"/> generates: 200,000 元 a month, in fen.</summary>
    public const long MaxWageFen = 20_000_000;

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Previous-year average monthly wages from 0 to 200,000 元, with whole 元 and values near typical bands
    /// (2,000–30,000 元) over-represented. Shrinks towards 0.
    /// </summary>
    public static Arbitrary<Money> Wage()
    {
        Gen<long> gen = Gen.Frequency(
            (3, Gen.Choose(0, (int)MaxWageFen).Select(i => (long)i)),
            (3, Gen.Choose(200_000, 3_000_000).Select(i => (long)i)),
            (2, Gen.Choose(0, 200_000).Select(i => i * 100L)));
        return Arb.From(gen.Select(Money.FromFen), m => Shrink(m.Fen, 0, MaxWageFen).Select(Money.FromFen));
    }

    /// <summary>
    /// Arrays of 0–200 wages from <see cref="Wage"/> (a payroll). Shrinks by dropping the second half, then each element.
    /// </summary>
    public static Arbitrary<Money[]> Wages()
    {
        Gen<Money[]> gen = Gen.Choose(0, 200).SelectMany(n => Wage().Generator.ArrayOf(n));
        return Arb.From(gen, ShrinkArray);
    }

    /// <summary>
    /// Premium-base bands: a reference monthly wage of 1,000–20,000 元 (to the fen), a floor ratio of 0–100% and a
    /// cap ratio of floor–500% (whole percent), with the default floor-up / cap-down rounding. Shrinks the reference
    /// wage towards 1,000 元 and the ratios towards 60% / 300%.
    /// </summary>
    public static Arbitrary<PremiumBasePolicy> PremiumBasePolicy()
    {
        Gen<(long Reference, int Floor, int Cap)> gen =
            from reference in Gen.Choose(100_000, 2_000_000)
            from floor in Gen.Frequency((3, Gen.Constant(60)), (2, Gen.Choose(0, 100)))
            from cap in Gen.Frequency((3, Gen.Constant(300)), (2, Gen.Choose(100, 500)))
            select ((long)reference, floor, Math.Max(floor, cap));
        return Arb.From(gen.Select(Band), ShrinkBand);

        static IEnumerable<PremiumBasePolicy> ShrinkBand(PremiumBasePolicy p)
        {
            long reference = p.ReferenceMonthlyWage.Fen;
            int floor = (int)p.FloorRatio.Percent.RoundToInteger(MidpointRounding.ToZero);
            int cap = (int)p.CapRatio.Percent.RoundToInteger(MidpointRounding.ToZero);
            foreach (long r in Int64.Shrinker(reference - 100_000).Where(d => d >= 0))
            {
                yield return Band((r + 100_000, floor, cap));
            }

            if (floor != 60 && 60 <= cap)
            {
                yield return Band((reference, 60, cap));
            }

            if (cap != 300 && floor <= 300)
            {
                yield return Band((reference, floor, 300));
            }
        }

        static PremiumBasePolicy Band((long Reference, int Floor, int Cap) t) =>
            new(Money.FromFen(t.Reference), Rate.FromPercent(t.Floor), Rate.FromPercent(t.Cap));
    }

    /// <summary>Contribution rates within 0%–20% with up to two decimals of percent (2%, 6%, 8.7%, 0.5%). Shrinks towards 0%.</summary>
    public static Arbitrary<Rate> ContributionRate() => RateInBasisPoints(0, 2_000);

    /// <summary>Any rate within 0%–100% with up to two decimals of percent. Shrinks towards 0%.</summary>
    public static Arbitrary<Rate> Share() => RateInBasisPoints(0, 10_000);

    /// <summary>Employee-scheme rates: employer medical 0–12%, maternity 0–1%, individual 0–4% (two decimals of percent).</summary>
    public static Arbitrary<EmployeeRates> EmployeeRates()
    {
        Gen<(int E, int M, int I)> gen =
            from e in Gen.Choose(0, 1_200)
            from m in Gen.Choose(0, 100)
            from i in Gen.Choose(0, 400)
            select (e, m, i);
        return Arb.From(gen.Select(Make), r =>
        {
            var (e, m, i) = (Bp(r.EmployerMedical), Bp(r.Maternity), Bp(r.Individual));
            return Int64.Shrinker(e).Where(x => x >= 0).Select(x => Make(((int)x, (int)m, (int)i)))
                .Concat(Int64.Shrinker(m).Where(x => x >= 0).Select(x => Make(((int)e, (int)x, (int)i))))
                .Concat(Int64.Shrinker(i).Where(x => x >= 0).Select(x => Make(((int)e, (int)m, (int)x))));
        });

        static FundMath.Contributions.EmployeeRates Make((int E, int M, int I) t) =>
            new(Rate.FromRatio(t.E, 10_000), Rate.FromRatio(t.M, 10_000), Rate.FromRatio(t.I, 10_000));
    }

    /// <summary>
    /// Relief windows over whole months between 2019-01 and 2022-12 (first ≤ last) that lower a rate of 0–12% to
    /// 0–normal. Shrinks the window length and the relief towards none.
    /// </summary>
    public static Arbitrary<ReliefWindow> ReliefWindow()
    {
        Gen<(int Start, int Length, int Normal, int Relief)> gen =
            from start in Gen.Choose(0, 47)
            from length in Gen.Choose(1, 48)
            from normal in Gen.Choose(0, 1_200)
            from relief in Gen.Choose(0, 1_200)
            select (start, Math.Min(length, 48 - start), normal, Math.Min(relief, normal));
        return Arb.From(gen.Select(Make), w =>
        {
            int start = ((w.Window.Start.Year - 2019) * 12) + w.Window.Start.Month - 1;
            int length = (((w.Window.End.Year - 2019) * 12) + w.Window.End.Month - 1) - start + 1;
            int normal = (int)Bp(w.NormalRate);
            int relief = (int)Bp(w.ReliefRate);
            return Int64.Shrinker(length).Where(x => x >= 1).Select(x => Make((start, (int)x, normal, relief)))
                .Concat(relief == normal ? [] : new[] { Make((start, length, normal, normal)) });
        });

        static FundMath.Contributions.ReliefWindow Make((int Start, int Length, int Normal, int Relief) t)
        {
            var first = new YearMonth(2019, 1).PlusMonths(t.Start);
            return FundMath.Contributions.ReliefWindow.FromMonths(first, first.PlusMonths(t.Length - 1), Rate.FromRatio(t.Normal, 10_000), Rate.FromRatio(t.Relief, 10_000));
        }
    }

    /// <summary>
    /// Paying populations: 0–2,000,000 persons, 0–12 months, an average base of 0–30,000 元 and a rate of 0–20%
    /// (two decimals of percent). Shrinks the headcount and base towards zero.
    /// </summary>
    public static Arbitrary<PayingPopulation> PayingPopulation()
    {
        Gen<(int N, int M, int B, int R)> gen =
            from n in Gen.Choose(0, 2_000_000)
            from m in Gen.Choose(0, 12)
            from b in Gen.Choose(0, 3_000_000)
            from r in Gen.Choose(0, 2_000)
            select (n, m, b, r);
        return Arb.From(gen.Select(Make), p =>
        {
            int n = (int)p.Persons.Persons, m = p.Months, b = (int)p.AverageBase.Fen, r = (int)Bp(p.Rate);
            return Int64.Shrinker(n).Where(x => x >= 0).Select(x => Make(((int)x, m, b, r)))
                .Concat(Int64.Shrinker(b).Where(x => x >= 0).Select(x => Make((n, m, (int)x, r))));
        });

        static FundMath.Contributions.PayingPopulation Make((int N, int M, int B, int R) t) =>
            new(Headcount.FromPersons(t.N), t.M, Money.FromFen(t.B), Rate.FromRatio(t.R, 10_000));
    }

    /// <summary>
    /// Local subsidy shares (province / city / county …): 1–4 shares in whole tenths of a percent that sum to exactly
    /// 100%. Shrinks towards fewer levels.
    /// </summary>
    public static Arbitrary<Rate[]> LocalShares()
    {
        Gen<Rate[]> gen =
            from count in Gen.Choose(1, 4)
            from cuts in Gen.Choose(0, 1_000).ArrayOf(count - 1)
            select ToShares(cuts);
        return Arb.From(gen, s => s.Length <= 1 ? [] : new[] { new[] { Rate.OneHundredPercent } });

        static Rate[] ToShares(int[] cuts)
        {
            int[] sorted = [0, .. cuts.OrderBy(c => c), 1_000];
            var shares = new Rate[sorted.Length - 1];
            for (int i = 0; i < shares.Length; i++)
            {
                shares[i] = Rate.FromRatio(sorted[i + 1] - sorted[i], 1_000);
            }

            return shares;
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

    private static Arbitrary<Rate> RateInBasisPoints(int min, int max) =>
        Arb.From(Gen.Choose(min, max).Select(i => Rate.FromRatio(i, 10_000)), r => Shrink(Bp(r), min, max).Select(x => Rate.FromRatio(x, 10_000)));

    private static long Bp(Rate r) => (r.Value * FundMath.Fraction.FromInteger(10_000)).RoundToInteger(MidpointRounding.ToZero);

    private static IEnumerable<long> Shrink(long value, long min, long max) =>
        value == Math.Clamp(0, min, max) ? [] : Int64.Shrinker(value).Where(v => v >= min && v <= max);
}
