using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Forecasting.Projection;

namespace FundMath.Testing.Forecasting;

/// <summary>
/// FsCheck 3 generators for FundMath.Forecasting — 预测生成器: noise-free trends with known parameters, projections
/// with realistic magnitudes (every input valid, so each case runs) and pessimistic assumption shifts. Projections
/// are decoded from an integer genome shrunk by FsCheck's own <c>int[]</c> shrinker.
/// </summary>
public static class ForecastArbitraries
{
    private const int GenomeLength = 36;

    /// <summary>Linear trends y = a + b·t: a in ±10⁶, b in ±10⁴, 3–40 points.</summary>
    public static Arbitrary<TrendCase> LinearTrends() => Arb.From(
        from a in Gen.Choose(-1_000_000, 1_000_000)
        from b in Gen.Choose(-10_000, 10_000)
        from n in Gen.Choose(3, 40)
        select new TrendCase(a, b / 7.0, 1.0, Enumerable.Range(0, n).Select(t => a + (b / 7.0 * t)).ToArray()));

    /// <summary>Constant-growth trends y = y₀(1 + g)^t: y₀ in 1–10⁹, g in −20%…+30%, 3–40 points.</summary>
    public static Arbitrary<TrendCase> LogLinearTrends() => Arb.From(
        from y0 in Gen.Choose(1, 1_000_000_000)
        from g in Gen.Choose(-200, 300)
        from n in Gen.Choose(3, 40)
        select new TrendCase(y0, g / 1000.0, 1.0, Enumerable.Range(0, n).Select(t => y0 * Math.Pow(1 + (g / 1000.0), t)).ToArray()));

    /// <summary>Damped trends y = a + b(φ + … + φ^t): a in 0–10⁶, b in 10³–10⁵, φ in 0.50–0.95, 8–30 points.</summary>
    public static Arbitrary<TrendCase> DampedTrends() => Arb.From(
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(1_000, 100_000)
        from phi in Gen.Choose(50, 95)
        from n in Gen.Choose(8, 30)
        select new TrendCase(a, b, phi / 100.0, Enumerable.Range(0, n).Select(t => a + (b * (phi / 100.0) * (1 - Math.Pow(phi / 100.0, t)) / (1 - (phi / 100.0)))).ToArray()));

    /// <summary>
    /// Projections of a region with employees and residents (sometimes only one scheme): balances up to 50亿, 10⁴–10⁶
    /// employees, 1–4 resident cohorts, a retiree costing at least what an employee in service does, growth and flow
    /// rates in realistic ranges, 1–30 years.
    /// </summary>
    public static Arbitrary<ProjectionCase> Projections()
    {
        Arbitrary<int[]> raw = ArbMap.Default.ArbFor<int[]>();
        Gen<ProjectionCase> gen = Gen.ArrayOf(Gen.Choose(0, 1000), GenomeLength).Select(Decode);
        return Arb.From(gen, c => raw.Shrinker(c.Genome).Where(g => g.Length == GenomeLength).Select(Decode));
    }

    /// <summary>
    /// A shift in the pessimistic direction of an assumption whose direction is known
    /// (<see cref="AssumptionShift.PessimisticDirection"/> ≠ 0): 0.1 to 5 percentage points.
    /// </summary>
    public static Arbitrary<AssumptionShift> PessimisticShifts()
    {
        AssumptionKind[] kinds = [.. Enum.GetValues<AssumptionKind>().Where(k => AssumptionShift.PessimisticDirection(k) != 0)];
        Gen<AssumptionShift> gen =
            from k in Gen.Elements(kinds)
            from size in Gen.Choose(1, 50)
            select new AssumptionShift(k, AssumptionShift.PessimisticDirection(k) * size / 1000.0);
        return Arb.From(gen);
    }

