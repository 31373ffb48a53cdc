using FundMath.Policies;

namespace FundMath.Drg;

/// <summary>
/// Typed keys for the DRG/DIP point-payment parameters — 点数法参数. They are city rules, not national ones, so
/// <see cref="ParameterSet.National"/> does not define them: a city's parameter set does (the shipped example is
/// samples/parameters/drg-sample.yaml, whose values are illustrative local conventions). Read them together
/// with <see cref="DrgPolicy.FromParameters"/>.
/// </summary>
public static class DrgParameters
{
    /// <summary>drg.points.decimals (count, 0–6): decimals points are rounded to (基准点数、病例点数保留小数位数).</summary>
    public static readonly ParameterKey<long> PointDecimals = ParameterKeys.Count("drg.points.decimals");

    /// <summary>
    /// drg.outlier.high_ratio (ratio ≥ 100%): a case whose cost is above this multiple of its group's average cost
    /// is a high-cost outlier (高倍率病例), e.g. 200%.
    /// </summary>
    public static readonly ParameterKey<Rate> HighOutlierRatio = ParameterKeys.Ratio("drg.outlier.high_ratio");

    /// <summary>
    /// drg.outlier.low_ratio (rate 0–100%): a case whose cost is below this share of its group's average cost is a
    /// low-cost outlier (低倍率病例), e.g. 50%.
    /// </summary>
    public static readonly ParameterKey<Rate> LowOutlierRatio = ParameterKeys.Rate("drg.outlier.low_ratio");

    /// <summary>drg.reserve_ratio (rate): 预留调节金 as a share of the scheme's annual point-payment budget, e.g. 5%.</summary>
    public static readonly ParameterKey<Rate> ReserveRatio = ParameterKeys.Rate("drg.reserve_ratio");

    /// <summary>drg.settlement.surplus_band (ratio): surplus up to this share of the point payment may be retained (结余留用的范围).</summary>
    public static readonly ParameterKey<Rate> SurplusBand = ParameterKeys.Ratio("drg.settlement.surplus_band");

    /// <summary>drg.settlement.surplus_retention (rate): the share of the surplus within the band the institution keeps (结余留用比例).</summary>
    public static readonly ParameterKey<Rate> SurplusRetention = ParameterKeys.Rate("drg.settlement.surplus_retention");

    /// <summary>drg.settlement.overrun_band (ratio): overrun up to this share of the point payment is shared (合理超支的范围).</summary>
    public static readonly ParameterKey<Rate> OverrunBand = ParameterKeys.Ratio("drg.settlement.overrun_band");

    /// <summary>drg.settlement.overrun_share (rate): the share of the overrun within the band the fund pays (合理超支分担比例).</summary>
    public static readonly ParameterKey<Rate> OverrunShare = ParameterKeys.Rate("drg.settlement.overrun_share");
}
