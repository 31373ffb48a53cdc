namespace FundMath.Drg;

/// <summary>
/// The insurance scheme whose point payment is computed — 险种. Points and point values are computed for each
/// scheme separately: "全市按险种统一计算点数和点值" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(一)4).
/// A case of one scheme never changes another scheme's point value.
/// </summary>
public enum DrgScheme
{
    /// <summary>职工基本医疗保险 (employee basic medical insurance, 职工医保).</summary>
    Employee,

    /// <summary>城乡居民基本医疗保险 (urban and rural resident basic medical insurance, 居民医保).</summary>
    Resident,
}
