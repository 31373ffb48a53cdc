using System.Collections.Generic;

namespace FundMath.Forecasting.Stress;

/// <summary>
/// The result of a Monte Carlo stress test — 压力测试结果: the settings, and per fund kind (the employee pooled fund,
/// the resident fund; summed over the regions) the percentile bands. Built by <see cref="MonteCarlo.Run(Projection.ProjectionModel, StressAssumptions)"/>.
/// </summary>
public sealed class StressResult
{
    private readonly double[] pooledBalance;
    private readonly double[] residentBalance;
    private readonly int[] pooledExhaustion;
    private readonly int[] residentExhaustion;

    internal StressResult(StressAssumptions settings, int regions, int firstYear, int horizon, FundStress? pooled, FundStress? resident,
        double[] pooledBalance, double[] residentBalance, int[] pooledExhaustion, int[] residentExhaustion)
    {
        Settings = settings;
        Regions = regions;
        FirstYear = firstYear;
        Horizon = horizon;
        EmployeePooled = pooled;
        Resident = resident;
        this.pooledBalance = pooledBalance;
        this.residentBalance = residentBalance;
        this.pooledExhaustion = pooledExhaustion;
        this.residentExhaustion = residentExhaustion;
    }

    /// <summary>The settings used (paths, seed, shock sizes).</summary>
    public StressAssumptions Settings { get; }

    /// <summary>The number of regions simulated together.</summary>
    public int Regions { get; }

    /// <summary>The first projected year.</summary>
    public int FirstYear { get; }

    /// <summary>Projected years.</summary>
    public int Horizon { get; }

    /// <summary>The employee pooled fund (null when no region has employees).</summary>
    public FundStress? EmployeePooled { get; }

    /// <summary>The resident fund (null when no region has residents).</summary>
    public FundStress? Resident { get; }

    /// <summary>The funds present.</summary>
    public IReadOnlyList<FundStress> Funds => EmployeePooled is null ? (Resident is null ? [] : [Resident]) : (Resident is null ? [EmployeePooled] : [EmployeePooled, Resident]);

    /// <summary>Raw path buffers (path-major: [path × horizon + year index]), for tests of determinism.</summary>
    internal double[] PooledBalancePaths => pooledBalance;

    internal double[] ResidentBalancePaths => residentBalance;

    internal int[] PooledExhaustionYears => pooledExhaustion;

    internal int[] ResidentExhaustionYears => residentExhaustion;
}
