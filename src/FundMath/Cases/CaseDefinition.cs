using System;
using System.Collections.Generic;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// How close an actual output must be to the expected one — 容差: exact by default; <c>tolerance_fen</c> (money,
/// absolute in fen), <c>absolute</c> (written like the value: "0.5万元", "0.01%", "1/100") or <c>relative</c>
/// (a rate of the expected value: "0.1%"). When several are given the widest applies.
/// </summary>
/// <param name="Fen">Absolute tolerance in fen (money only).</param>
/// <param name="Absolute">Absolute tolerance written like the value.</param>
/// <param name="Relative">Relative tolerance as a rate of |expected|.</param>
public sealed record CaseTolerance(long? Fen, DataNode? Absolute, Rate? Relative)
{
    /// <summary>No tolerance: values must be equal.</summary>
    public static CaseTolerance Exact { get; } = new(null, null, null);

    /// <summary>True when no tolerance is given.</summary>
    public bool IsExact => Fen is null && Absolute is null && Relative is null;

    /// <summary>"exact", or e.g. "±1 fen, ±0.5万元, ±0.1% relative".</summary>
    public override string ToString()
    {
        if (IsExact)
        {
            return "exact";
        }

        var parts = new List<string>(3);
        if (Fen is { } fen)
        {
            parts.Add($"±{fen} fen");
        }

        if (Absolute is { } abs)
        {
            parts.Add($"±{abs.Text}");
        }

        if (Relative is { } rel)
        {
            parts.Add($"±{CaseValue.Of(rel).Text} relative");
        }

        return string.Join(", ", parts);
    }
}

/// <summary>One expected output of a case — 期望值: the output name, the expected value as written, the tolerance.</summary>
/// <param name="Output">The output name (for a list: "parts[0]").</param>
/// <param name="Value">The expected value node (parsed by the actual output's kind).</param>
/// <param name="Tolerance">The tolerance.</param>
public sealed record CaseExpectation(string Output, DataNode Value, CaseTolerance Tolerance)
{
    /// <summary>Where the expected value is written.</summary>
    public SourceLocation Location => Value.Location;
}

/// <summary>
/// One case of a policy test suite — 测试案例: an id, a description, its source citation, the calculation, an
/// optional date and period, parameter overrides, inputs and expected outputs. Format: docs/cases.md.
/// </summary>
public sealed class CaseDefinition
{
    private static readonly string[] Members =
        ["id", "description", "source", "calculation", "date", "period", "parameters", "inputs", "expected"];

    private CaseDefinition(string id, DataNode node)
    {
        Id = id;
        Node = node;
    }

    /// <summary>The case id (unique within its file).</summary>
    public string Id { get; }

    /// <summary>The case's node (where it starts: <c>Node.Location</c>).</summary>
    public DataNode Node { get; }

    /// <summary>Where the case starts.</summary>
    public SourceLocation Location => Node.Location;

    /// <summary>What the case checks.</summary>
    public string? Description { get; private init; }

    /// <summary>Where the golden numbers come from (seed document, quoted figure).</summary>
    public string? Source { get; private init; }

    /// <summary>The calculation name, e.g. "money.per_capita_total".</summary>
    public string Calculation { get; private init; } = string.Empty;

    /// <summary>The case date, if given.</summary>
    public LocalDate? Date { get; private init; }

    /// <summary>The case period, if given.</summary>
    public ReportingPeriod? Period { get; private init; }

    /// <summary>The <c>parameters:</c> overrides node, if given.</summary>
    public DataNode? ParameterOverrides { get; private init; }

    /// <summary>The inputs.</summary>
    public CaseInputs Inputs { get; private init; } = null!;

    /// <summary>The expected outputs in file order.</summary>
    public IReadOnlyList<CaseExpectation> Expected { get; private init; } = [];

