using System.Collections.Generic;
using FundMath.Benefits;

namespace FundMath.Testing;

/// <summary>A generated benefit plan and one person's claims of a year, in settlement order (from <see cref="BenefitArbitraries.PersonYear"/>).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Claims">The claims, in settlement order.</param>
public sealed record BenefitPersonYearSample(BenefitPlan Plan, IReadOnlyList<BenefitClaim> Claims)
{
    /// <summary>"plan …, n claims".</summary>
    public override string ToString() => $"{Plan}, {Claims.Count} claims: {string.Join("; ", Claims)}";
}
