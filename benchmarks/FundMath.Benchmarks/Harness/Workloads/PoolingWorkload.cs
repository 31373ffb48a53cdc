using System.Collections.Generic;
using FundMath.Pooling;

namespace FundMath.Benchmarks.Harness.Workloads;

/// <summary>
/// Workload (e): municipal-pooling settlement of a city's counties (市级统筹, resident fund 2023) — year-start top-up
/// apportioned by headcount, transition fills, the collected fund consumed pro rata, the 1% city-treasury caps — on the
/// input of <see cref="PoolingBenchmarks"/>: FundMath's span settlement against the naive decimal implementation.
/// </summary>
internal sealed class PoolingWorkload : IWorkload
{
    private const string FundMathName = "FundMath `CitySettlement.Settle`";
    private const string DecimalName = "naive decimal";

    private readonly PoolingBenchmarks pooling = new();
    private long closing;
    private List<Variant>? variants;

    public string Id => "pooling";

    public string Title => "Municipal-pooling settlement of a city (市级统筹), per county";

    public string Unit => "county";

    public int Order => 50;

    public string? PeerScript => null;

    public int Size(bool quick) => quick ? 10_000 : 100_000;

    public int RunsPerSample(bool quick) => quick ? 3 : 5;

    public int Samples(bool quick) => quick ? 5 : 15;

    public IReadOnlyList<Target> Targets =>
    [
        new("decimal ÷ FundMath", DecimalName, FundMathName, 1, AtMost: false),
    ];

    public IReadOnlyList<Extrapolation> Extrapolations => [];

    public string Notes =>
        "Input (fixed seed, illustrative): counties with previous-year expenditure 1,000万–10亿元, two thirds in deficit " +
        "(0–8,000万元), a quarter with a prior-year deficit, a fifth assessed below 优良; the collected fund opens at half a " +
        "month of the city's expenditure, so there is a year-start top-up and the fund runs short. Ratios follow the Lishui " +
        "plan (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8). *FundMath*: every county's settlement " +
        "exact to the fen (shares apportioned so they sum to the totals) into a preallocated span. *naive decimal*: the same " +
        "rules with LINQ sums, a dictionary by county name and shares rounded per party with the remainder left to the " +
        "county — its figures drift from the totals by design, so it is timed but not compared (no digest).";

    public IReadOnlyList<Variant> Variants => variants ??=
    [
        new(FundMathName, "FundMath", "`CitySettlement.Settle` into a preallocated span", Settle, DigestSettlement),
        new(DecimalName, "baseline", "decimal, Math.Round per party, LINQ and a dictionary", Naive, null),
    ];

    public void Setup(int size)
    {
        pooling.Counties = size;
        pooling.Setup();
    }

    public void WritePeerInputs(string directory)
    {
    }

    private void Settle() => closing = pooling.Settle();

    private void Naive() => pooling.Naive_decimal();

    private Digest DigestSettlement()
    {
        CountySettlement[] results = pooling.Results;
        var paid = new long[results.Length];
        var cityDue = new long[results.Length];
        long totalPaid = 0;
        for (int i = 0; i < results.Length; i++)
        {
            paid[i] = results[i].CollectedFundPaid.Fen;
            cityDue[i] = results[i].CityTreasuryDue.Fen;
            totalPaid += paid[i];
        }

        return new Digest().Add("closing", closing).Add("collected_paid", totalPaid).AddArray("paid", paid).AddArray("city_treasury_due", cityDue);
    }
}
