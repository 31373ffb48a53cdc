using System;
using BenchmarkDotNet.Attributes;
using FundMath.Contributions;

namespace FundMath.Benchmarks;

/// <summary>
/// Premium base + contributions for a payroll of 1,000,000 persons: the fused batch (0 bytes allocated), the two
/// staged batches, the scalar API called per person (the batch must never be slower), the partitioned form, and a
/// naive decimal baseline (Math.Clamp on decimal yuan, decimal multiply, Math.Round per person). Divide the mean by
/// 1,000,000 for ns/person. The side-by-side harness (benchmarks/run.sh) runs the same workload with numpy and
/// memory-copy references.
/// </summary>
[MemoryDiagnoser]
public class ContributionBenchmarks
{
    private Money[] wages = [];
    private decimal[] wagesYuan = [];
    private Money[] bases = [];
    private Money[] employer = [];
    private Money[] individual = [];
    private decimal[] basesYuan = [];
    private PremiumBasePolicy band;
    private EmployeeRates rates;

    /// <summary>Persons in the payroll.</summary>
    [Params(1_000, 1_000_000)]
    public int Persons { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20211231);
        wages = new Money[Persons];
        wagesYuan = new decimal[Persons];
        for (int i = 0; i < Persons; i++)
        {
            long fen = random.NextInt64(100_000, 3_000_000);
            wages[i] = Money.FromFen(fen);
            wagesYuan[i] = fen / 100m;
        }

        bases = new Money[Persons];
        employer = new Money[Persons];
        individual = new Money[Persons];
        basesYuan = new decimal[Persons];
        band = new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300));
        rates = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
    }

    [Benchmark(Baseline = true)]
    public decimal NaiveDecimal()
    {
        decimal floor = 5054m * 0.6m, cap = 5054m * 3m, total = 0m;
        for (int i = 0; i < wagesYuan.Length; i++)
        {
            decimal b = Math.Clamp(wagesYuan[i], floor, cap);
            basesYuan[i] = b;
            total += Math.Round(b * 0.087m, 2, MidpointRounding.AwayFromZero) + Math.Round(b * 0.02m, 2, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money BasesThenContributions()
    {
        PremiumBase.Compute(wages, band, bases);
        ContributionTotals t = EmployeeContribution.ForMonth(bases, rates, MidpointRounding.AwayFromZero, employer, individual);
        return t.Total;
    }

    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money EmployerWageTotal() => PremiumBase.EmployerWageTotal(wages, band);

    /// <summary>Premium bases and contributions in one fused pass.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money ForPayroll() => EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, bases, employer, individual).Total;

    /// <summary>The partitioned form on 2 threads (allocates its fork-join state, under 1 KB per call).</summary>
    [Benchmark]
    public Money ForPayrollTwoPartitions() => EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, bases, employer, individual, 2).Total;

    /// <summary>The scalar API per person: the batch must not be slower than this.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money ScalarApiPerPerson()
    {
        long total = 0;
        for (int i = 0; i < wages.Length; i++)
        {
            Money b = PremiumBase.Compute(wages[i], band).Base;
            EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(b, rates, MidpointRounding.AwayFromZero);
            bases[i] = b;
            employer[i] = c.Employer;
            individual[i] = c.Individual;
            total += c.Total.Fen;
        }

        return Money.FromFen(total);
    }
}
