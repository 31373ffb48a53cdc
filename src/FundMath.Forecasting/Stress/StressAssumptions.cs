namespace FundMath.Forecasting.Stress;

/// <summary>
/// What a Monte Carlo stress test varies and how — 压力测试设定: yearly shocks to contribution-base growth and to
/// per-capita cost growth (normal, mean 0), a yearly utilisation multiplier (log-normal, mean 1), drawn with
/// MathNet.Numerics distributions from a generator seeded by (<see cref="Seed"/>, path index). Shocks are common to
/// every region of a run (macro shocks); growth shocks persist in the level, the utilisation shock lasts a year.
/// </summary>
public sealed record StressAssumptions
{
    /// <summary>Number of simulated paths (1–1,000,000).</summary>
    public int Paths { get; init; } = 1000;

    /// <summary>The seed: the same seed gives the same result, bit for bit, sequential or parallel.</summary>
    public long Seed { get; init; } = 20211231;

    /// <summary>Standard deviation of the yearly shock to contribution-base growth (0.01 = 1 percentage point; 0–0.1).</summary>
    public double ContributionBaseGrowthSd { get; init; } = 0.01;

    /// <summary>Standard deviation of the yearly shock to per-capita cost growth, every cohort (0–0.1).</summary>
    public double CostGrowthSd { get; init; } = 0.01;

    /// <summary>σ of the log-normal utilisation multiplier (mean 1; 0.03 ≈ 3% either way; 0–0.5).</summary>
    public double UtilisationSd { get; init; } = 0.03;

    /// <summary>Run paths on several threads (the result does not depend on it).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>The most threads to use when <see cref="Parallel"/> (−1 = as many as the runtime likes).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
