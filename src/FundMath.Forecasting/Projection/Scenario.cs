using System;
using System.Collections.Generic;
using System.Linq;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A named scenario — 情景: the baseline assumptions with some shifts, e.g. "faster-ageing" (retirementRate +1pp),
/// "cost-growth+2pp" (costGrowth +2pp), "base-growth-1pp" (contributionBaseGrowth −1pp).
/// </summary>
public sealed class Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <exception cref="ForecastInputException">The name is empty.</exception>
    public Scenario(string name, IEnumerable<AssumptionShift> shifts, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            ForecastChecks.Throw("scenario", "(empty name)", "needs a name");
        }

        ArgumentNullException.ThrowIfNull(shifts);
        Name = name;
        Shifts = shifts.ToArray();
        Description = description ?? (Shifts.Count == 0 ? "the baseline assumptions" : string.Join(", ", Shifts));
    }

    /// <summary>The name, e.g. "faster-ageing".</summary>
    public string Name { get; }

    /// <summary>What it changes.</summary>
    public string Description { get; }

    /// <summary>The shifts applied to the baseline, in order.</summary>
    public IReadOnlyList<AssumptionShift> Shifts { get; }

    /// <summary>The standard scenarios: faster ageing (retirementRate +1pp, retireeMortality −0.5pp), cost growth +2pp, contribution-base growth −1pp.</summary>
    public static IReadOnlyList<Scenario> Standard { get; } =
    [
        new("faster-ageing", [new(AssumptionKind.RetirementRate, 0.01), new(AssumptionKind.RetireeMortality, -0.005)], "retirementRate +1pp, retireeMortality −0.5pp (老龄化加快)"),
        new("cost-growth+2pp", [new(AssumptionKind.CostGrowth, 0.02)], "every per-capita cost growth +2pp (医疗费用增长加快)"),
        new("base-growth-1pp", [new(AssumptionKind.ContributionBaseGrowth, -0.01)], "contribution-base growth −1pp (缴费基数增长放缓)"),
    ];

    /// <summary>The baseline with this scenario's shifts applied and its name.</summary>
    public ProjectionAssumptions ApplyTo(ProjectionAssumptions baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ProjectionAssumptions a = baseline;
        foreach (AssumptionShift s in Shifts)
        {
            a = s.ApplyTo(a);
        }

        return a with { Name = Name, Description = Description };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Description}";
}
