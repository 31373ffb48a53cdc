using System.Text.Json;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="ParameterEntry"/>: effectiveFrom, value (null for a scale), brackets (empty for a single
/// value), citation, note and location (null when built in code), read through the constructor of its kind: a single
/// value needs a value and no brackets, a scale needs brackets and a null value — never one defaulted from the other.
/// The same members, written and read by <see cref="WriteMembers"/> and <see cref="ReadMembers"/>, also sit inside
/// another object (a benefit plan's parameter: name and unit, then the entry's members).
/// </summary>
internal sealed class ParameterEntryJsonConverter : ResultJsonConverter<ParameterEntry>
{
    protected override ParameterEntry Read(ResultMembers members) => ReadMembers(members);

    protected override void Write(ResultWriter writer, ParameterEntry value) => WriteMembers(writer, value);

    /// <summary>Reads an entry's members (location last) from <paramref name="members"/>, which may hold others too (the caller checks that all were read).</summary>
    internal static ParameterEntry ReadMembers(ResultMembers members)
    {
        LocalDate effectiveFrom = members.Required<LocalDate>("effectiveFrom");
        ParameterValue? value = members.RequiredOrNull<ParameterValue?>("value");
        ScaleBracket[] brackets = members.RequiredItems<ScaleBracket>("brackets");
        Citation citation = members.Required<Citation>("citation");
        string? note = members.RequiredOrNull<string>("note");
        SourceLocation location = ReadLocation(members);
        if (brackets.Length == 0 && value is null)
        {
            throw new JsonException($"{members.Path}: value is null and brackets is empty; a single-value entry needs a value, a scale entry at least one bracket.");
        }

        if (brackets.Length > 0 && value is not null)
        {
            throw new JsonException($"{members.Path}: the entry has both a value and brackets (value {value}, {brackets.Length} bracket(s)); a scale entry's value must be null.");
        }

        return value is { } single
            ? members.Create(() => new ParameterEntry(effectiveFrom, single, citation, note, location))
            : members.Create(() => new ParameterEntry(effectiveFrom, brackets, citation, note, location));
    }

    /// <summary>Writes an entry's members: effectiveFrom, value, brackets, citation, note, location.</summary>
    internal static void WriteMembers(ResultWriter writer, ParameterEntry value)
    {
        writer.Member("effectiveFrom", value.EffectiveFrom)
            .Member("value", value.IsScale ? null : (ParameterValue?)value.Value)
            .Member("brackets", value.IsScale ? [.. value.Brackets] : System.Array.Empty<ScaleBracket>())
            .Member("citation", value.Citation)
            .Member("note", value.Note);
        WriteLocation(writer, value.Location);
    }

    /// <summary>Writes a source location, or null for the default one (built in code).</summary>
    internal static void WriteLocation(ResultWriter writer, SourceLocation location) =>
        writer.Member("location", location.Source is null ? null : (SourceLocation?)location);

    /// <summary>Reads the required, nullable location (null is the default one: built in code).</summary>
    internal static SourceLocation ReadLocation(ResultMembers members) =>
        members.RequiredOrNull<SourceLocation?>("location") ?? default;
}
