using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ReliefWindow"/>: window, normalRate, reliefRate and citation (null for none), read through the validating constructor.</summary>
internal sealed class ReliefWindowJsonConverter : ResultJsonConverter<ReliefWindow>
{
    protected override ReliefWindow Read(ResultMembers members)
    {
        PolicyWindow window = members.Required<PolicyWindow>("window");
        Rate normal = members.Required<Rate>("normalRate");
        Rate relief = members.Required<Rate>("reliefRate");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        return members.Create(() => new ReliefWindow(window, normal, relief, citation));
    }

    protected override void Write(ResultWriter writer, ReliefWindow value)
    {
        writer.Member("window", value.Window).Member("normalRate", value.NormalRate).Member("reliefRate", value.ReliefRate).Member("citation", value.Citation);
    }
}
