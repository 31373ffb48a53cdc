using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FundMath.Citations;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;

namespace FundMath.Benchmarks;

/// <summary>
/// A whole-city municipal-pooling settlement (市级统筹, resident fund 2023: year-start top-up, transition fills and
/// surpluses, the collected fund consumed pro rata, the 1% caps) over a city of 100 counties and a synthetic batch of
/// 10,000: FundMath's exact span settlement (0 B) against a naive decimal implementation (LINQ sums, a dictionary by
/// name, shares rounded per party with the remainder left to the county).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Pooling")]
public class PoolingBenchmarks
{
    private PoolingPolicy policy = null!;
    private PoolingYear year;
    private PoolingCounty[] counties = [];
    private CountySettlement[] results = [];

    /// <summary>Number of counties: a city (100) and a large synthetic batch (10,000).</summary>
    [Params(100, 10_000)]
    public int Counties { get; set; }

    /// <summary>Deterministic pseudo-random counties (illustrative figures): two thirds in deficit, a fifth below 优良.</summary>
    [GlobalSetup]
    public void Setup()
    {
        policy = PoolingPolicy.FromParameters(LishuiLikeRules(), new LocalDate(2023, 1, 1));
        var rng = new Random(2023);
        counties = new PoolingCounty[Counties];
        long expenditure = 0;
        for (int i = 0; i < Counties; i++)
        {
            bool deficit = rng.Next(3) > 0;
            long amount = rng.NextInt64(0, 8_000_000_000);
            long spend = rng.NextInt64(1_000_000_000, 100_000_000_000);
            expenditure += spend;
            counties[i] = new PoolingCounty($"县{i:D5}")
            {
                PreviousYearExpenditure = Money.FromFen(spend),
                AccumulatedBalance = Money.FromFen(rng.NextInt64(0, 50_000_000_000)),
                PreviousYearInsured = Headcount.FromPersons(rng.Next(10_000, 900_000)),
                PooledFinancing = Money.FromFen(rng.NextInt64(1_000_000_000, 100_000_000_000)),
                Deficit = deficit ? Money.FromFen(amount) : Money.Zero,
                Surplus = deficit ? Money.Zero : Money.FromFen(amount),
                PriorYearDeficit = rng.Next(4) == 0,
                Assessment = rng.Next(5) == 0 ? CountyAssessment.BelowGood : CountyAssessment.GoodOrBetter,
                Subsidy2021 = Money.FromYuan(rng.Next(650, 700)),
                Insured = Headcount.FromPersons(rng.Next(10_000, 900_000)),
            };
        }

        CitySettlement.SortByName(counties);
        year = new PoolingYear(2023, PooledScheme.Resident)
        {
            CollectedFundOpening = Money.FromFen(expenditure / 24), // half a month: a top-up, then a short fund
            UnifiedSubsidyStandard = Money.FromYuan(670),
        };
        results = new CountySettlement[Counties];
    }

    /// <summary>The settlements of the last <see cref="Settle"/> (for the harness's cross-check).</summary>
    internal CountySettlement[] Results => results;

