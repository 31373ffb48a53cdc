namespace FundMath.Pooling;

/// <summary>
/// The scheme whose fund is pooled at city level — 险种. Municipal pooling keeps a separate collected fund
/// (归集基金) per scheme: "分险种建立市级归集基金" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)8).
/// </summary>
public enum PooledScheme
{
    /// <summary>职工医保: employee basic medical insurance (incl. maternity); transfers 3 months, top-up below 3 months.</summary>
    Employee,

    /// <summary>居民医保: resident basic medical insurance; transfers 1 month, top-up below 1 month, three-year transition.</summary>
    Resident,
}