    /// <summary>Decodes a genome (any integers; each is folded into 0–1000) into a valid projection case.</summary>
    public static ProjectionCase Decode(int[] genome)
    {
        ArgumentNullException.ThrowIfNull(genome);
        double U(int i) => (Math.Abs(i < genome.Length ? genome[i] % 1001 : 0)) / 1000.0;
        int scheme = (int)(U(0) * 2.999); // 0 both, 1 employees, 2 residents
        EmployeeStart? employee = null;
        if (scheme != 2)
        {
            long n = 10_000 + (long)(U(1) * 990_000);
            double baseYuan = 3000 + Math.Round(U(2) * 5000);
            Rate employer = Rate.FromPercent(6m + (decimal)Math.Round(U(3) * 4, 1));
            Rate individual = Rate.FromPercent(2m);
            double wages = baseYuan * 12 * n * ((double)employer.ToPercent(4, MidpointRounding.AwayFromZero) + 2.0) / 100.0;
            double premiums = wages * (0.8 + (0.2 * U(4)));
            employee = new EmployeeStart
            {
                PooledBalance = Yuan(U(5) * 5e9),
                PersonalAccountBalance = Yuan(U(6) * 3e9),
                InService = Headcount.FromPersons(n),
                Retired = Headcount.FromPersons((long)(n * (0.2 + (0.8 * U(7))))),
                AverageMonthlyBase = Money.FromYuan((long)baseYuan),
                EmployerRate = employer,
                IndividualRate = individual,
                PremiumIncome = Yuan(premiums),
                PooledBenefits = Yuan(premiums * (0.4 + (0.8 * U(8)))),
                RetiredCostWeight = 1 + (4 * U(9)),
                RetireeAccountCredit = Money.FromYuan((long)(U(10) * 80)),
            };
        }

        ResidentStart? resident = null;
        var cohortGrowth = new Dictionary<string, double>(StringComparer.Ordinal);
        if (scheme != 1)
        {
            string[] names = ["adults", "aged-60-plus", "students-children", "college"];
            int k = 1 + (int)(U(11) * 3.999);
            var cohorts = new List<ResidentCohortStart>();
            double persons = 0;
            for (int i = 0; i < k; i++)
            {
                long count = 10_000 + (long)(U(12 + i) * 990_000);
                persons += count;
                cohorts.Add(new ResidentCohortStart(names[i], Headcount.FromPersons(count), 0.2 + (2.8 * U(16 + i))));
                cohortGrowth[names[i]] = -0.03 + (0.06 * U(20 + i));
            }

            resident = new ResidentStart
            {
                Balance = Yuan(U(24) * 3e9),
                Benefits = Yuan(persons * (600 + (600 * U(25)))),
                Cohorts = cohorts,
                IndividualContributionLag = U(26) < 0.5 ? 0 : 1,
            };
        }

        var assumptions = new ProjectionAssumptions
        {
            Name = "generated",
            ContributionBaseGrowth = -0.02 + (0.10 * U(27)),
            InServiceJoinRate = 0.05 * U(28),
            InServiceLeaveRate = 0.05 * U(29),
            RetirementRate = 0.06 * U(30),
            RetireeMortality = 0.04 * U(31),
            InServiceCostGrowth = 0.10 * U(32),
            RetiredCostGrowth = 0.10 * U(33),
            ResidentCostGrowth = 0.10 * U(34),
            ResidentCohortGrowth = cohortGrowth,
            PersonalAccountDrawdown = 0.1 + (0.5 * U(35)),
            InterestRate = 0.03 * U(5),
            Utilisation = 0.9 + (0.2 * U(6)),
            SubsidyExtrapolation = U(7) < 0.5 ? ExtrapolationRule.LastIncrement : ExtrapolationRule.HoldLastValue,
        };
        var start = new ProjectionStart { Region = "generated", BaseYear = 2021, Employee = employee, Resident = resident };
        return new ProjectionCase([.. genome], start, assumptions, 1 + (int)(U(35) * 29.999));
    }

    private static Money Yuan(double yuan) => Money.FromFen((long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero));
}
