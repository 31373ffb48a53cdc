using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Drg;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for DRG/DIP point payment — 点数法随机生成器: rules (<see cref="DrgPolicy"/>), case costs,
/// adjustment factors and whole scheme-years (<see cref="DrgScenario"/>). Shrinkers are built on FsCheck's
/// <see cref="long"/> shrinker and always yield valid inputs: costs shrink towards 0, factors towards 1, rules
/// towards the sample conventions (4 decimals, 200% / 50%), scenarios towards fewer cases.
/// </summary>
/// <example><code>Prop.ForAll(DrgArbitraries.Scenario(), s =&gt; ...)</code></example>
public static class DrgArbitraries
{
    /// <summary>The largest case cost <see cref="Cost"/> generates: 2,000,000 元, in fen.</summary>
    public const long MaxCostFen = 200_000_000;

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero,
        MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity,
    ];

    /// <summary>
    /// Rules: point decimals 0–6 (often 4), high ratio 100–400%, low ratio 0–100%, reserve 0–20%, bands 0–30%,
    /// retention and share 0–100% (whole percent), any rounding modes. Shrinks towards the sample conventions.
    /// </summary>
    public static Arbitrary<DrgPolicy> Policy()
    {
        Gen<int[]> gen =
            from decimals in Gen.Frequency((3, Gen.Constant(4)), (2, Gen.Choose(0, 6)))
            from high in Gen.Frequency((3, Gen.Constant(200)), (2, Gen.Choose(100, 400)))
            from low in Gen.Frequency((3, Gen.Constant(50)), (2, Gen.Choose(0, 100)))
            from reserve in Gen.Choose(0, 20)
            from surplusBand in Gen.Choose(0, 30)
            from retention in Gen.Choose(0, 100)
            from overrunBand in Gen.Choose(0, 30)
            from share in Gen.Choose(0, 100)
            from pointMode in Gen.Choose(0, 4)
            from moneyMode in Gen.Choose(0, 4)
            select new[] { decimals, high, low, reserve, surplusBand, retention, overrunBand, share, pointMode, moneyMode };
        int[] defaults = [4, 200, 50, 5, 10, 60, 10, 70, 0, 0];
        return Arb.From(gen.Select(MakePolicy), p => ShrinkPolicy(p, defaults));
    }

    /// <summary>Case costs of 0–2,000,000 元 to the fen, with 1,000–100,000 元 over-represented. Shrinks towards 0.</summary>
    public static Arbitrary<Money> Cost()
    {
        Gen<long> gen = Gen.Frequency(
            (3, Gen.Choose(100_000, 10_000_000).Select(i => (long)i)),
            (1, Gen.Choose(0, (int)MaxCostFen).Select(i => (long)i)),
            (1, Gen.Choose(0, 100_000).Select(i => i * 100L)));
        return Arb.From(gen.Select(Money.FromFen), m => Int64.Shrinker(m.Fen).Where(f => f >= 0).Select(Money.FromFen));
    }

    /// <summary>Adjustment factors 0.5000–2.0000 (4 decimals), half of them exactly 1. Shrinks towards 1.</summary>
    public static Arbitrary<Fraction> Factor()
    {
        Gen<int> gen = Gen.Frequency((1, Gen.Constant(10_000)), (1, Gen.Choose(5_000, 20_000)));
        return Arb.From(gen.Select(MakeFactor), f => ShrinkFactor(f));
    }

    /// <summary>
    /// A scheme-year: rules from <see cref="Policy"/>, an overall average cost of 1,000–50,000 元, 1–40 groups with
    /// base points 2–3,000, 1–30 institutions (factors 0.5–2, institution 0 exactly 1) with reference amounts, 1–300
    /// cases (costs around their group's average, outliers included; factors 0.5–2), a budget of 0–100,000,000 元 and
    /// a reserve given (0–budget) or by ratio. Case 0 is a normal case of institution 0 with factor 1. Shrinks towards
    /// fewer cases, factors of 1 and costs at the group average.
    /// </summary>
    public static Arbitrary<DrgScenario> Scenario()
    {
        Gen<DrgScenario> gen =
            from policy in Policy().Generator
            from overall in Gen.Choose(100_000, 5_000_000)
            from groups in Gen.Choose(1, 40)
            from baseHundredths in Gen.Choose(200, 300_000).ArrayOf(groups)
            from institutions in Gen.Choose(1, 30)
            from factorUnits in Gen.Frequency((1, Gen.Constant(10_000)), (1, Gen.Choose(5_000, 20_000))).ArrayOf(institutions)
            from referencePercent in Gen.Choose(0, 200).ArrayOf(institutions)
            from count in Gen.Choose(1, 300)
            from caseGroups in Gen.Choose(0, groups - 1).ArrayOf(count)
            from caseInstitutions in Gen.Choose(0, institutions - 1).ArrayOf(count)
            from costPermille in Gen.Frequency((6, Gen.Choose(600, 1_800)), (1, Gen.Choose(0, 600)), (1, Gen.Choose(1_800, 8_000))).ArrayOf(count)
            from caseFactorUnits in Gen.Frequency((2, Gen.Constant(10_000)), (1, Gen.Choose(5_000, 20_000))).ArrayOf(count)
            from budgetYuan in Gen.Frequency((3, Gen.Choose(0, 100_000_000)), (1, Gen.Choose(0, 10_000)))
            from budgetFen in Gen.Choose(0, 99)
            from reservePermille in Gen.Frequency((1, Gen.Constant(-1)), (2, Gen.Choose(0, 1_000)))
            select Make(policy, overall, baseHundredths, factorUnits, referencePercent, caseGroups, caseInstitutions, costPermille, caseFactorUnits, ((long)budgetYuan * 100) + budgetFen, reservePermille);
        return Arb.From(gen, ShrinkScenario);
    }

    private static DrgScenario Make(DrgPolicy policy, int overallFen, int[] baseHundredths, int[] factorUnits, int[] referencePercent,
        int[] caseGroups, int[] caseInstitutions, int[] costPermille, int[] caseFactorUnits, long budgetFen, int reservePermille)
    {
        // Work on copies: generated arrays are not ours to change.
        factorUnits = [.. factorUnits];
        caseGroups = [.. caseGroups];
        caseInstitutions = [.. caseInstitutions];
        costPermille = [.. costPermille];
        caseFactorUnits = [.. caseFactorUnits];

        // Group average = overall × base points / 100 (base points 2.00–3,000.00), to the fen.
        Money[] averages = [.. baseHundredths.Select(b => Money.FromFen(Math.Max(1, (long)overallFen * b / 10_000)))];
        factorUnits[0] = 10_000;
        Fraction[] factors = [.. factorUnits.Select(MakeFactor)];
        caseGroups[0] = Array.IndexOf(averages, averages.Max());
        caseInstitutions[0] = 0;
        costPermille[0] = 1_000;
        caseFactorUnits[0] = 10_000;
        Money[] costs = [.. costPermille.Select((p, i) => Money.FromFen(averages[caseGroups[i]].Fen * p / 1_000))];
        Fraction[] caseFactors = [.. caseFactorUnits.Select(MakeFactor)];
        Money budget = Money.FromFen(budgetFen);
        Money? reserve = reservePermille < 0 ? null : Money.FromFen(budgetFen * reservePermille / 1_000);

        // References: a percentage of each institution's cost at its average, so surpluses and overruns both occur.
        var costByInstitution = new long[factors.Length];
        for (int i = 0; i < costs.Length; i++)
        {
            costByInstitution[caseInstitutions[i]] += costs[i].Fen;
        }

        Money[] references = [.. costByInstitution.Select((c, k) => Money.FromFen(c * referencePercent[k] / 100))];
        return new DrgScenario(policy, Money.FromFen(overallFen), averages, factors, references, caseGroups, caseInstitutions, costs, caseFactors, budget, reserve);
    }

    private static IEnumerable<DrgScenario> ShrinkScenario(DrgScenario s)
    {
        int n = s.CaseCosts.Length;
        if (n > 1)
        {
            yield return s.WithCases(Math.Max(1, n / 2));
            yield return s.WithCases(n - 1);
        }

        if (s.CaseFactors.Skip(1).Any(f => f != Fraction.One))
        {
            Fraction[] ones = [.. s.CaseFactors.Select(_ => Fraction.One)];
            yield return new DrgScenario(s.Policy, s.OverallAverageCost, s.GroupAverages, s.InstitutionFactors, s.References, s.CaseGroups,
                s.CaseInstitutions, s.CaseCosts, ones, s.Budget, s.Reserve);
        }

        if (s.InstitutionFactors.Any(f => f != Fraction.One))
        {
            Fraction[] ones = [.. s.InstitutionFactors.Select(_ => Fraction.One)];
            yield return new DrgScenario(s.Policy, s.OverallAverageCost, s.GroupAverages, ones, s.References, s.CaseGroups,
                s.CaseInstitutions, s.CaseCosts, s.CaseFactors, s.Budget, s.Reserve);
        }

        foreach (long b in Int64.Shrinker(s.Budget.Fen).Where(b => b >= 0).Take(8))
        {
            Money budget = Money.FromFen(b);
            Money? reserve = s.Reserve is { } r ? Money.Min(r, budget) : null;
            yield return new DrgScenario(s.Policy, s.OverallAverageCost, s.GroupAverages, s.InstitutionFactors, s.References, s.CaseGroups,
                s.CaseInstitutions, s.CaseCosts, s.CaseFactors, budget, reserve);
        }
    }

    private static DrgPolicy MakePolicy(int[] v) =>
        new(v[0], Rate.FromPercent(v[1]), Rate.FromPercent(v[2]), Rate.FromPercent(v[3]), Rate.FromPercent(v[4]), Rate.FromPercent(v[5]),
            Rate.FromPercent(v[6]), Rate.FromPercent(v[7]), Modes[v[8]], Modes[v[9]], new Citations.Citation("generated"));

    private static IEnumerable<DrgPolicy> ShrinkPolicy(DrgPolicy p, int[] defaults)
    {
        int[] v =
        [
            p.PointDecimals, Percent(p.HighOutlierRatio), Percent(p.LowOutlierRatio), Percent(p.ReserveRatio), Percent(p.SurplusBand),
            Percent(p.SurplusRetention), Percent(p.OverrunBand), Percent(p.OverrunShare), Array.IndexOf(Modes, p.PointRounding), Array.IndexOf(Modes, p.MoneyRounding),
        ];
        for (int i = 0; i < v.Length; i++)
        {
            if (v[i] != defaults[i])
            {
                int[] w = (int[])v.Clone();
                w[i] = defaults[i];
                yield return MakePolicy(w);
            }
        }
    }

    private static int Percent(Rate r) => (int)r.Percent.RoundToInteger(MidpointRounding.ToZero);

    private static Fraction MakeFactor(int tenThousandths) => Fraction.Create(tenThousandths, 10_000);

    private static IEnumerable<Fraction> ShrinkFactor(Fraction f)
    {
        long units = f.Numerator * 10_000 / f.Denominator;
        return Int64.Shrinker(units - 10_000).Select(d => d + 10_000).Where(u => u >= 5_000 && u <= 20_000).Select(u => MakeFactor((int)u));
    }
}
