namespace FundMath.Drg;

/// <summary>How a case was pointed — 病例类型: at its group's base points, or re-pointed as an outlier.</summary>
public enum DrgCaseKind
{
    /// <summary>正常倍率病例: the cost lies within the outlier thresholds; the case gets its group's base points.</summary>
    Normal,

    /// <summary>高倍率病例: the cost is above the group average × the high ratio; points are raised by the excess cost.</summary>
    HighOutlier,

    /// <summary>低倍率病例: the cost is below the group average × the low ratio; points follow the cost.</summary>
    LowOutlier,
}
