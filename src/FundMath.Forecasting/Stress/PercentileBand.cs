namespace FundMath.Forecasting.Stress;

/// <summary>The 5th, 50th and 95th percentiles of a year's balance across the stress paths — 分位数区间 (Money, rounded with the model's mode).</summary>
/// <param name="Year">The year.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct PercentileBand(int Year, Money P5, Money P50, Money P95);
