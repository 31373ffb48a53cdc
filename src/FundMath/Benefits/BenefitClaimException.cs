using System;

namespace FundMath.Benefits;

/// <summary>
/// A claim (or a reversal) that cannot be settled — 结算单错误 — with the claim, the field, the value and the rule
/// it breaks, e.g. "claim 17: outOfScope = 1,200.00元 exceeds total = 1,000.00元; rule: 0 ≤ 政策范围外费用 ≤ 医疗费用总额".
/// Thrown before anything is applied: the accumulators are unchanged.
/// </summary>
public sealed class BenefitClaimException : ArgumentException
{
    private readonly string text;

    /// <summary>Creates the exception.</summary>
    /// <param name="claimId">The claim.</param>
    /// <param name="field">The field at fault, e.g. "outOfScope".</param>
    /// <param name="value">The offending value as text.</param>
    /// <param name="rule">The rule it breaks.</param>
    public BenefitClaimException(long claimId, string field, string value, string rule)
        : base(Compose(claimId, field, value, rule), field)
    {
        text = Compose(claimId, field, value, rule);
        ClaimId = claimId;
        Field = field;
        Value = value;
        Rule = rule;
    }

    private static string Compose(long claimId, string field, string value, string rule)
    {
        Preconditions.CheckNotNull(field, nameof(field));
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckNotNull(rule, nameof(rule));
        return $"claim {claimId}: {field} = {value}; rule: {rule}";
    }

    /// <summary>"claim N: field = value; rule: …" (without the parameter-name suffix of <see cref="ArgumentException"/>).</summary>
    public override string Message => text;

    /// <summary>The claim at fault.</summary>
    public long ClaimId { get; }

    /// <summary>The field at fault (total, outOfScope, classB, kind, level, status, group, date, scheme, personId, claimId).</summary>
    public string Field { get; }

    /// <summary>The offending value as text.</summary>
    public string Value { get; }

    /// <summary>The rule the value breaks.</summary>
    public string Rule { get; }
}
