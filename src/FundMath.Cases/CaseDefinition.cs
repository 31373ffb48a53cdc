using System;
using System.Collections.Generic;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cases;

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

    /// <summary>Where the golden numbers come from (the source document and the quoted figure).</summary>
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
        ArgumentNullException.ThrowIfNull(fallbackId);
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
    /// The parameter set this case runs with: <paramref name="baseSet"/> with the case's overrides (read by
    /// <see cref="ParameterSet.WithOverrides(DataNode, string)"/>: a scalar <c>name: 280</c> replaces the parameter
    /// with that single value for all dates; a mapping with <c>values:</c> is a full definition as in a parameter file).
    /// </summary>
    /// <exception cref="DataFormatException">Unknown parameter, wrong unit, malformed value.</exception>
    public ParameterSet ParametersOver(ParameterSet baseSet)
    {
        ArgumentNullException.ThrowIfNull(baseSet);
        return ParameterOverrides is null || ParameterOverrides.Count == 0
            ? baseSet
            : baseSet.WithOverrides(ParameterOverrides, $"case {Id}");
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
