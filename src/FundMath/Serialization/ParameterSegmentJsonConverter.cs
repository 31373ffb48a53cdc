using FundMath.Policies;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ParameterSegment"/>: its window and the entry in force over it, read through the constructor (an entry is required).</summary>
internal sealed class ParameterSegmentJsonConverter : ResultJsonConverter<ParameterSegment>
{
    protected override ParameterSegment Read(ResultMembers members)
    {
        PolicyWindow window = members.Required<PolicyWindow>("window");
        ParameterEntry entry = members.Required<ParameterEntry>("entry");
        return members.Create(() => new ParameterSegment(window, entry));
    }

    protected override void Write(ResultWriter writer, ParameterSegment value)
    {
        if (value.Window.IsDefault || value.Entry is null)
        {
            throw new System.Text.Json.JsonException("default(ParameterSegment) has no window or entry and cannot be written; segments come from Parameter.Over or ParameterSet.Over.");
        }

        writer.Member("window", value.Window).Member("entry", value.Entry);
    }
}
