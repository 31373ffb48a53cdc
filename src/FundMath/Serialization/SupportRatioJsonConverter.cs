using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="SupportRatio"/>: inService and retired; outcome derived; inServicePerRetiree (an exact fraction) only when there are retirees.</summary>
internal sealed class SupportRatioJsonConverter : ResultJsonConverter<SupportRatio>
{
    protected override SupportRatio Read(ResultMembers members)
    {
        Headcount inService = members.Required<Headcount>("inService");
        Headcount retired = members.Required<Headcount>("retired");
        var ratio = new SupportRatio(inService, retired);
        members.Derived("outcome", ratio.Outcome);
        if (ratio.TryGetValue(out Fraction perRetiree))
        {
            members.Derived("inServicePerRetiree", perRetiree);
        }
        else
        {
            members.Absent("inServicePerRetiree", "with no retirees the ratio is not meaningful");
        }

        return ratio;
    }

    protected override void Write(ResultWriter writer, SupportRatio value)
    {
        writer.Member("inService", value.InService).Member("retired", value.Retired).Member("outcome", value.Outcome);
        if (value.TryGetValue(out Fraction perRetiree))
        {
            writer.Member("inServicePerRetiree", perRetiree);
        }
    }
}
