namespace FundMath.Pooling;

/// <summary>
/// The result of the city's annual target-responsibility assessment of a county government — 考核结果. Only the
/// distinction 优良 (excellent or good) versus below it matters to deficit sharing: "县（市、区）政府考核未达到优良的，
/// 市级对年度基金缺口分担比例在原基础上降低5个百分点" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)8(3)).
/// </summary>
public enum CountyAssessment
{
    /// <summary>优良: the county's assessment is excellent or good; no adjustment (the default).</summary>
    GoodOrBetter,

    /// <summary>未达到优良: below good; the city-level (collected fund) share of its deficit is lowered.</summary>
    BelowGood,
}
