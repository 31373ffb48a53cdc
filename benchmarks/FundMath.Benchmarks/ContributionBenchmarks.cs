using System;
using BenchmarkDotNet.Attributes;
using FundMath.Contributions;

namespace FundMath.Benchmarks;

/// <summary>
/// Premium base + contributions for a payroll of 1,000,000 persons: the span forms (0 bytes allocated) against a
/// naive decimal baseline (Math.Clamp on decimal yuan, decimal multiply, Math.Round per person). Divide the mean by
/// 1,000,000 for ns/person.
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
}
