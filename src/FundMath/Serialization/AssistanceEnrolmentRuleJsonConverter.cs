using System.Text.Json;
using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="AssistanceEnrolmentRule"/>: category, kind, amount, ratio and citation (null for none), read
/// through the factory of its kind (<see cref="AssistanceEnrolmentRule.Full"/>, <see cref="AssistanceEnrolmentRule.Fixed"/>,
/// <see cref="AssistanceEnrolmentRule.OfRatio"/>); the member the kind fixes (a full rule's 0.00 and 100%, a fixed
/// amount's 0%, a ratio's 0.00) must be what the factory gives.
/// </summary>
internal sealed class AssistanceEnrolmentRuleJsonConverter : ResultJsonConverter<AssistanceEnrolmentRule>
{
    protected override AssistanceEnrolmentRule Read(ResultMembers members)
    {
        AssistanceCategory category = members.Required<AssistanceCategory>("category");
        AssistanceKind kind = members.Required<AssistanceKind>("kind");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        AssistanceEnrolmentRule rule = kind switch
        {
            AssistanceKind.Full => members.Create(() => AssistanceEnrolmentRule.Full(category, citation)),
            AssistanceKind.FixedAmount => Fixed(members, category, citation),
            AssistanceKind.Ratio => Ratio(members, category, citation),
            _ => throw new JsonException($"{members.Path}.kind {kind} is not an AssistanceKind."),
        };
        members.Derived("amount", rule.Amount);
        members.Derived("ratio", rule.Ratio);
        return rule;
    }

    protected override void Write(ResultWriter writer, AssistanceEnrolmentRule value) =>
        writer.Member("category", value.Category).Member("kind", value.Kind).Member("amount", value.Amount).Member("ratio", value.Ratio).Member("citation", value.Citation);

    private static AssistanceEnrolmentRule Fixed(ResultMembers members, AssistanceCategory category, Citation? citation)
    {
        Money amount = members.Required<Money>("amount");
        return members.Create(() => AssistanceEnrolmentRule.Fixed(category, amount, citation));
    }

    private static AssistanceEnrolmentRule Ratio(ResultMembers members, AssistanceCategory category, Citation? citation)
    {
        Rate ratio = members.Required<Rate>("ratio");
        return members.Create(() => AssistanceEnrolmentRule.OfRatio(category, ratio, citation));
    }
}
