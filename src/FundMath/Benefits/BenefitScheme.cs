namespace FundMath.Benefits;

/// <summary>
/// The basic medical-insurance scheme a claim is settled under — 险种: 职工基本医疗保险 or 城乡居民基本医疗保险.
/// Each scheme has its own benefit plan (parameters <c>benefits.employee.*</c> and <c>benefits.resident.*</c>).
/// </summary>
public enum BenefitScheme : byte
{
    /// <summary>职工基本医疗保险 (employee scheme); parameter prefix <c>benefits.employee</c>.</summary>
    Employee = 0,

    /// <summary>城乡居民基本医疗保险 (resident scheme); parameter prefix <c>benefits.resident</c>.</summary>
    Resident = 1,
}
