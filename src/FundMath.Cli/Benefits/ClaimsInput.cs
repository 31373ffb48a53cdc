using System.Collections.Generic;
using FundMath.Benefits;
using FundMath.Policies;

namespace FundMath.Cli.Benefits;

/// <summary>What <c>settle</c> read: the claim rows in order and the parameter set with the benefit plans.</summary>
/// <param name="Rows">Claim and reversal rows in file order.</param>
/// <param name="Parameters">The parameter set (a region's file layered over the national defaults).</param>
/// <param name="ParametersSource">Where the parameter set came from (for the report).</param>
internal sealed record ClaimsInput(IReadOnlyList<BenefitClaimEntry> Rows, ParameterSet Parameters, string ParametersSource);
