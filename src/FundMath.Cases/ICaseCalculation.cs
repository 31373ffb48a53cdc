using System.Collections.Generic;
using FundMath.Policies;

namespace FundMath.Cases;

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
