using NodaTime;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="PolicyWindow"/>: start and end dates (inclusive), read through the validating constructor.</summary>
internal sealed class PolicyWindowJsonConverter : ResultJsonConverter<PolicyWindow>
{
    protected override PolicyWindow Read(ResultMembers members)
    {
        LocalDate start = members.Required<LocalDate>("start");
        LocalDate end = members.Required<LocalDate>("end");
        return members.Create(() => new PolicyWindow(start, end));
    }

    protected override void Write(ResultWriter writer, PolicyWindow value)
    {
        writer.Member("start", value.Start).Member("end", value.End);
    }
}
