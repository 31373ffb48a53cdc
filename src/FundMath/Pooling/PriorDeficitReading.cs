namespace FundMath.Pooling;

/// <summary>
/// How the words "市级归集基金分担比例在原基础上减少5%" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)8(3))
/// are read — 减少5%的两种理解. The document writes "减少5%", not "降低5个百分点" as in the next sentence, so the cut of
/// the collected fund's share for a county that ran a current deficit the year before is ambiguous.
/// </summary>
/// <remarks>
/// With the 30% share and the 5% reduction: <see cref="PercentagePoints"/> gives 30% − 5pp = 25%;
/// <see cref="ShareOfShare"/> gives 30% × (1 − 5%) = 28.5%. The figure 5% itself is the dated parameter
/// <c>pooling.deficit.prior_deficit_reduction</c>; the reading is an interpretation, chosen per
/// <see cref="PoolingPolicy"/> (default <see cref="PercentagePoints"/>).
/// </remarks>
public enum PriorDeficitReading
{
    /// <summary>减少5个百分点: the share falls by the figure as percentage points (30% → 25%). The default.</summary>
    PercentagePoints,

    /// <summary>减少原比例的5%: the share falls by the figure as a proportion of itself (30% → 28.5%).</summary>
    ShareOfShare,
}
