using System.Collections.Generic;
using FundMath.Funds;

namespace FundMath.Forecasting.Stress;

/// <summary>
/// The stress result of one fund kind summed over the regions of a run — 单一基金压力测试结果: percentile bands of
/// the closing balance and of months of cover per year, and percentiles of the exhaustion year.
/// </summary>
public sealed class FundStress
{
    internal FundStress(FundKind kind, PercentileBand[] balance, MonthsBand[] months, ExhaustionPercentiles exhaustion)
    {
        Kind = kind;
        Balance = balance;
        Months = months;
        Exhaustion = exhaustion;
    }

    /// <summary>统筹基金 or 城乡居民医保.</summary>
    public FundKind Kind { get; }

    /// <summary>P5/P50/P95 of the closing balance, one row per projected year.</summary>
    public IReadOnlyList<PercentileBand> Balance { get; }

    /// <summary>P5/P50/P95 of months of cover (closing balance / (expenditure / 12)), one row per year.</summary>
    public IReadOnlyList<MonthsBand> Months { get; }

    /// <summary>Percentiles of the exhaustion year.</summary>
    public ExhaustionPercentiles Exhaustion { get; }
}
