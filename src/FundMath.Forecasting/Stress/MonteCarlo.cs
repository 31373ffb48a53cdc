using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using FundMath.Forecasting.Projection;
using FundMath.Funds;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace FundMath.Forecasting.Stress;

/// <summary>
/// Monte Carlo stress test of projections — 压力测试 (蒙特卡洛模拟): each path draws, every year, a shock to
/// contribution-base growth and to per-capita cost growth (MathNet <c>Normal</c>) and a utilisation multiplier
/// (MathNet <c>LogNormal</c>, mean 1), and runs the same year-step formulas as <see cref="Projector"/> for every
/// region. Deterministic for a seed: path i's generator is seeded from (seed, i) alone and writes only its own
/// slots of preallocated buffers, so a parallel run equals a sequential one bit for bit. A path allocates nothing.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Stress-tests one region.</summary>
    /// <exception cref="ForecastInputException">Bad settings (paths, shock sizes).</exception>
    public static StressResult Run(ProjectionModel model, StressAssumptions stress)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Run([model], stress);
    }

    /// <summary>
    /// Stress-tests several regions together (shocks common to all): the bands are of the funds summed over the
    /// regions. Every model must share the base year and the horizon.
    /// </summary>
    /// <exception cref="ForecastInputException">No regions, mixed base years or horizons, or bad settings.</exception>
    public static StressResult Run(IReadOnlyList<ProjectionModel> regions, StressAssumptions stress)
    {
        ForecastChecks.NotNull(regions, "regions");
        ForecastChecks.NotNull(stress, "stress");
        if (regions.Count == 0)
        {
            ForecastChecks.Throw("regions", "none", "is empty: a stress test needs at least one region");
        }

        ProjectionModel first = regions[0];
        for (int r = 1; r < regions.Count; r++)
        {
            if (regions[r].Start.BaseYear != first.Start.BaseYear || regions[r].Horizon != first.Horizon)
            {
                ForecastChecks.Throw("regions", $"{regions[r].Start.Region} {regions[r].Start.BaseYear}+{regions[r].Horizon}", $"differs from {first.Start.Region} {first.Start.BaseYear}+{first.Horizon}: every region of a run needs the same base year and horizon");
            }
        }

        if (stress.Paths < 1 || stress.Paths > ForecastChecks.MaxPaths)
        {
            ForecastChecks.Throw("stress.paths", stress.Paths.ToString(CultureInfo.InvariantCulture), $"is outside 1–{ForecastChecks.MaxPaths:N0}");
        }

        ForecastChecks.InRange("stress.contributionBaseGrowthSd", stress.ContributionBaseGrowthSd, 0, 0.1, "the allowed standard deviation");
        ForecastChecks.InRange("stress.costGrowthSd", stress.CostGrowthSd, 0, 0.1, "the allowed standard deviation");
        ForecastChecks.InRange("stress.utilisationSd", stress.UtilisationSd, 0, 0.5, "the allowed σ");

        var plan = new Plan(regions, stress);
        if (stress.Parallel)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = stress.MaxDegreeOfParallelism };
            Parallel.For(0, stress.Paths, options, () => new Worker(plan), (path, _, worker) =>
            {
                Simulate(plan, worker, path);
                return worker;
            }, static _ => { });
        }
        else
        {
            var worker = new Worker(plan);
            for (int path = 0; path < stress.Paths; path++)
            {
                Simulate(plan, worker, path);
            }
        }

        MidpointRounding mode = first.Rounding;
        FundStress? pooled = plan.HasEmployees ? Summarise(FundKind.EmployeePooledFund, plan, plan.PooledBalance, plan.PooledExpenditure, plan.PooledExhaustion, mode) : null;
        FundStress? resident = plan.HasResidents ? Summarise(FundKind.ResidentBasic, plan, plan.ResidentBalance, plan.ResidentExpenditure, plan.ResidentExhaustion, mode) : null;
        return new StressResult(stress, regions.Count, first.FirstYear, first.Horizon, pooled, resident, plan.PooledBalance, plan.ResidentBalance, plan.PooledExhaustion, plan.ResidentExhaustion);
    }

    /// <summary>One path: reseed, reset every region, step every year, write the sums into the path's own slots.</summary>
    internal static void Simulate(Plan plan, Worker w, int path)
    {
        w.Random.Reseed(plan.Seed, path);
        int regions = plan.Models.Length;
        for (int r = 0; r < regions; r++)
        {
            ProjectionModel m = plan.Models[r];
            w.Employees[r] = m.EmployeeInitial;
            m.ResidentCounts.CopyTo(w.Counts.AsSpan(plan.CohortOffset[r]));
            m.ResidentCosts.CopyTo(w.Costs.AsSpan(plan.CohortOffset[r]));
            w.ResidentBalances[r] = m.ResidentBalance;
        }

        int h = plan.Horizon;
        int row = path * h;
        int pooledExhausted = 0, residentExhausted = 0;
        double muU = -0.5 * plan.UtilisationSd * plan.UtilisationSd;
        for (int t = 1; t <= h; t++)
        {
            double baseShock = Normal.Sample(w.Random, 0.0, plan.BaseSd);
            double costShock = Normal.Sample(w.Random, 0.0, plan.CostSd);
            double u = LogNormal.Sample(w.Random, muU, plan.UtilisationSd);
            double pooled = 0, pooledSpent = 0, resident = 0, residentSpent = 0;
            for (int r = 0; r < regions; r++)
            {
                ProjectionModel m = plan.Models[r];
                if (m.Start.Employee is not null)
                {
                    ref EmployeeState s = ref w.Employees[r];
                    ProjectionKernel.StepEmployee(ref s, m.EmployeeParameters, baseShock, costShock, u, out EmployeeFlows f);
                    s.Pooled += f.PooledPremiums + f.PooledInterest - f.Benefits - f.Credits;
                    s.Account += f.AccountPremiums + f.AccountInterest + f.Credits - f.AccountSpending;
                    pooled += s.Pooled;
                    pooledSpent += f.Benefits + f.Credits;
                }

                int k = plan.CohortCount[r];
                if (k > 0)
                {
                    int o = plan.CohortOffset[r];
                    double opening = w.ResidentBalances[r];
                    ProjectionKernel.StepResident(w.Counts.AsSpan(o, k), w.Costs.AsSpan(o, k), m.ResidentGrowth, m.ResidentCostGrowthRates, m.IndividualYuan[t], m.SubsidyYuan[t],
                        m.Assumptions.InterestRate, opening, m.Assumptions.Utilisation * u, costShock, out ResidentFlows rf);
                    double closing = opening + rf.Individual + rf.Subsidy + rf.Interest - rf.Benefits;
                    w.ResidentBalances[r] = closing;
                    resident += closing;
                    residentSpent += rf.Benefits;
                }
            }

            int year = plan.FirstYear + t - 1;
            int i = row + t - 1;
            plan.PooledBalance[i] = pooled;
            plan.PooledExpenditure[i] = pooledSpent;
            plan.ResidentBalance[i] = resident;
            plan.ResidentExpenditure[i] = residentSpent;
            if (pooledExhausted == 0 && plan.HasEmployees && pooled < 0)
            {
                pooledExhausted = year;
            }

            if (residentExhausted == 0 && plan.HasResidents && resident < 0)
            {
                residentExhausted = year;
            }
        }

        plan.PooledExhaustion[path] = pooledExhausted;
        plan.ResidentExhaustion[path] = residentExhausted;
    }

    private static FundStress Summarise(FundKind kind, Plan plan, double[] balance, double[] spent, int[] exhaustion, MidpointRounding mode)
    {
        int n = plan.Paths;
        int h = plan.Horizon;
        var scratch = new double[n];
        var months = new double[n];
        var bands = new PercentileBand[h];
        var cover = new MonthsBand[h];
        for (int t = 0; t < h; t++)
        {
            for (int p = 0; p < n; p++)
            {
                double b = balance[(p * h) + t];
                double e = spent[(p * h) + t];
                scratch[p] = b;
                months[p] = e > 0 ? b * 12.0 / e : (b >= 0 ? double.PositiveInfinity : double.NegativeInfinity);
            }

            Array.Sort(scratch);
            Array.Sort(months);
            int year = plan.FirstYear + t;
            bands[t] = new PercentileBand(year,
                ForecastMoney.FromYuan(Quantile(scratch, 0.05), mode, kind.ChineseName + " P5"),
                ForecastMoney.FromYuan(Quantile(scratch, 0.50), mode, kind.ChineseName + " P50"),
                ForecastMoney.FromYuan(Quantile(scratch, 0.95), mode, kind.ChineseName + " P95"));
            cover[t] = new MonthsBand(year, Quantile(months, 0.05), Quantile(months, 0.50), Quantile(months, 0.95));
        }

        int exhausted = 0;
        for (int p = 0; p < n; p++)
        {
            scratch[p] = exhaustion[p] == 0 ? double.PositiveInfinity : exhaustion[p];
            exhausted += exhaustion[p] == 0 ? 0 : 1;
        }

        Array.Sort(scratch);
        var years = new ExhaustionPercentiles(Year(Quantile(scratch, 0.05)), Year(Quantile(scratch, 0.50)), Year(Quantile(scratch, 0.95)), (double)exhausted / n);
        return new FundStress(kind, bands, cover, years);
    }

    /// <summary>The empirical inverse CDF (MathNet QuantileDefinition.R1): always one of the simulated values, never an interpolation.</summary>
    private static double Quantile(double[] sorted, double tau) => SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R1);

    private static int? Year(double q) => double.IsPositiveInfinity(q) ? null : (int)q;

    /// <summary>What every path shares: the models, the cohort layout and the preallocated result buffers.</summary>
    internal sealed class Plan
    {
        public Plan(IReadOnlyList<ProjectionModel> regions, StressAssumptions stress)
        {
            Models = new ProjectionModel[regions.Count];
            CohortOffset = new int[regions.Count];
            CohortCount = new int[regions.Count];
            int offset = 0;
            for (int r = 0; r < regions.Count; r++)
            {
                Models[r] = regions[r];
                CohortOffset[r] = offset;
                CohortCount[r] = regions[r].ResidentCounts.Length;
                offset += CohortCount[r];
                HasEmployees |= regions[r].Start.Employee is not null;
                HasResidents |= regions[r].Start.Resident is not null;
            }

            Cohorts = offset;
            Paths = stress.Paths;
            Horizon = regions[0].Horizon;
            FirstYear = regions[0].FirstYear;
            Seed = stress.Seed;
            BaseSd = stress.ContributionBaseGrowthSd;
            CostSd = stress.CostGrowthSd;
            UtilisationSd = stress.UtilisationSd;
            int cells = checked(Paths * Horizon);
            PooledBalance = new double[cells];
            PooledExpenditure = new double[cells];
            ResidentBalance = new double[cells];
            ResidentExpenditure = new double[cells];
            PooledExhaustion = new int[Paths];
            ResidentExhaustion = new int[Paths];
        }

        public ProjectionModel[] Models { get; }

        public int[] CohortOffset { get; }

        public int[] CohortCount { get; }

        public int Cohorts { get; }

        public bool HasEmployees { get; }

        public bool HasResidents { get; }

        public int Paths { get; }

        public int Horizon { get; }

        public int FirstYear { get; }

        public long Seed { get; }

        public double BaseSd { get; }

        public double CostSd { get; }

        public double UtilisationSd { get; }

        public double[] PooledBalance { get; }

        public double[] PooledExpenditure { get; }

        public double[] ResidentBalance { get; }

        public double[] ResidentExpenditure { get; }

        public int[] PooledExhaustion { get; }

        public int[] ResidentExhaustion { get; }
    }

    /// <summary>A worker's scratch state, allocated once per worker thread and reused for every path it runs.</summary>
    internal sealed class Worker
    {
        public Worker(Plan plan)
        {
            Random = new PathRandom(plan.Seed, 0);
            Employees = new EmployeeState[plan.Models.Length];
            ResidentBalances = new double[plan.Models.Length];
            Counts = new double[plan.Cohorts];
            Costs = new double[plan.Cohorts];
        }

        public PathRandom Random { get; }

        public EmployeeState[] Employees { get; }

        public double[] ResidentBalances { get; }

        public double[] Counts { get; }

        public double[] Costs { get; }
    }
}
