using FundMath.Ratios;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="MoneyGrowth"/>: current and previous; change and outcome derived; rate only when the base is not zero (a zero-base growth is written without one).</summary>
internal sealed class MoneyGrowthJsonConverter : ResultJsonConverter<MoneyGrowth>
{
    protected override MoneyGrowth Read(ResultMembers members)
    {
        Money current = members.Required<Money>("current");
        Money previous = members.Required<Money>("previous");
        var growth = new MoneyGrowth(current, previous);
        members.Derived("change", growth.Change);
        members.Derived("outcome", growth.Outcome);
        if (growth.HasRate)
        {
            members.Derived("rate", growth.Rate);
        }
        else
        {
            members.Absent("rate", "a growth from a zero base has no rate");
        }

        return growth;
    }

    protected override void Write(ResultWriter writer, MoneyGrowth value)
    {
        writer.Member("current", value.Current).Member("previous", value.Previous).Member("change", value.Change).Member("outcome", value.Outcome);
        if (value.HasRate)
        {
            writer.Member("rate", value.Rate);
        }
    }
}
