using System.Collections.Generic;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// The resident scheme's position at the end of the base year — 城乡居民医保基期情况: the fund balance, the base
/// year's benefit expenditure and the cohorts. Income each year is Σ cohort × (individual contribution + fiscal
/// subsidy), the standards read from the dated parameters (<c>resident.individual_contribution</c>,
/// <c>resident.fiscal_subsidy</c>) and extrapolated by a named rule after the last known year.
/// </summary>
/// <remarks>
/// Per-capita benefits: <c>c_k = Benefits × w_k / Σ_j (w_j × n_j)</c> for cohort k with weight w_k and count n_k,
/// so the cohorts reproduce the base year's benefits exactly.
/// </remarks>
public sealed record ResidentStart
{
    /// <summary>期末累计结余: the resident fund's balance at the end of the base year.</summary>
    public required Money Balance { get; init; }

    /// <summary>基金支出: the base year's benefit expenditure, split over the cohorts by their weights.</summary>
    public required Money Benefits { get; init; }

    /// <summary>The cohorts (names unique).</summary>
    public required IReadOnlyList<ResidentCohortStart> Cohorts { get; init; }

    /// <summary>
    /// Years between the notice that sets an individual contribution and the year it is collected in: 1 when the
    /// premium collected in year N is year N−1's standard (the 2021 report collected 280 元, the 2020 standard), 0
    /// when it is year N's own. 0 or 1.
    /// </summary>
    public int IndividualContributionLag { get; init; }
}
