using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="SurplusRatio"/>: currentSurplus and income; outcome derived; rate only when the income is not zero.</summary>
internal sealed class SurplusRatioJsonConverter : ResultJsonConverter<SurplusRatio>
{
    protected override SurplusRatio Read(ResultMembers members)
    {
        Money surplus = members.Required<Money>("currentSurplus");
        Money income = members.Required<Money>("income");
        var ratio = new SurplusRatio(surplus, income);
        members.Derived("outcome", ratio.Outcome);
        if (ratio.TryGetRate(out Rate rate))
        {
            members.Derived("rate", rate);
        }
        else
        {
            members.Absent("rate", "a surplus ratio of zero income has no rate");
        }

        return ratio;
    }

    protected override void Write(ResultWriter writer, SurplusRatio value)
    {
        writer.Member("currentSurplus", value.CurrentSurplus).Member("income", value.Income).Member("outcome", value.Outcome);
        if (value.TryGetRate(out Rate rate))
        {
            writer.Member("rate", rate);
        }
    }
}
