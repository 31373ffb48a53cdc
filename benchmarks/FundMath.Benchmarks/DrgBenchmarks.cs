using System;
using BenchmarkDotNet.Attributes;
using FundMath.Drg;

namespace FundMath.Benchmarks;

/// <summary>
/// DRG point payment of one scheme-year: 1,000 institutions × 600 groups × 1,000,000 cases → case points (outliers
/// re-pointed, 10% of cases with an adjustment factor), institution points × institution factor, point value,
/// apportioned payments; and the year-end settlement of the 1,000 institutions. FundMath's span forms (0 B) against
/// a naive decimal implementation of the same rules (base points per group precomputed, Math.Round per case,
/// payments rounded per institution).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Drg")]
public class DrgBenchmarks
{
    private const int Institutions = 1_000;
    private const int Groups = 600;

    private DrgGroupTable table = null!;
    private int[] caseGroups = [];
    private int[] caseInstitutions = [];
    private Money[] costs = [];
    private Fraction[] factors = [];
    private Fraction[] institutionFactors = [];
    private DrgPoints[] casePoints = [];
    private DrgPoints[] institutionPoints = [];
    private DrgPoints[] settledPoints = [];
    private Money[] payments = [];
    private Money[] references = [];
    private Money[] shared = [];
    private Money[] finals = [];
    private Money budget;

    private decimal[] baseline = [];
    private decimal[] high = [];
    private decimal[] low = [];
    private decimal[] averages = [];
    private decimal[] costYuan = [];
    private decimal[] factorDecimal = [];
    private decimal[] institutionFactorDecimal = [];
    private decimal[] naiveInstitution = [];

    /// <summary>The institutions' payments of the last FundMath run (read by the side-by-side harness).</summary>
    public ReadOnlySpan<Money> Payments => payments;

    /// <summary>The institutions' points of the last FundMath run (read by the side-by-side harness).</summary>
    public ReadOnlySpan<DrgPoints> InstitutionPoints => institutionPoints;

    /// <summary>Cases in the scheme-year.</summary>
    [Params(1_000_000)]
    public int Cases { get; set; }

    /// <summary>Deterministic workload: group averages 2,000–200,000元, costs 0–3× the group average (≈ 6% outliers).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20231231);
        var policy = new DrgPolicy(4, Rate.FromPercent(200), Rate.FromPercent(50), Rate.FromPercent(5), Rate.FromPercent(10),
            Rate.FromPercent(60), Rate.FromPercent(10), Rate.FromPercent(70));
        string[] ids = new string[Groups];
        var groupAverages = new Money[Groups];
        averages = new decimal[Groups];
        for (int g = 0; g < Groups; g++)
        {
            ids[g] = "G" + g.ToString(System.Globalization.CultureInfo.InvariantCulture);
            groupAverages[g] = Money.FromFen(random.NextInt64(200_000, 20_000_000));
            averages[g] = groupAverages[g].Yuan;
        }

        Money overall = Money.FromYuan(12_000);
        table = DrgGroupTable.Create(DrgScheme.Employee, overall, ids, groupAverages, policy);
        baseline = new decimal[Groups];
        high = new decimal[Groups];
        low = new decimal[Groups];
        for (int g = 0; g < Groups; g++)
        {
            baseline[g] = Math.Round(averages[g] / 12_000m * 100m, 4, MidpointRounding.AwayFromZero);
            high[g] = averages[g] * 2m;
            low[g] = averages[g] * 0.5m;
        }

        caseGroups = new int[Cases];
        caseInstitutions = new int[Cases];
        costs = new Money[Cases];
        factors = new Fraction[Cases];
        costYuan = new decimal[Cases];
        factorDecimal = new decimal[Cases];
        for (int i = 0; i < Cases; i++)
        {
            int g = random.Next(Groups);
            caseGroups[i] = g;
            caseInstitutions[i] = random.Next(Institutions);
            long fen = groupAverages[g].Fen * random.Next(300, 2_150) / 1_000;
            costs[i] = Money.FromFen(fen);
            costYuan[i] = fen / 100m;
            decimal f = random.Next(10) == 0 ? 1m + (random.Next(1, 30) / 100m) : 1m;
            factors[i] = Fraction.FromDecimal(f);
            factorDecimal[i] = f;
        }

