using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Citations;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries for municipal pooling — 市级统筹随机生成器: pooling policies (every ratio within 0–100%,
/// complementary shares summing to 100%, adjustments that keep the collected fund's share ≥ 0, both readings of
/// "减少5%", the top-up in force from 2023, transitions of 0–4 years), counties of either scheme (deficit or
/// surplus, balances with personal accounts, financing bases, flags, transition standards) and whole scenarios
/// (a policy, a year, 1–12 counties in name order). Amounts shrink towards 0 on FsCheck's own <see cref="long"/>
/// shrinker; a policy shrinks to the Lishui ratios; a scenario drops counties.
/// </summary>
/// <example><code>Prop.ForAll(PoolingArbitraries.Scenario(), s =&gt; { var (fund, counties) = s.Settle(); return !fund.Closing.IsNegative; })</code></example>
public static class PoolingArbitraries
{
    /// <summary>The largest amount the county generator uses: 100亿元 in fen (10¹²).</summary>
    public const long MaxAmountFen = 1_000_000_000_000;

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Pooling policies read at 1 January of a year in 2022–2026: collected share 0–100% (0.5% steps; 30% often),
    /// city treasury share 0–100%, cap 0–5%, prior-year reduction and assessment cut up to half the share each,
    /// city-treasury factor 0–100%, transition 0–4 years from 2022, either reading. Shrinks to the Lishui policy of the
    /// same year.
    /// </summary>
    public static Arbitrary<PoolingPolicy> Policy() => Arb.From(PolicyGen(), ShrinkPolicy);

    /// <summary>Counties of <paramref name="scheme"/> (no personal accounts for the resident scheme). Amounts shrink towards 0.</summary>
    public static Arbitrary<PoolingCounty> County(PooledScheme scheme) =>
        Arb.From(CountyGen(scheme, Gen.Constant("A县")), c => ShrinkCounty(c, scheme));

    /// <summary>Whole settlement inputs: a policy, a year (opening 0–2× the city's monthly spending or a random amount), 1–12 counties in name order.</summary>
    public static Arbitrary<PoolingScenario> Scenario() => Arb.From(ScenarioGen(), ShrinkScenario);

    /// <summary>Non-negative amounts to the fen, up to <see cref="MaxAmountFen"/>; small, whole 万元 and 亿元-scale values all appear.</summary>
    public static Arbitrary<Money> Amount() => Arb.From(AmountFen().Select(Money.FromFen), m => ShrinkFen(m.Fen).Select(Money.FromFen));

    /// <summary>A pooling policy from explicit ratios (a parameter set built in code, each value cited "generated").</summary>
    /// <exception cref="PoolingInputException">The ratios break a rule of <see cref="PoolingPolicy.FromParameters"/>.</exception>
    public static PoolingPolicy BuildPolicy(int year, PoolingPolicyKnobs knobs, PriorDeficitReading reading)
    {
        var d2022 = new LocalDate(2022, 1, 1);
        var d2023 = new LocalDate(2023, 1, 1);
        var cite = new Citation("generated", clause: "PoolingArbitraries");
        Parameter P(string name, ParameterUnit unit, ParameterValue value, LocalDate? from = null) =>
            new(name, unit, [new ParameterEntry(from ?? d2022, value, cite)], "generated");
        Parameter R(string name, long tenthsOfPercent) => P(name, ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(Fraction.Create(tenthsOfPercent, 10))));
        ParameterSet set = ParameterSet.Create("generated",
        [
            P(PoolingParameters.UpwardTransferYear.Name, ParameterUnit.Count, ParameterValue.FromCount(2022)),
            P(PoolingParameters.EmployeeTransferMonths.Name, ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(knobs.EmployeeMonths))),
            P(PoolingParameters.ResidentTransferMonths.Name, ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(knobs.ResidentMonths))),
            P(PoolingParameters.EmployeeTopUpMonths.Name, ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(knobs.EmployeeMonths)), d2023),
            P(PoolingParameters.ResidentTopUpMonths.Name, ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(knobs.ResidentMonths)), d2023),
            R(PoolingParameters.CollectedFundShare.Name, knobs.CollectedShareTenths),
            R(PoolingParameters.CountyShare.Name, 1000 - knobs.CollectedShareTenths),
            R(PoolingParameters.CityTreasuryShare.Name, knobs.CityShareTenths),
            R(PoolingParameters.CountyTreasuryShare.Name, 1000 - knobs.CityShareTenths),
            R(PoolingParameters.CityTreasuryCap.Name, knobs.CapTenths),
            R(PoolingParameters.PriorDeficitReduction.Name, knobs.PriorReductionTenths),
            R(PoolingParameters.PriorDeficitCityTreasuryFactor.Name, knobs.CityFactorTenths),
            P(PoolingParameters.AssessmentReduction.Name, ParameterUnit.PercentagePoints, ParameterValue.FromPoints(PercentagePoints.FromPoints(Fraction.Create(knobs.AssessmentTenths, 10)))),
            P(PoolingParameters.TransitionFirstYear.Name, ParameterUnit.Count, ParameterValue.FromCount(2022)),
            P(PoolingParameters.TransitionYears.Name, ParameterUnit.Count, ParameterValue.FromCount(knobs.TransitionYears)),
            R(PoolingParameters.TransitionCountyKeepShare.Name, knobs.KeepShareTenths),
            R(PoolingParameters.TransitionCollectedShare.Name, 1000 - knobs.KeepShareTenths),
        ]);
        return PoolingPolicy.FromParameters(set, new LocalDate(year, 1, 1), reading);
    }

    private static Gen<PoolingPolicy> PolicyGen() =>
        from year in Gen.Choose(2022, 2026)
        from knobs in KnobsGen()
        from reading in Gen.Elements(PriorDeficitReading.PercentagePoints, PriorDeficitReading.ShareOfShare)
        select BuildPolicy(year, knobs, reading);

    private static Gen<PoolingPolicyKnobs> KnobsGen() =>
        from c in Gen.Frequency((2, Gen.Constant(300)), (3, Gen.Choose(0, 200).Select(i => i * 5)))
        from t in Gen.Frequency((2, Gen.Constant(200)), (3, Gen.Choose(0, 1000)))
        from cap in Gen.Frequency((2, Gen.Constant(10)), (3, Gen.Choose(0, 50)))
        from r in Gen.Choose(0, c / 2)
        from a in Gen.Choose(0, c / 2)
        from factor in Gen.Frequency((2, Gen.Constant(500)), (1, Gen.Choose(0, 1000)))
        from keep in Gen.Frequency((2, Gen.Constant(300)), (1, Gen.Choose(0, 1000)))
        from years in Gen.Choose(0, 4)
        from em in Gen.Choose(0, 6)
        from rm in Gen.Choose(0, 3)
        select new PoolingPolicyKnobs(c, t, cap, r, factor, a, keep, years, em, rm);

    private static IEnumerable<PoolingPolicy> ShrinkPolicy(PoolingPolicy p)
    {
        if (p.SetName == "generated" && !IsLishuiLike(p))
        {
            yield return BuildPolicy(p.Date.Year, PoolingPolicyKnobs.Lishui, PriorDeficitReading.PercentagePoints);
        }
    }

    private static bool IsLishuiLike(PoolingPolicy p) =>
        p.CollectedFundShare == Rate.FromPercent(30) && p.CityTreasuryShare == Rate.FromPercent(20) && p.CityTreasuryCap == Rate.FromPercent(1)
        && p.PriorDeficitReduction == Rate.FromPercent(5) && p.AssessmentReduction == PercentagePoints.FromPoints(5)
        && p.PriorDeficitReading == PriorDeficitReading.PercentagePoints && p.TransitionYears == 3 && p.EmployeeTransferMonths == Fraction.FromInteger(3);

    private static Gen<PoolingCounty> CountyGen(PooledScheme scheme, Gen<string> name) =>
        from n in name
        from exp in AmountFen()
        from balance in Gen.Frequency((5, AmountFen()), (1, AmountFen().Select(f => -(f / 10))))
        from paPermille in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 1200)))
        from insured in Gen.Frequency((4, Gen.Choose(0, 2_000_000).Select(i => (long?)i)), (1, Gen.Constant((long?)0)))
        from financing in AmountFen()
        from kind in Gen.Frequency((5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(0)))
        from amount in AmountFen()
        from prior in ArbMap.Default.GeneratorFor<bool>()
        from below in ArbMap.Default.GeneratorFor<bool>()
        from subsidy in Gen.Choose(50_000, 80_000)
        from residents in Gen.Choose(0, 2_000_000)
        select new PoolingCounty(n)
        {
            PreviousYearExpenditure = Money.FromFen(exp),
            AccumulatedBalance = Money.FromFen(balance),
            PersonalAccountBalance = scheme == PooledScheme.Resident ? Money.Zero : Money.FromFen(Math.Max(0, balance) / 1000 * paPermille),
            PreviousYearInsured = insured is { } i ? Headcount.FromPersons(i) : null,
            PooledFinancing = Money.FromFen(financing),
            Deficit = kind == 1 ? Money.FromFen(amount) : Money.Zero,
            Surplus = kind == 2 ? Money.FromFen(amount) : Money.Zero,
            PriorYearDeficit = prior,
            Assessment = below ? CountyAssessment.BelowGood : CountyAssessment.GoodOrBetter,
            Subsidy2021 = Money.FromFen(subsidy),
            Insured = Headcount.FromPersons(residents),
        };

    private static Gen<PoolingScenario> ScenarioGen() =>
        from policy in PolicyGen()
        from scheme in Gen.Elements(PooledScheme.Employee, PooledScheme.Resident)
        from count in Gen.Frequency((3, Gen.Choose(1, 4)), (2, Gen.Choose(5, 12)))
        from counties in CountyGen(scheme, Gen.Constant(string.Empty)).ArrayOf(count)
        from openingKind in Gen.Choose(0, 3)
        from opening in AmountFen()
        from interest in Gen.Frequency((3, Gen.Constant(0L)), (1, Gen.Choose(0, 100_000_000).Select(i => (long)i)))
        from unified in Gen.Choose(50_000, 80_000)
        select Build(policy, scheme, counties, openingKind, opening, interest, unified);

    private static PoolingScenario Build(PoolingPolicy policy, PooledScheme scheme, PoolingCounty[] counties, int openingKind, long opening, long interest, int unifiedFen)
    {
        var named = new PoolingCounty[counties.Length];
        for (int i = 0; i < counties.Length; i++)
        {
            named[i] = counties[i] with { Name = $"县{i:D2}" };
        }

        if (named.All(c => c.PreviousYearInsured.GetValueOrDefault().IsZero))
        {
            named[0] = named[0] with { PreviousYearInsured = Headcount.FromPersons(1) }; // a top-up needs some headcount
        }

        // Openings around the city's monthly spending make short, exact and ample funds all frequent.
        long monthly = named.Sum(c => c.PreviousYearExpenditure.Fen) / 12;
        long open = openingKind switch
        {
            0 => 0,
            1 => monthly,
            2 => monthly / 3,
            _ => opening,
        };
        var year = new PoolingYear(policy.Date.Year, scheme)
        {
            CollectedFundOpening = Money.FromFen(open),
            Interest = Money.FromFen(interest),
            UnifiedSubsidyStandard = Money.FromFen(unifiedFen),
        };
        return new PoolingScenario(policy, year, named);
    }

    private static IEnumerable<PoolingScenario> ShrinkScenario(PoolingScenario s)
    {
        if (s.Counties.Length > 1)
        {
            for (int i = 0; i < s.Counties.Length; i++)
            {
                yield return s.WithCounties([.. s.Counties.Where((_, j) => j != i)]);
            }
        }

        for (int i = 0; i < s.Counties.Length; i++)
        {
            foreach (PoolingCounty smaller in ShrinkCounty(s.Counties[i], s.Year.Scheme))
            {
                PoolingCounty[] copy = [.. s.Counties];
                copy[i] = smaller with { Name = s.Counties[i].Name };
                yield return s.WithCounties(copy);
            }
        }

        foreach (PoolingPolicy p in ShrinkPolicy(s.Policy))
        {
            yield return s with { Policy = p };
        }
    }

    private static IEnumerable<PoolingCounty> ShrinkCounty(PoolingCounty c, PooledScheme scheme)
    {
        foreach (long d in ShrinkFen(c.Deficit.Fen))
        {
            yield return c with { Deficit = Money.FromFen(d) };
        }

        foreach (long s in ShrinkFen(c.Surplus.Fen))
        {
            yield return c with { Surplus = Money.FromFen(s) };
        }

        foreach (long b in c.AccumulatedBalance.IsZero ? [] : Int64.Shrinker(c.AccumulatedBalance.Fen))
        {
            yield return c with { AccumulatedBalance = Money.FromFen(b) };
        }

        foreach (long f in ShrinkFen(c.PooledFinancing.Fen))
        {
            yield return c with { PooledFinancing = Money.FromFen(f) };
        }

        if (scheme == PooledScheme.Employee)
        {
            foreach (long a in ShrinkFen(c.PersonalAccountBalance.Fen))
            {
                yield return c with { PersonalAccountBalance = Money.FromFen(a) };
            }
        }

        if (c.PriorYearDeficit)
        {
            yield return c with { PriorYearDeficit = false };
        }

        if (c.Assessment == CountyAssessment.BelowGood)
        {
            yield return c with { Assessment = CountyAssessment.GoodOrBetter };
        }
    }

    private static Gen<long> AmountFen() => Gen.Frequency(
        (2, Gen.Constant(0L)),
        (2, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
        (3, Gen.Choose(0, 100_000).Select(i => i * 1_000_000L)),
        (3, from hi in Gen.Choose(0, 999_999) from lo in Gen.Choose(0, 999_999) select (hi * 1_000_000L) + lo));

    private static IEnumerable<long> ShrinkFen(long value) =>
        value == 0 ? [] : Int64.Shrinker(value).Where(v => v >= 0);
}
