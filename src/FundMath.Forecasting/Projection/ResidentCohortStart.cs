namespace FundMath.Forecasting.Projection;

/// <summary>
/// One resident cohort at the end of the base year — 居民参保人群: its name (the key assumptions refer to), its
/// headcount and its per-capita benefit cost relative to the other cohorts.
/// </summary>
/// <param name="Name">The cohort's name, e.g. "adults", "aged-60-plus", "students-children", "college".</param>
/// <param name="Count">参保人数 of the cohort.</param>
/// <param name="CostWeight">Per-capita benefit cost relative to the other cohorts (1 = average); the weights split the base year's benefits.</param>
public sealed record ResidentCohortStart(string Name, Headcount Count, double CostWeight);
