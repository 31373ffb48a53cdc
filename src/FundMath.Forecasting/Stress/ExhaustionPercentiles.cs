namespace FundMath.Forecasting.Stress;

/// <summary>
/// The exhaustion year (累计结余耗尽) across the stress paths — 耗尽年份分位数: the 5th, 50th and 95th percentiles
/// (null: later than the horizon or never) and the share of paths exhausted within the horizon. An early percentile
/// is the pessimistic one: P5 is the year by which 5% of paths are exhausted.
/// </summary>
/// <param name="P5">5th percentile year, or null.</param>
/// <param name="P50">Median year, or null.</param>
/// <param name="P95">95th percentile year, or null.</param>
/// <param name="ProbabilityWithinHorizon">Share of paths exhausted by the last projected year (0–1).</param>
public readonly record struct ExhaustionPercentiles(int? P5, int? P50, int? P95, double ProbabilityWithinHorizon);
