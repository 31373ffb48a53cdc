using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Stress;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace FundMath.Benchmarks;

/// <summary>
/// Monte Carlo stress of 100 regions × 10 years on one core (Parallel = false): FundMath's engine (per-path reseeded
/// generator, preallocated buffers, one kernel) against a naive version that allocates a MathNet generator and
/// per-path lists, as a first implementation would. Paths are a parameter: 10,000 is the workload.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Forecast")]
public class ForecastBenchmarks
{
    private const int Regions = 100;
    private ProjectionModel[] models = [];
    private MonteCarlo.Plan? plan;
    private MonteCarlo.Worker? worker;

    /// <summary>Simulated paths.</summary>
    [Params(1_000, 10_000)]
    public int Paths { get; set; }

    /// <summary>100 regions: the same shape, balances and headcounts varied deterministically.</summary>
    [GlobalSetup]
    public void Setup()
    {
        models = new ProjectionModel[Regions];
        for (int r = 0; r < Regions; r++)
        {
            models[r] = ProjectionModel.Create(Region(r), Assumptions, 10);
        }

        plan = new MonteCarlo.Plan(models, Settings);
        worker = new MonteCarlo.Worker(plan);
    }

    private StressAssumptions Settings => new() { Paths = Paths, Seed = 2021, Parallel = false };

    /// <summary>The whole run on one core: paths × 10 years × 100 regions, then the percentiles.</summary>
    [Benchmark]
    public double MonteCarloOneCore() => MonteCarlo.Run(models, Settings).Resident!.Balance[^1].P50.Fen;

    /// <summary>The same workload written naively: a MathNet generator and lists per path, per-region dictionaries.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveOneCore()
    {
        var finals = new List<double>();
        for (int path = 0; path < Paths; path++)
        {
            var random = new Xoshiro256StarStar((int)(2021 + path));
            var balances = new List<double>();
            var state = new Dictionary<int, double[]>();
            for (int r = 0; r < Regions; r++)
            {
                state[r] = [454_800 + r, 272_600, 5054, 900, 4185, 2.389e9, 1_000_000 + r, 800, 2.273e9];
            }

            for (int t = 1; t <= 10; t++)
            {
                double b = Normal.Sample(random, 0, 0.01), c = Normal.Sample(random, 0, 0.01), u = LogNormal.Sample(random, -0.00045, 0.03);
                double total = 0;
                foreach (KeyValuePair<int, double[]> kv in state)
                {
                    double[] s = kv.Value;
                    double n0 = s[0];
                    s[0] = n0 * 0.98;
                    s[1] = (s[1] * 0.98) + (0.04 * n0);
                    s[2] *= 1.06 + b;
                    s[3] *= 1.05 + c;
                    s[4] *= 1.06 + c;
                    s[5] += (0.08 * s[2] * 12 * s[0]) + (0.015 * Math.Max(s[5], 0)) - (((s[3] * s[0]) + (s[4] * s[1])) * u);
                    s[6] *= 1.0;
                    s[7] *= 1.07 + c;
                    s[8] += (s[6] * 930) + (0.015 * Math.Max(s[8], 0)) - (s[6] * s[7] * u);
                    total += s[5] + s[8];
                }

                balances.Add(total);
            }

            finals.Add(balances[^1]);
        }

        finals.Sort();
        return finals[finals.Count / 2];
    }

    /// <summary>100 paths through the preallocated plan and worker: the per-path work allocates nothing.</summary>
    [Benchmark]
    [BenchmarkCategory(Program.ZeroAllocCategory)]
    public int HundredPathsNoAllocation()
    {
        for (int path = 0; path < 100; path++)
        {
            MonteCarlo.Simulate(plan!, worker!, path);
        }

        return plan!.ResidentExhaustion[0];
    }

    /// <summary>The deterministic projection of 100 regions × 10 years, every flow rounded to Money.</summary>
    [Benchmark]
    public long Deterministic100Regions()
    {
        long sum = 0;
        foreach (ProjectionModel m in models)
        {
            sum += Projector.Run(m).Resident!.FinalBalance.Fen;
        }

        return sum;
    }

    private static readonly ProjectionAssumptions Assumptions = new()
    {
        ContributionBaseGrowth = 0.06,
        InServiceJoinRate = 0.03,
        InServiceLeaveRate = 0.01,
        RetirementRate = 0.04,
        RetireeMortality = 0.02,
        InServiceCostGrowth = 0.05,
        RetiredCostGrowth = 0.06,
        ResidentCostGrowth = 0.07,
        PersonalAccountDrawdown = 0.3,
        InterestRate = 0.015,
    };

    private static ProjectionStart Region(int r) => new()
    {
        Region = "region-" + r,
        BaseYear = 2021,
        Employee = new EmployeeStart
        {
            PooledBalance = Money.FromYuan(2_389_000_000L + (r * 1_000_000L)),
            PersonalAccountBalance = Money.FromYuan(2_524_000_000L),
            InService = Headcount.FromPersons(454_800 + (r * 100)),
            Retired = Headcount.FromPersons(272_600),
            AverageMonthlyBase = Money.FromYuan(5054),
            EmployerRate = Rate.FromPercent(8.7m),
            IndividualRate = Rate.FromPercent(2m),
            PremiumIncome = Money.FromYuan(2_710_000_000L),
            PooledBenefits = Money.FromYuan(1_550_000_000L),
            RetiredCostWeight = 4.65,
        },
        Resident = new ResidentStart
        {
            Balance = Money.FromYuan(2_273_000_000L),
            Benefits = Money.FromYuan(2_704_000_000L),
            Cohorts =
            [
                new("adults", Headcount.FromPersons(2_269_284 + r), 1.2),
                new("students-children", Headcount.FromPersons(637_103), 0.5),
                new("college", Headcount.FromPersons(113_426), 0.3),
            ],
            IndividualContributionLag = 1,
        },
    };
}