    /// <summary>Naive decimal settlement: per-party rounding, remainders to the county, a dictionary of results by name.</summary>
    [Benchmark(Baseline = true)]
    public decimal Naive_decimal()
    {
        var byName = new Dictionary<string, decimal[]>();
        decimal cityExpenditure = counties.Sum(c => c.PreviousYearExpenditure.Yuan);
        decimal threshold = cityExpenditure / 12m;
        decimal opening = year.CollectedFundOpening.Yuan;
        decimal shortfall = Math.Max(0m, threshold - opening);
        decimal insured = counties.Sum(c => (decimal)c.PreviousYearInsured!.Value.Persons);
        decimal surplusIn = counties.Where(c => c.Surplus.IsPositive).Sum(c => Math.Round(c.Surplus.Yuan * 0.7m, 2));
        decimal available = opening + shortfall + surplusIn;
        var dues = counties.Select(c =>
        {
            decimal fill = c.Subsidy2021!.Value.Yuan > 670m ? Math.Min(c.Deficit.Yuan, (c.Subsidy2021.Value.Yuan - 670m) * c.Insured!.Value.Persons) : 0m;
            decimal share = 0.30m - (c.PriorYearDeficit ? 0.05m : 0m) - (c.Assessment == CountyAssessment.BelowGood ? 0.05m : 0m);
            return Math.Round((c.Deficit.Yuan - fill) * share, 2);
        }).ToList();
        decimal totalDue = dues.Sum();
        decimal ratio = totalDue <= available || totalDue == 0 ? 1m : available / totalDue;
        decimal closing = available;
        for (int i = 0; i < counties.Length; i++)
        {
            PoolingCounty c = counties[i];
            decimal topUp = Math.Round(shortfall * c.PreviousYearInsured!.Value.Persons / insured, 2);
            decimal paid = Math.Round(dues[i] * ratio, 2);
            decimal unpaid = dues[i] - paid;
            decimal city = Math.Min(Math.Round(unpaid * (c.PriorYearDeficit ? 0.10m : 0.20m), 2), Math.Round(c.PooledFinancing.Yuan * 0.01m, 2));
            byName[c.Name] = [topUp, paid, unpaid, city, unpaid - city];
            closing -= paid;
        }

        return closing + byName.Count;
    }

    /// <summary>FundMath: <see cref="CitySettlement.Settle"/> into a preallocated span (0 B).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public long Settle() => CitySettlement.Settle(policy, year, counties, results).Closing.Fen;

    // The Lishui ratios (samples/parameters/lishui.yaml, 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8),
    // built in code so the benchmark reads no file.
    private static ParameterSet LishuiLikeRules()
    {
        var cite = new Citation("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）", clause: "四(二)7–8");
        var from2022 = new LocalDate(2022, 1, 1);
        Parameter P(string name, ParameterUnit unit, ParameterValue value, LocalDate from) => new(name, unit, [new ParameterEntry(from, value, cite)], name);
        Parameter R(string name, decimal percent) => P(name, ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(percent)), from2022);
        Parameter M(string name, int months, LocalDate from) => P(name, ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(months)), from);
        Parameter C(string name, long count) => P(name, ParameterUnit.Count, ParameterValue.FromCount(count), from2022);
        return ParameterSet.Create("lishui-like",
        [
            C(PoolingParameters.UpwardTransferYear.Name, 2022),
            M(PoolingParameters.EmployeeTransferMonths.Name, 3, from2022),
            M(PoolingParameters.ResidentTransferMonths.Name, 1, from2022),
            M(PoolingParameters.EmployeeTopUpMonths.Name, 3, new LocalDate(2023, 1, 1)),
            M(PoolingParameters.ResidentTopUpMonths.Name, 1, new LocalDate(2023, 1, 1)),
            R(PoolingParameters.CollectedFundShare.Name, 30), R(PoolingParameters.CountyShare.Name, 70),
            R(PoolingParameters.CityTreasuryShare.Name, 20), R(PoolingParameters.CountyTreasuryShare.Name, 80),
            R(PoolingParameters.CityTreasuryCap.Name, 1), R(PoolingParameters.PriorDeficitReduction.Name, 5),
            R(PoolingParameters.PriorDeficitCityTreasuryFactor.Name, 50),
            P(PoolingParameters.AssessmentReduction.Name, ParameterUnit.PercentagePoints, ParameterValue.FromPoints(PercentagePoints.FromPoints(5)), from2022),
            C(PoolingParameters.TransitionFirstYear.Name, 2022), C(PoolingParameters.TransitionYears.Name, 3),
            R(PoolingParameters.TransitionCountyKeepShare.Name, 30), R(PoolingParameters.TransitionCollectedShare.Name, 70),
        ]);
    }
}
