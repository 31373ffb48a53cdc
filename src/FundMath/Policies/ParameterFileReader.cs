using System;
using System.Collections.Generic;
using FundMath.Citations;
using FundMath.Data;
using NodaTime;

namespace FundMath.Policies;

/// <summary>Reads the parameter document format of docs/policies.md into a <see cref="ParameterSet"/>.</summary>
internal static class ParameterFileReader
{
    internal static ParameterSet Read(DataNode root, ParameterSet? baseSet, string? defaultName)
    {
        root.EnsureOnly("name", "description", "parameters");
        string name = root.Optional("name")?.AsString() ?? defaultName ?? root.Location.Source;
        DataNode defs = root.Required("parameters").ExpectKind(DataNodeKind.Mapping);
        var list = new List<Parameter>(defs.Count);
        foreach (DataMember member in defs.Members)
        {
            list.Add(ReadParameter(member, baseSet?.Find(member.Key), baseSet));
        }

        ParameterSet own = ParameterSet.Create(string.IsNullOrWhiteSpace(name) ? "parameters" : name, list);
        return baseSet is null ? own : baseSet.Layer(own);
    }

    internal static ParameterSet ReadOverrides(DataNode overrides, ParameterSet baseSet, string layerName)
    {
        overrides.ExpectKind(DataNodeKind.Mapping);
        var list = new List<Parameter>(overrides.Count);
        foreach (DataMember m in overrides.Members)
        {
            list.Add(ReadOverride(m, overrides, baseSet, layerName));
        }

        return baseSet.WithOverrides(list, layerName);
    }

    private static Parameter ReadOverride(DataMember m, DataNode overrides, ParameterSet baseSet, string layerName)
    {
        if (m.Value.IsMapping && m.Value.Has("values"))
        {
            return ReadParameter(m, baseSet.Find(m.Key), baseSet);
        }

        Parameter known = baseSet.Find(m.Key)
            ?? throw new DataFormatException(m.KeyLocation, overrides.Path,
                $"unknown parameter '{m.Key}' in parameter set {baseSet.Name} (to define a new one give 'unit' and 'values')");
        DataNode valueNode = m.Value;
        Citation citation = new(layerName, clause: m.KeyLocation.ToString());
        if (valueNode.IsMapping)
        {
            valueNode.EnsureOnly("value", "cite");
            if (valueNode.Optional("cite") is { } cite)
            {
                citation = ReadCitation(cite);
            }

            valueNode = valueNode.Required("value");
        }

        if (known.IsScale)
        {
            throw valueNode.Error($"{m.Key} is a scale: override it with a full definition (values: {{date: {{brackets: …, cite: …}}}})");
        }

        ParameterValue value = ReadValue(valueNode, known.Unit, known.Name, known.Minimum, known.Maximum);
        return new Parameter(known.Name, known.Unit, [new ParameterEntry(LocalDate.MinIsoValue, value, citation, "override", valueNode.Location)],
            known.Description, known.Minimum, known.Maximum, m.KeyLocation);
    }

