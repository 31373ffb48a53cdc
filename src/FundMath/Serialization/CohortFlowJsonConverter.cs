using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CohortFlow"/>: opening, joiners and leavers, read through <see cref="CohortFlow.Create"/>; closing and netChange derived.</summary>
internal sealed class CohortFlowJsonConverter : ResultJsonConverter<CohortFlow>
{
    protected override CohortFlow Read(ResultMembers members)
    {
        Headcount opening = members.Required<Headcount>("opening");
        Headcount joiners = members.Required<Headcount>("joiners");
        Headcount leavers = members.Required<Headcount>("leavers");
        CohortFlow flow = members.Create(() => CohortFlow.Create(opening, joiners, leavers));
        members.Derived("closing", flow.Closing);
        members.Derived("netChange", flow.NetChange);
        return flow;
    }

    protected override void Write(ResultWriter writer, CohortFlow value)
    {
        writer.Member("opening", value.Opening).Member("joiners", value.Joiners).Member("leavers", value.Leavers).Member("closing", value.Closing).Member("netChange", value.NetChange);
    }
}
