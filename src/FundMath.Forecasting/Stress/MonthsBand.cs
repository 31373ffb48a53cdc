namespace FundMath.Forecasting.Stress;

/// <summary>The 5th, 50th and 95th percentiles of a year's months of cover across the stress paths — 可支付月数分位数 (floating point estimates).</summary>
/// <param name="Year">The year.</param>
/// <param name="P5">5th percentile (months).</param>
/// <param name="P50">Median (months).</param>
/// <param name="P95">95th percentile (months).</param>
public readonly record struct MonthsBand(int Year, double P5, double P50, double P95);
