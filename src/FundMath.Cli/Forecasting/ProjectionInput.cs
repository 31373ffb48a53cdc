using System.Collections.Generic;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Stress;
using FundMath.Policies;

namespace FundMath.Cli.Forecasting;

/// <summary>What <c>fundmath project</c> read from its input file: the model's parts, scenarios, stress settings and history.</summary>
internal sealed record ProjectionInput(
    string Title,
    string Source,
    ProjectionStart? Start,
    ProjectionAssumptions Baseline,
    int Horizon,
    ParameterSet Parameters,
    IReadOnlyList<Scenario> Scenarios,
    StressAssumptions? Stress,
    double SensitivityDelta,
    IReadOnlyList<HistoryInput> History);
