using System;
using System.Collections.Generic;
using FundMath.Forecasting.Projection;

namespace FundMath.Forecasting.Scenarios;

/// <summary>
/// Scenarios side by side — 情景比较: the baseline and each named scenario projected from the same start,
/// parameters and horizon. Built by <see cref="Compare"/>.
/// </summary>
public sealed class ScenarioComparison
{
    private ScenarioComparison(ProjectionResult baseline, ProjectionResult[] results)
    {
        Baseline = baseline;
        Results = results;
    }

    /// <summary>The baseline projection.</summary>
    public ProjectionResult Baseline { get; }

    /// <summary>Every projection, the baseline first, then the scenarios in the order given.</summary>
    public IReadOnlyList<ProjectionResult> Results { get; }

    /// <summary>Projects <paramref name="baseline"/> and each scenario applied to its assumptions.</summary>
    /// <exception cref="ForecastInputException">Two scenarios share a name, or a scenario's assumptions break a rule (the message names the scenario).</exception>
    public static ScenarioComparison Compare(ProjectionModel baseline, IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenarios);
        var results = new List<ProjectionResult> { Projector.Run(baseline) };
        var names = new HashSet<string>(StringComparer.Ordinal) { baseline.Assumptions.Name };
        foreach (Scenario s in scenarios)
        {
            if (!names.Add(s.Name))
            {
                ForecastChecks.Throw("scenario", $"'{s.Name}'", "is named twice (or is the baseline's name): scenario names must be unique");
            }

            ProjectionModel model;
            try
            {
                model = baseline.With(s.ApplyTo(baseline.Assumptions));
            }
            catch (ForecastInputException e)
            {
                throw new ForecastInputException($"scenario {s.Name}: {e.Subject}", e.Value, e.Rule);
            }

            results.Add(Projector.Run(model));
        }

        return new ScenarioComparison(results[0], [.. results]);
    }
}