    internal static bool IsValidName(string name)
    {
        if (name.Length == 0 || name[0] == '.' || name[^1] == '.' || name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    internal static Parameter ReadParameter(DataMember member, Parameter? inherited, ParameterSet? baseSet)
    {
        string pname = member.Key;
        if (!IsValidName(pname))
        {
            throw new DataFormatException(member.KeyLocation, null,
                $"parameter name '{pname}' must be dotted lower-case words (a-z, 0-9, _), e.g. resident.individual_contribution");
        }

        DataNode def = member.Value.ExpectKind(DataNodeKind.Mapping);
        def.EnsureOnly("description", "unit", "min", "max", "values");
        ParameterUnit unit;
        if (def.Optional("unit") is { } unitNode)
        {
            unit = ParameterUnits.Read(unitNode);
            if (inherited is not null && inherited.Unit != unit)
            {
                throw unitNode.Error(
                    $"wrong unit: {pname} is {inherited.Unit.FileName()} in {baseSet!.Name} but {unit.FileName()} here");
            }
        }
        else if (inherited is not null)
        {
            unit = inherited.Unit;
        }
        else
        {
            string where = baseSet is null ? "this file" : $"parameter set {baseSet.Name}";
            throw new DataFormatException(member.KeyLocation, null,
                $"unknown parameter '{pname}': it is not in {where}; declare its unit to define a new parameter");
        }

        string? description = def.Optional("description")?.AsString() ?? inherited?.Description;
        Fraction? min = def.Optional("min") is { } minNode ? ParameterValue.Read(minNode, unit).Exact : inherited?.Minimum ?? Parameter.DefaultMinimum(unit);
        Fraction? max = def.Optional("max") is { } maxNode ? ParameterValue.Read(maxNode, unit).Exact : inherited?.Maximum ?? Parameter.DefaultMaximum(unit);
        if (min is { } lo && max is { } hi && lo.CompareTo(hi) > 0)
        {
            throw def.Error($"min {ParameterValue.FromExact(unit, lo)} exceeds max {ParameterValue.FromExact(unit, hi)}");
        }

        DataNode values = def.Required("values").ExpectKind(DataNodeKind.Mapping);
        if (values.Count == 0)
        {
            throw values.Error("a parameter needs at least one dated value");
        }

        var entries = new List<ParameterEntry>(values.Count);
        bool? scale = null;
        LocalDate previous = default;
        foreach (DataMember dated in values.Members)
        {
            LocalDate from = DataNode.Scalar(dated.Key, DataScalarKind.String, dated.KeyLocation, dated.Value.Path).AsLocalDate();
            if (entries.Count > 0 && from <= previous)
            {
                throw new DataFormatException(dated.KeyLocation, values.Path,
                    $"dates must ascend: {from:uuuu-MM-dd} comes after {previous:uuuu-MM-dd} (each value applies until the next date; overlapping or unordered dates are ambiguous)");
            }

            previous = from;
            ParameterEntry entry = ReadEntry(dated.Value, from, unit, pname, min, max);
            if (scale is { } s && s != entry.IsScale)
            {
                throw dated.Value.Error($"{pname} mixes single values and scales (brackets)");
            }

            scale = entry.IsScale;
            entries.Add(entry);
        }

        return new Parameter(pname, unit, entries, description, min, max, member.KeyLocation);
    }

    private static ParameterEntry ReadEntry(DataNode node, LocalDate from, ParameterUnit unit, string pname, Fraction? min, Fraction? max)
    {
        node.EnsureOnly("value", "brackets", "cite", "note"); // refuses a node that is not a mapping, too
        DataNode? citeNode = node.Optional("cite");
        if (citeNode is null || citeNode.IsNull)
        {
            throw node.Error($"missing citation: every value of {pname} needs 'cite' (a document number such as 医保发〔2021〕32号)");
        }

        Citation citation = ReadCitation(citeNode);
        string? note = node.Optional("note")?.AsString();
        DataNode? valueNode = node.Optional("value");
        DataNode? bracketsNode = node.Optional("brackets");
        if ((valueNode is null) == (bracketsNode is null))
        {
            throw node.Error("give exactly one of 'value' (a single value) or 'brackets' (a scale)");
        }

        if (valueNode is not null)
        {
            return new ParameterEntry(from, ReadValue(valueNode, unit, pname, min, max), citation, note, node.Location);
        }

        DataNode b = bracketsNode!.ExpectKind(DataNodeKind.Mapping);
        if (b.Count == 0)
        {
            throw b.Error("a scale needs at least one bracket");
        }

        var brackets = new List<ScaleBracket>(b.Count);
        foreach (DataMember m in b.Members)
        {
            DataNode v = m.Value;
            string? bracketNote = null;
            if (v.IsMapping)
            {
                v.EnsureOnly("value", "note");
                bracketNote = v.Optional("note")?.AsString();
                v = v.Required("value");
            }

            brackets.Add(new ScaleBracket(m.Key, ReadValue(v, unit, pname, min, max), bracketNote));
        }

        return new ParameterEntry(from, brackets, citation, note, node.Location);
    }

    internal static ParameterValue ReadValue(DataNode node, ParameterUnit unit, string pname, Fraction? min, Fraction? max)
    {
        ParameterValue v;
        try
        {
            v = ParameterValue.Read(node, unit);
        }
        catch (DataFormatException e)
        {
            throw node.Error($"wrong unit or malformed value for {pname} ({unit.FileName()}): {e.Reason}", e);
        }

        if (min is { } lo && v.Exact.CompareTo(lo) < 0)
        {
            throw node.Error($"value out of domain: {v} is below the minimum {ParameterValue.FromExact(unit, lo)} of {pname}");
        }

        if (max is { } hi && v.Exact.CompareTo(hi) > 0)
        {
            throw node.Error($"value out of domain: {v} is above the maximum {ParameterValue.FromExact(unit, hi)} of {pname}");
        }

        return v;
    }

    internal static Citation ReadCitation(DataNode node)
    {
        if (node.IsScalar)
        {
            string text = node.AsString();
            if (string.IsNullOrWhiteSpace(text))
            {
                throw node.Error("the citation is empty");
            }

            return new Citation(text);
        }

        node.EnsureOnly("document", "title", "clause", "url");
        string document = node.Required("document").AsString();
        if (string.IsNullOrWhiteSpace(document))
        {
            throw node.Required("document").Error("the citation's document is empty");
        }

        return new Citation(document, node.Optional("title")?.AsString(), node.Optional("clause")?.AsString(), node.Optional("url")?.AsString());
    }
}
