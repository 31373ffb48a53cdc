using System;
using System.Collections.Generic;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Cases;

/// <summary>Declares one input a calculation reads — 输入说明 (documentation and <c>fundmath</c> listings).</summary>
/// <param name="Name">The input name as written under <c>inputs:</c>.</param>
/// <param name="Kind">The input's type.</param>
/// <param name="Description">What it means, with units.</param>
/// <param name="Required">False when the calculation has a documented default.</param>
public sealed record CaseInputSpec(string Name, CaseValueKind Kind, string Description, bool Required = true);

/// <summary>
/// A calculation reachable from case files — 案例计算: a stable dotted name ("money.per_capita_total"), its
/// inputs, and an evaluation from typed inputs and a parameter set to named, typed outputs. Implement it to make a
/// domain calculation testable from YAML/JSON; register it in <see cref="CaseCalculations"/>.
/// </summary>
public interface ICaseCalculation
{
    /// <summary>The name used by <c>calculation:</c> in case files, e.g. "analysis.months_of_cover".</summary>
    string Name { get; }

    /// <summary>One sentence: what it computes and the formula.</summary>
    string Description { get; }

    /// <summary>The inputs it reads (for documentation; reading is through <see cref="CaseInputs"/>).</summary>
    IReadOnlyList<CaseInputSpec> Inputs { get; }

    /// <summary>Computes the outputs. Read inputs with the typed getters (a missing input throws, it is never 0).</summary>
    CaseResult Evaluate(CaseInputs inputs, ParameterSet parameters);
}

/// <summary>The named, typed outputs of one evaluation, each with an optional explanation — 计算结果.</summary>
public sealed class CaseResult
{
    private readonly List<KeyValuePair<string, CaseValue>> outputs = [];
    private readonly Dictionary<string, Explanation> explanations = new(StringComparer.Ordinal);

    /// <summary>The outputs in the order added.</summary>
    public IReadOnlyList<KeyValuePair<string, CaseValue>> Outputs => outputs;

    /// <summary>Adds an output (and optionally its explanation); returns this for chaining.</summary>
    /// <exception cref="ArgumentException">The name is already used.</exception>
    public CaseResult Add(string name, CaseValue value, Explanation? explanation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (TryGet(name, out _))
        {
            throw new ArgumentException($"output '{name}' was added twice.", nameof(name));
        }

        outputs.Add(new(name, value));
        if (explanation is not null)
        {
            explanations[name] = explanation;
        }

        return this;
    }

    /// <summary>Adds a money output.</summary>
    public CaseResult Add(string name, Money value, Explanation? explanation = null) => Add(name, CaseValue.Of(value), explanation);

    /// <summary>Adds a rate output.</summary>
    public CaseResult Add(string name, Rate value, Explanation? explanation = null) => Add(name, CaseValue.Of(value), explanation);

    /// <summary>The output with that name.</summary>
    public bool TryGet(string name, out CaseValue value)
    {
        foreach (KeyValuePair<string, CaseValue> kv in outputs)
        {
            if (kv.Key == name)
            {
                value = kv.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>The explanation of an output, when the calculation gave one.</summary>
    public Explanation? ExplanationOf(string name) => explanations.TryGetValue(name, out Explanation? e) ? e : null;
}
