using System;
using System.Collections.Generic;
using FundMath.Explain;

namespace FundMath.Cases;

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
    public Explanation? ExplanationOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return explanations.TryGetValue(name, out Explanation? e) ? e : null;
    }
}