        institutionFactors = new Fraction[Institutions];
        institutionFactorDecimal = new decimal[Institutions];
        for (int k = 0; k < Institutions; k++)
        {
            decimal f = 0.9m + (random.Next(0, 21) / 100m);
            institutionFactors[k] = Fraction.FromDecimal(f);
            institutionFactorDecimal[k] = f;
        }

        casePoints = new DrgPoints[Cases];
        institutionPoints = new DrgPoints[Institutions];
        settledPoints = new DrgPoints[Institutions];
        payments = new Money[Institutions];
        shared = new Money[Institutions];
        finals = new Money[Institutions];
        naiveInstitution = new decimal[Institutions];
        budget = Money.FromYuan(12_000L * Cases);
        DrgPayment.Compute(table, budget, null, new DrgCases(caseGroups, caseInstitutions, costs, factors), institutionFactors, default,
            institutionPoints, settledPoints, payments);
        references = new Money[Institutions];
        for (int k = 0; k < Institutions; k++)
        {
            references[k] = Money.FromFen(payments[k].Fen * random.Next(85, 116) / 100);
        }
    }

    /// <summary>Naive decimal: the same rules with decimal arithmetic and Math.Round, payments rounded one by one (they drift from the budget).</summary>
    [Benchmark(Baseline = true)]
    public decimal Naive_decimal()
    {
        Array.Clear(naiveInstitution);
        for (int i = 0; i < costYuan.Length; i++)
        {
            int g = caseGroups[i];
            decimal c = costYuan[i];
            decimal b = c > high[g] ? Math.Round(baseline[g] + ((c - high[g]) / 12_000m * 100m), 4, MidpointRounding.AwayFromZero)
                : c < low[g] ? Math.Round(c / 12_000m * 100m, 4, MidpointRounding.AwayFromZero)
                : baseline[g];
            naiveInstitution[caseInstitutions[i]] += Math.Round(b * factorDecimal[i], 4, MidpointRounding.AwayFromZero);
        }

        decimal total = 0m;
        for (int k = 0; k < Institutions; k++)
        {
            naiveInstitution[k] = Math.Round(naiveInstitution[k] * institutionFactorDecimal[k], 4, MidpointRounding.AwayFromZero);
            total += naiveInstitution[k];
        }

        decimal distributable = budget.Yuan - Math.Round(budget.Yuan * 0.05m, 2, MidpointRounding.AwayFromZero);
        decimal pointValue = distributable / total;
        decimal paid = 0m;
        for (int k = 0; k < Institutions; k++)
        {
            paid += Math.Round(naiveInstitution[k] * pointValue, 2, MidpointRounding.AwayFromZero);
        }

        return paid;
    }

    /// <summary>FundMath: the whole scheme-year (case points, institution points, settled points, point value, apportioned payments).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money FundMath_point_payment()
    {
        DrgPayment.Compute(table, budget, null, new DrgCases(caseGroups, caseInstitutions, costs, factors), institutionFactors, default,
            institutionPoints, settledPoints, payments);
        return payments[^1];
    }

    /// <summary>FundMath: the same, also storing every case's points.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money FundMath_point_payment_with_case_points()
    {
        DrgPayment.Compute(table, budget, null, new DrgCases(caseGroups, caseInstitutions, costs, factors), institutionFactors, casePoints,
            institutionPoints, settledPoints, payments);
        return payments[^1];
    }

    /// <summary>FundMath: case and institution points alone, sequential.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public DrgPoints FundMath_case_points_sequential() =>
        DrgCasePoints.Compute(table, new DrgCases(caseGroups, caseInstitutions, costs, factors), default, institutionPoints).Points;

    /// <summary>FundMath: the same in two partitions on the thread pool (bit-identical; allocates per call, not per case).</summary>
    [Benchmark]
    public DrgPoints FundMath_case_points_partitioned_2() =>
        DrgCasePoints.ComputePartitioned(table, caseGroups, caseInstitutions, costs, factors, default, institutionPoints, 2).Points;

    /// <summary>FundMath: the year-end settlement of the 1,000 institutions (结余留用、合理超支分担).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money FundMath_year_end_settlement() =>
        DrgSettlement.Settle(table.Policy, Money.FromYuan(600L * Cases), payments, references, shared, finals).Final;
}
