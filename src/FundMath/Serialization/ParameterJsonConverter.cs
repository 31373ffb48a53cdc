using System.Text.Json;
using FundMath.Data;
using FundMath.Policies;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="Parameter"/>: name, unit, description, minimum and maximum (exact fractions, null when
/// unbounded), entries in date order and location, read through the constructor (dates strictly ascending, one kind of
/// entry, every value of the unit and within the bounds). A null bound is accepted only where the unit has none by
/// default; null is never read as the default bound.
/// </summary>
internal sealed class ParameterJsonConverter : ResultJsonConverter<Parameter>
{
    protected override Parameter Read(ResultMembers members)
    {
        string name = members.Required<string>("name");
        ParameterUnit unit = members.Required<ParameterUnit>("unit");
        string? description = members.RequiredOrNull<string>("description");
        Fraction? minimum = Bound(members, "minimum", unit, Parameter.DefaultMinimum(unit));
        Fraction? maximum = Bound(members, "maximum", unit, Parameter.DefaultMaximum(unit));
        ParameterEntry[] entries = members.RequiredItems<ParameterEntry>("entries");
        SourceLocation location = ParameterEntryJsonConverter.ReadLocation(members);
        return members.Create(() => new Parameter(name, unit, entries, description, minimum, maximum, location));
    }

    protected override void Write(ResultWriter writer, Parameter value)
    {
        writer.Member("name", value.Name).Member("unit", value.Unit).Member("description", value.Description)
            .Member("minimum", value.Minimum).Member("maximum", value.Maximum)
            .Member("entries", (ParameterEntry[])[.. value.Entries]);
        ParameterEntryJsonConverter.WriteLocation(writer, value.Location);
    }

    private static Fraction? Bound(ResultMembers members, string member, ParameterUnit unit, Fraction? unitDefault)
    {
        Fraction? bound = members.RequiredOrNull<Fraction?>(member);
        if (bound is null && unitDefault is { } d)
        {
            throw new JsonException($"{members.Path}.{member} is null, but a {unit.FileName()} parameter is never unbounded there (its default {member} is {d}); write the bound.");
        }

        return bound;
    }
}
