using System;
using System.Linq;
using System.Text.Json;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// The members of a policy parameter inside a result that keeps the parameters it was read from (a benefit plan's
/// entries, a DRG policy's parameter set): an entry is effectiveFrom, value (null for a scale), brackets (empty for a
/// single value), citation, note and location (null when built in code); a parameter is name, unit, description,
/// minimum, maximum, entries and location; a set is name, layers and parameters. Reading goes through the public
/// constructors (<see cref="ParameterEntry"/>, <see cref="Parameter"/>), so their rules — ascending dates, values of
/// the parameter's unit and domain, a citation — hold for what is read.
/// </summary>
internal static class ParameterJson
{
    /// <summary>Writes the members of one entry.</summary>
    public static ResultWriter WriteEntry(ResultWriter writer, ParameterEntry entry) =>
        writer.Member("effectiveFrom", entry.EffectiveFrom)
            .Member("value", entry.IsScale ? (ParameterValue?)null : entry.Value)
            .Member("brackets", entry.Brackets.ToArray())
            .Member("citation", entry.Citation)
            .Member("note", entry.Note);

    /// <summary>Writes a location, null when there is none (a value built in code).</summary>
    public static ResultWriter WriteLocation(ResultWriter writer, SourceLocation location) =>
        writer.Member("location", location.Source is null ? (SourceLocation?)null : location);

    /// <summary>Reads a location written by <see cref="WriteLocation"/>.</summary>
    public static SourceLocation ReadLocation(ResultMembers members) => members.RequiredOrNull<SourceLocation?>("location") ?? default;

    /// <summary>Reads one entry (and its location); exactly one of value and brackets holds the value.</summary>
    public static ParameterEntry ReadEntry(ResultMembers members)
    {
        LocalDate from = members.Required<LocalDate>("effectiveFrom");
        ParameterValue? value = members.RequiredOrNull<ParameterValue?>("value");
        ScaleBracket[] brackets = members.Required<ScaleBracket[]>("brackets");
        Citation citation = members.Required<Citation>("citation");
        string? note = members.RequiredOrNull<string>("note");
        SourceLocation location = ReadLocation(members);
        if (value is null == (brackets.Length == 0))
        {
            throw new JsonException(value is null
                ? $"{members.Path}: the entry has neither a value nor brackets; a single value is 'value' (with 'brackets': []), a scale is 'brackets' (with 'value': null)."
                : $"{members.Path}: the entry has both a value and brackets; a single value is 'value' (with 'brackets': []), a scale is 'brackets' (with 'value': null).");
        }

        return members.Create(() => value is { } v
            ? new ParameterEntry(from, v, citation, note, location)
            : new ParameterEntry(from, brackets, citation, note, location));
    }

    /// <summary>Writes the members of one parameter with its whole history.</summary>
    public static void WriteParameter(ResultWriter writer, Parameter parameter)
    {
        writer.Member("name", parameter.Name).Member("unit", parameter.Unit).Member("description", parameter.Description)
            .Member("minimum", parameter.Minimum).Member("maximum", parameter.Maximum)
            .Array("entries", parameter.Entries, static (w, e) => WriteLocation(WriteEntry(w, e), e.Location));
        WriteLocation(writer, parameter.Location);
    }

    /// <summary>Reads one parameter through its constructor.</summary>
    public static Parameter ReadParameter(ResultMembers members)
    {
        string name = members.Required<string>("name");
        ParameterUnit unit = members.Required<ParameterUnit>("unit");
        string? description = members.RequiredOrNull<string>("description");
        Fraction? minimum = members.RequiredOrNull<Fraction?>("minimum");
        Fraction? maximum = members.RequiredOrNull<Fraction?>("maximum");
        SourceLocation location = ReadLocation(members);
        ParameterEntry[] entries = [.. members.NestedArray("entries").Select(ReadAll(ReadEntry))];
        Parameter parameter = members.Create(() => new Parameter(name, unit, entries, description, minimum, maximum, location));
        if (parameter.Minimum != minimum || parameter.Maximum != maximum)
        {
            throw new JsonException($"{members.Path}: minimum {Show(minimum)} and maximum {Show(maximum)} of {name} are not its bounds: a {unit} parameter without its own bounds has {Show(parameter.Minimum)} and {Show(parameter.Maximum)}.");
        }

        return parameter;
    }

    /// <summary>Writes the members of a parameter set: name, layers and every parameter in name order.</summary>
    public static void WriteSet(ResultWriter writer, ParameterSet set) =>
        writer.Member("name", set.Name).Member("layers", set.Layers.ToArray()).Array("parameters", set.Parameters, WriteParameter);

    /// <summary>Reads a parameter set (its layers as written; a name twice is an error).</summary>
    public static ParameterSet ReadSet(ResultMembers members)
    {
        string name = members.Required<string>("name");
        string[] layers = members.Required<string[]>("layers");
        Parameter[] parameters = [.. members.NestedArray("parameters").Select(ReadAll(ReadParameter))];
        if (layers.Length == 0 || layers.Any(string.IsNullOrWhiteSpace) || string.IsNullOrWhiteSpace(name))
        {
            throw new JsonException($"{members.Path}: a parameter set needs a name and at least one named layer.");
        }

        return members.Create(() => ParameterSet.Restore(name, parameters, layers));
    }

    /// <summary>Reads a nested object with <paramref name="read"/> and then rejects any member it did not read.</summary>
    public static Func<ResultMembers, T> ReadAll<T>(Func<ResultMembers, T> read) => members =>
    {
        T value = read(members);
        members.EnsureAllRead();
        return value;
    };

    private static string Show(Fraction? bound) => bound?.ToString() ?? "null";
}
