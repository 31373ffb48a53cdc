using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Stress;
using FundMath.Forecasting.Tests.Support;
using FundMath.Testing.Forecasting;

namespace FundMath.Forecasting.Tests.Stress;

public class MonteCarloTests
{
    private static readonly StressAssumptions Settings = new() { Paths = 400, Seed = 42, ContributionBaseGrowthSd = 0.01, CostGrowthSd = 0.015, UtilisationSd = 0.03 };

    [Fact]
    public void Same_seed_gives_the_same_result_bit_for_bit()
    {
        ProjectionModel m = Zhuzhou2021.Model();
        StressResult a = MonteCarlo.Run(m, Settings), b = MonteCarlo.Run(m, Settings);
        Assert.Equal(a.PooledBalancePaths, b.PooledBalancePaths);
        Assert.Equal(a.ResidentBalancePaths, b.ResidentBalancePaths);
        Assert.Equal(a.ResidentExhaustionYears, b.ResidentExhaustionYears);
        Assert.Equal(a.Resident!.Balance, b.Resident!.Balance);
        Assert.NotEqual(a.PooledBalancePaths, MonteCarlo.Run(m, Settings with { Seed = 43 }).PooledBalancePaths);
    }

    [FundMathProperty]
    public Property Sequential_equals_parallel(ProjectionCase c) =>
        Prop.ForAll(Gen.Choose(1, 60).ToArbitrary(), ArbMap.Default.ArbFor<long>(), (paths, seed) =>
        {
            ProjectionModel m = ProjectionModel.Create(c.Start, c.Assumptions, c.Horizon);
            StressAssumptions s = Settings with { Paths = paths, Seed = seed };
            StressResult sequential = MonteCarlo.Run(m, s with { Parallel = false });
            StressResult parallel = MonteCarlo.Run(m, s with { Parallel = true, MaxDegreeOfParallelism = 4 });
            return sequential.PooledBalancePaths.SequenceEqual(parallel.PooledBalancePaths)
                && sequential.ResidentBalancePaths.SequenceEqual(parallel.ResidentBalancePaths)
                && sequential.PooledExhaustionYears.SequenceEqual(parallel.PooledExhaustionYears)
                && sequential.ResidentExhaustionYears.SequenceEqual(parallel.ResidentExhaustionYears);
        });

    [Fact]
    public void Without_shocks_every_path_is_the_deterministic_projection()
    {
        // σ = 0: every path runs the same year-step formulas as Projector, in floating point instead of rounding each
        // flow to the fen; they agree to within 1 元 a year (rounding of ~6 flows a year, carried forward).
        ProjectionModel m = Zhuzhou2021.Model();
        StressResult s = MonteCarlo.Run(m, new StressAssumptions { Paths = 3, ContributionBaseGrowthSd = 0, CostGrowthSd = 0, UtilisationSd = 0 });
        ProjectionResult p = Projector.Run(m);
        for (int t = 0; t < m.Horizon; t++)
        {
            Assert.InRange((s.Resident!.Balance[t].P50 - p.Resident!.Years[t].Closing).Abs(), Money.Zero, Money.FromYuan(t + 1));
            Assert.InRange((s.EmployeePooled!.Balance[t].P5 - p.EmployeePooled!.Years[t].Closing).Abs(), Money.Zero, Money.FromYuan(t + 1));
        }

        Assert.Equal(p.Resident!.Exhaustion.Year, s.Resident!.Exhaustion.P50);
        Assert.Equal(1.0, s.Resident.Exhaustion.ProbabilityWithinHorizon);
    }

    [Fact]
    public void Percentiles_are_ordered_and_shocks_widen_the_band()
    {
        StressResult s = MonteCarlo.Run(Zhuzhou2021.Model(), Settings);
        foreach (FundStress f in s.Funds)
        {
            Assert.All(f.Balance, b => Assert.True(b.P5 <= b.P50 && b.P50 <= b.P95));
            Assert.All(f.Months, b => Assert.True(b.P5 <= b.P50 && b.P50 <= b.P95));
            Assert.True(f.Balance[^1].P95 - f.Balance[^1].P5 > f.Balance[0].P95 - f.Balance[0].P5);
        }

        ExhaustionPercentiles e = s.Resident!.Exhaustion;
        Assert.True(e.P5 <= e.P50 && (e.P95 is null || e.P50 <= e.P95));
    }

    [Fact]
    public void A_path_allocates_nothing()
    {
        // The plan (result buffers) and one worker are allocated up front; simulating paths then allocates 0 bytes,
        // whatever the number of paths.
        ProjectionModel m = Zhuzhou2021.Model();
        var plan = new MonteCarlo.Plan([m, m], Settings with { Paths = 2000 });
        var worker = new MonteCarlo.Worker(plan);
        long bytes = Allocations.Measure(() =>
        {
            for (int path = 0; path < plan.Paths; path++)
            {
                MonteCarlo.Simulate(plan, worker, path);
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        ProjectionModel m = Zhuzhou2021.Model();
        Assert.Equal("stress.paths: 0 is outside 1–1,000,000", Assert.Throws<ForecastInputException>(() => MonteCarlo.Run(m, Settings with { Paths = 0 })).Message);
        Assert.Equal("stress.costGrowthSd: NaN is not a finite number (NaN and Infinity are refused)", Assert.Throws<ForecastInputException>(() => MonteCarlo.Run(m, Settings with { CostGrowthSd = double.NaN })).Message);
        ProjectionModel other = Zhuzhou2021.Model(5);
        Assert.Contains("every region of a run needs the same base year and horizon", Assert.Throws<ForecastInputException>(() => MonteCarlo.Run([m, other], Settings)).Message, StringComparison.Ordinal);
    }
}
