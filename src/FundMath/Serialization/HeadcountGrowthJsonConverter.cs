using FundMath.Ratios;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="HeadcountGrowth"/>: current and previous; change and outcome derived; rate only when the base is not zero.</summary>
internal sealed class HeadcountGrowthJsonConverter : ResultJsonConverter<HeadcountGrowth>
{
    protected override HeadcountGrowth Read(ResultMembers members)
    {
        Headcount current = members.Required<Headcount>("current");
        Headcount previous = members.Required<Headcount>("previous");
        var growth = new HeadcountGrowth(current, previous);
        members.Derived("change", growth.Change);
        members.Derived("outcome", growth.Outcome);
        if (growth.TryGetRate(out Rate rate))
        {
            members.Derived("rate", rate);
        }
        else
        {
            members.Absent("rate", "a growth from a zero base has no rate");
        }

        return growth;
    }

    protected override void Write(ResultWriter writer, HeadcountGrowth value)
    {
        writer.Member("current", value.Current).Member("previous", value.Previous).Member("change", value.Change).Member("outcome", value.Outcome);
        if (value.TryGetRate(out Rate rate))
        {
            writer.Member("rate", rate);
        }
    }
}
