using System.Linq;
using FundMath.Benefits;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitPlans"/>: parameterSetName, span, plans (each a <see cref="BenefitPlan"/>) and gaps
/// (scheme, window and the reason no plan covers it). Reading checks what reading plans from a set leaves: every plan of
/// the named set and of one rounding, by scheme then date, and each scheme's plans and gaps following each other day
/// by day over the span.
/// </summary>
internal sealed class BenefitPlansJsonConverter : ResultJsonConverter<BenefitPlans>
{
    protected override BenefitPlans Read(ResultMembers members)
    {
        string name = members.Required<string>("parameterSetName");
        PolicyWindow span = members.Required<PolicyWindow>("span");
        BenefitPlan[] plans = members.Required<BenefitPlan[]>("plans");
        var gaps = members.NestedItems("gaps", g => (g.Required<BenefitScheme>("scheme"), g.Required<PolicyWindow>("window"), g.Required<string>("reason")));
        return members.Create(() => BenefitPlans.Restore(name, span, plans, gaps));
    }

    protected override void Write(ResultWriter writer, BenefitPlans value) =>
        writer.Member("parameterSetName", value.ParameterSetName).Member("span", value.Span).Member("plans", value.Plans.ToArray())
            .Array("gaps", value.Gaps, static (w, g) => w.Member("scheme", g.Scheme).Member("window", g.Window).Member("reason", g.Reason));
}
