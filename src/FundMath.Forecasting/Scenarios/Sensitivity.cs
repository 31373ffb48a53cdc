using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Forecasting.Projection;
using FundMath.Funds;

namespace FundMath.Forecasting.Scenarios;

/// <summary>
/// Sensitivity of a fund's exhaustion year and final balance to each assumption — 敏感性分析 (tornado-table
/// data): each assumption is moved down and up by the same step from the baseline, one at a time, and the rows are
/// sorted by the swing of the final balance, widest first.
/// </summary>
public static class Sensitivity
{
    /// <summary>The assumptions that move the employee pooled fund.</summary>
    public static IReadOnlyList<AssumptionKind> EmployeeAssumptions { get; } =
    [
        AssumptionKind.ContributionBaseGrowth, AssumptionKind.InServiceJoinRate, AssumptionKind.InServiceLeaveRate,
        AssumptionKind.RetirementRate, AssumptionKind.RetireeMortality, AssumptionKind.InServiceCostGrowth,
        AssumptionKind.RetiredCostGrowth, AssumptionKind.InterestRate, AssumptionKind.Utilisation,
    ];

    /// <summary>The assumptions that move the resident fund.</summary>
    public static IReadOnlyList<AssumptionKind> ResidentAssumptions { get; } =
    [
        AssumptionKind.ResidentCostGrowth, AssumptionKind.ResidentCohortGrowth, AssumptionKind.InterestRate, AssumptionKind.Utilisation,
    ];

    /// <summary>
    /// The tornado rows of <paramref name="fund"/> (<see cref="FundKind.EmployeePooledFund"/> or
    /// <see cref="FundKind.ResidentBasic"/>) for a move of ±<paramref name="delta"/> (default 1 percentage point).
    /// </summary>
    /// <exception cref="ForecastInputException">The fund is not projected by the model, or delta is not in (0, 0.2].</exception>
    public static IReadOnlyList<SensitivityRow> Tornado(ProjectionModel baseline, FundKind fund, double delta = 0.01, IEnumerable<AssumptionKind>? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ForecastChecks.InRange("sensitivity delta", delta, 1e-6, 0.2, "the allowed step");
        bool employee = fund.Equals(FundKind.EmployeePooledFund);
        if (employee ? baseline.Start.Employee is null : !fund.Equals(FundKind.ResidentBasic) || baseline.Start.Resident is null)
        {
            ForecastChecks.Throw("sensitivity fund", fund.Code, "is not projected by this model (use employee.pooled or resident, and give its start position)");
        }

        FundProjection Pick(ProjectionResult r) => employee ? r.EmployeePooled! : r.Resident!;
        FundProjection b = Pick(Projector.Run(baseline));
        var rows = new List<SensitivityRow>();
        foreach (AssumptionKind kind in assumptions ?? (employee ? EmployeeAssumptions : ResidentAssumptions))
        {
            (FundProjection? low, string? lowNote) = Side(baseline, kind, -delta, Pick);
            (FundProjection? high, string? highNote) = Side(baseline, kind, delta, Pick);
            string? note = lowNote is null && highNote is null ? null : string.Join("; ", new[] { lowNote, highNote }.Where(n => n is not null));
            rows.Add(new SensitivityRow(AssumptionShift.NameOf(kind), delta, low?.Exhaustion.Year, b.Exhaustion.Year, high?.Exhaustion.Year,
                low?.FinalBalance, b.FinalBalance, high?.FinalBalance, note));
        }

        return [.. rows.OrderByDescending(r => r.Swing.Fen).ThenBy(r => r.Assumption, StringComparer.Ordinal)];
    }

    private static (FundProjection? Fund, string? Note) Side(ProjectionModel baseline, AssumptionKind kind, double amount, Func<ProjectionResult, FundProjection> pick)
    {
        try
        {
            ProjectionModel m = baseline.With(new AssumptionShift(kind, amount).ApplyTo(baseline.Assumptions));
            return (pick(Projector.Run(m)), null);
        }
        catch (ForecastInputException e)
        {
            return (null, $"{(amount < 0 ? "lower" : "upper")} side not run: {e.Message}");
        }
    }
}