    /// <summary>Reads a case; <paramref name="fallbackId"/> is used when the case has no <c>id</c>.</summary>
    /// <exception cref="DataFormatException">The case is malformed (unknown member, missing calculation, …).</exception>
    public static CaseDefinition Read(DataNode node, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.ExpectKind(DataNodeKind.Mapping).EnsureOnly(Members);
        string id = node.Optional("id")?.AsString() ?? fallbackId;
        LocalDate? date = node.Optional("date")?.AsLocalDate();
        ReportingPeriod? period = node.Optional("period")?.AsPeriod();
        DataNode inputs = node.Optional("inputs") ?? DataNode.Mapping([], node.Location, DataNode.ChildPath(node.Path, "inputs"));
        DataNode expectedNode = node.Required("expected").ExpectKind(DataNodeKind.Mapping);
        if (expectedNode.Count == 0)
        {
            throw expectedNode.Error("a case needs at least one expected output");
        }

        var expected = new List<CaseExpectation>();
        foreach (DataMember m in expectedNode.Members)
        {
            ReadExpectation(m.Key, m.Value, expected);
        }

        DataNode? overrides = node.Optional("parameters");
        overrides?.ExpectKind(DataNodeKind.Mapping);
        return new CaseDefinition(id, node)
        {
            Description = node.Optional("description")?.AsString(),
            Source = node.Optional("source")?.AsString(),
            Calculation = node.Required("calculation").AsString(),
            Date = date,
            Period = period,
            ParameterOverrides = overrides,
            Inputs = new CaseInputs(inputs, date, period, id),
            Expected = expected,
        };
    }

    /// <summary>
    /// The parameter set this case runs with: <paramref name="baseSet"/> with the case's overrides. A scalar
    /// override (<c>name: 280</c>) replaces the parameter with that single value for all dates; a mapping with
    /// <c>values:</c> is a full definition as in a parameter file.
    /// </summary>
    /// <exception cref="DataFormatException">Unknown parameter, wrong unit, malformed value.</exception>
    public ParameterSet ParametersOver(ParameterSet baseSet)
    {
        ArgumentNullException.ThrowIfNull(baseSet);
        if (ParameterOverrides is null || ParameterOverrides.Count == 0)
        {
            return baseSet;
        }

        var overrides = new List<Parameter>();
        foreach (DataMember m in ParameterOverrides.Members)
        {
            overrides.Add(ReadOverride(m, baseSet));
        }

        return baseSet.WithOverrides(overrides, $"case {Id}");
    }

    private Parameter ReadOverride(DataMember m, ParameterSet baseSet)
    {
        if (m.Value.IsMapping && m.Value.Has("values"))
        {
            return ParameterFileReader.ReadParameter(m, baseSet.Find(m.Key), baseSet);
        }

        Parameter known = baseSet.Find(m.Key)
            ?? throw new DataFormatException(m.KeyLocation, ParameterOverrides!.Path,
                $"unknown parameter '{m.Key}' in parameter set {baseSet.Name} (to define a new one give 'unit' and 'values')");
        DataNode valueNode = m.Value;
        Citation citation = new($"case {Id}", clause: m.KeyLocation.ToString());
        if (valueNode.IsMapping)
        {
            valueNode.EnsureOnly("value", "cite");
            if (valueNode.Optional("cite") is { } cite)
            {
                citation = ParameterFileReader.ReadCitation(cite);
            }

            valueNode = valueNode.Required("value");
        }

        if (known.IsScale)
        {
            throw valueNode.Error($"{m.Key} is a scale: override it with a full definition (values: {{date: {{brackets: …, cite: …}}}})");
        }

        ParameterValue value = ParameterFileReader.ReadValue(valueNode, known.Unit, known.Name, known.Minimum, known.Maximum);
        return new Parameter(known.Name, known.Unit, [new ParameterEntry(LocalDate.MinIsoValue, value, citation, "case override", valueNode.Location)],
            known.Description, known.Minimum, known.Maximum, m.KeyLocation);
    }

    private static void ReadExpectation(string name, DataNode node, List<CaseExpectation> into)
    {
        if (node.IsSequence)
        {
            for (int i = 0; i < node.Count; i++)
            {
                ReadExpectation($"{name}[{i}]", node.Items[i], into);
            }

            return;
        }

        if (node.IsMapping)
        {
            node.EnsureOnly("value", "tolerance_fen", "absolute", "relative");
            long? fen = node.Optional("tolerance_fen")?.AsLong();
            if (fen < 0)
            {
                throw node.Required("tolerance_fen").Error("tolerance_fen must not be negative");
            }

            Rate? relative = node.Optional("relative")?.AsRate();
            if (relative is { } r && r.Value.CompareTo(Fraction.Zero) < 0)
            {
                throw node.Required("relative").Error("relative tolerance must not be negative");
            }

            into.Add(new CaseExpectation(name, node.Required("value"), new CaseTolerance(fen, node.Optional("absolute"), relative)));
            return;
        }

        into.Add(new CaseExpectation(name, node, CaseTolerance.Exact));
    }
}
