using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Policies;

namespace FundMath.Cases;

/// <summary>Builds an <see cref="ICaseCalculation"/> from a delegate — the short way to write an adapter.</summary>
public static class CaseCalculation
{
    /// <summary>Creates a calculation from its name, description, inputs and evaluation.</summary>
    public static ICaseCalculation Create(string name, string description, IReadOnlyList<CaseInputSpec> inputs,
        Func<CaseInputs, ParameterSet, CaseResult> evaluate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(evaluate);
        return new DelegateCalculation(name, description ?? string.Empty, [.. inputs], evaluate);
    }

    private sealed class DelegateCalculation(string name, string description, CaseInputSpec[] inputs,
        Func<CaseInputs, ParameterSet, CaseResult> evaluate) : ICaseCalculation
    {
        public string Name => name;

        public string Description => description;

        public IReadOnlyList<CaseInputSpec> Inputs => inputs;

        public CaseResult Evaluate(CaseInputs caseInputs, ParameterSet parameters) => evaluate(caseInputs, parameters);

        public override string ToString() => $"{name}({string.Join(", ", inputs.Select(i => i.Name))})";
    }
}
