namespace FundMath.Analysis;

/// <summary>The band a months-of-cover figure falls in — 可支付月数分段.</summary>
public enum CoverBand
{
    /// <summary>Below the warning threshold (default: fewer than 3 months, "低于3个月").</summary>
    Warning,

    /// <summary>Between the thresholds, both included (default: 3–9 months).</summary>
    Middle,

    /// <summary>Above the upper threshold (default: more than 9 months, "高于9个月").</summary>
    High,

    /// <summary>No band: there is no expenditure to divide by.</summary>
    NotApplicable,
}
