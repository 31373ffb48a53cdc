using System.Collections.Generic;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A named set of assumptions about the years ahead — 预测假设 (one 情景, scenario): growth of the contribution
/// base and of per-capita costs by cohort, cohort flows (joiners, leavers, retirements, deaths), interest,
/// utilisation and how the funding standards continue. Rates are proportions a year (0.05 = 5%). Estimates, so
/// floating point; every money figure a projection outputs is rounded explicitly.
/// </summary>
public sealed record ProjectionAssumptions
{
    /// <summary>The scenario's name, e.g. "baseline".</summary>
    public string Name { get; init; } = "baseline";

    /// <summary>A sentence saying what the scenario assumes.</summary>
    public string? Description { get; init; }

    /// <summary>缴费基数增长率: yearly growth of the average contribution base.</summary>
    public double ContributionBaseGrowth { get; init; }

    /// <summary>在职新增率: employees joining, as a share of those in service at the start of the year.</summary>
    public double InServiceJoinRate { get; init; }

    /// <summary>在职减少率: employees leaving the scheme other than by retirement, as a share of those in service.</summary>
    public double InServiceLeaveRate { get; init; }

    /// <summary>退休率: employees retiring each year, as a share of those in service (moves them to the retired cohort).</summary>
    public double RetirementRate { get; init; }

    /// <summary>退休人员减少率: retirees leaving (deaths), as a share of retirees.</summary>
    public double RetireeMortality { get; init; }

    /// <summary>在职人均待遇增长率: yearly growth of the pooled benefit cost per employee in service.</summary>
    public double InServiceCostGrowth { get; init; }

    /// <summary>退休人均待遇增长率: yearly growth of the pooled benefit cost per retiree.</summary>
    public double RetiredCostGrowth { get; init; }

    /// <summary>居民人均待遇增长率: yearly growth of the benefit cost per resident (every cohort without its own rate).</summary>
    public double ResidentCostGrowth { get; init; }

    /// <summary>Per-cohort overrides of <see cref="ResidentCostGrowth"/>, keyed by cohort name.</summary>
    public IReadOnlyDictionary<string, double> ResidentCohortCostGrowth { get; init; } = new Dictionary<string, double>();

    /// <summary>居民人群净增减率: net yearly growth (joiners − leavers) of each resident cohort, keyed by cohort name (0 when absent).</summary>
    public IReadOnlyDictionary<string, double> ResidentCohortGrowth { get; init; } = new Dictionary<string, double>();

    /// <summary>个人账户支用率: the share of what is in the personal accounts (opening balance + the year's credits) spent in the year.</summary>
    public double PersonalAccountDrawdown { get; init; }

    /// <summary>利息率: yearly interest on a positive opening balance (a negative balance earns none).</summary>
    public double InterestRate { get; init; }

    /// <summary>就医利用系数: a multiplier on every benefit cost (1 = as calibrated); the stress test varies it.</summary>
    public double Utilisation { get; init; } = 1.0;

    /// <summary>How the resident fiscal subsidy standard continues after the parameters' last year.</summary>
    public ExtrapolationRule SubsidyExtrapolation { get; init; } = ExtrapolationRule.LastIncrement;

    /// <summary>How the resident individual contribution standard continues after the parameters' last year.</summary>
    public ExtrapolationRule IndividualExtrapolation { get; init; } = ExtrapolationRule.HoldLastValue;
}
