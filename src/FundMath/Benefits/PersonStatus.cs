namespace FundMath.Benefits;

/// <summary>
/// The insured person's status for coinsurance — 人员类别: 在职 and 退休 under the employee scheme, 居民 under the
/// resident scheme. A status that does not belong to the claim's scheme is an error, never a default.
/// </summary>
public enum PersonStatus : byte
{
    /// <summary>在职职工 (employee in service); bracket suffix <c>in_service</c>.</summary>
    InService = 0,

    /// <summary>退休人员 (retired employee); bracket suffix <c>retired</c>.</summary>
    Retired = 1,

    /// <summary>城乡居民 (resident-scheme insured person); bracket suffix <c>resident</c>.</summary>
    Resident = 2,
}
