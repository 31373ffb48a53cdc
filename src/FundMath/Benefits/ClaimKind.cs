namespace FundMath.Benefits;

/// <summary>
/// What a claim pays for — 就医类型: 住院 (an admission), 普通门诊 under 门诊统筹, or 门诊慢特病 (chronic and special
/// diseases treated as outpatients). Each kind has its own deductible, ratios and (for the outpatient kinds) annual cap.
/// </summary>
public enum ClaimKind : byte
{
    /// <summary>住院: one admission; parameters <c>benefits.&lt;scheme&gt;.inpatient.*</c>.</summary>
    Inpatient = 0,

    /// <summary>门诊统筹 (普通门诊): an outpatient visit under outpatient pooling; parameters <c>…outpatient.*</c>.</summary>
    Outpatient = 1,

    /// <summary>门诊慢特病: an outpatient visit for a registered chronic or special disease; parameters <c>…chronic.*</c>.</summary>
    ChronicOutpatient = 2,
}
