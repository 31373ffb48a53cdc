using System;
using System.Collections.Generic;
using System.Globalization;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A change to one assumption — 假设调整: <see cref="Amount"/> is added to it (0.02 = +2 percentage points for a
/// rate, +2% for the utilisation multiplier). A cohort-growth shift may name one resident cohort.
/// </summary>
/// <param name="Kind">The assumption moved.</param>
/// <param name="Amount">What is added (proportion; negative to lower it).</param>
/// <param name="Cohort">For <see cref="AssumptionKind.ResidentCohortGrowth"/> or a resident cost growth: the cohort, or null for every cohort.</param>
public readonly record struct AssumptionShift(AssumptionKind Kind, double Amount, string? Cohort = null)
{
    /// <summary>The camel-case name used in input files, e.g. "costGrowth".</summary>
    public static string NameOf(AssumptionKind kind)
    {
        string s = kind.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }

    /// <summary>The kind with that camel-case name.</summary>
    public static bool TryParseKind(string name, out AssumptionKind kind)
    {
        foreach (AssumptionKind k in Enum.GetValues<AssumptionKind>())
        {
            if (string.Equals(NameOf(k), name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// +1 when raising the assumption worsens the fund, −1 when lowering it does, 0 when the direction depends on the
    /// inputs (cohort growth, joiners, leavers, account drawdown). Used for the monotonicity law: a shift in the
    /// pessimistic direction never gives a later exhaustion year.
    /// </summary>
    public static int PessimisticDirection(AssumptionKind kind) => kind switch
    {
        AssumptionKind.ContributionBaseGrowth or AssumptionKind.RetireeMortality or AssumptionKind.InterestRate => -1,
        AssumptionKind.RetirementRate or AssumptionKind.InServiceCostGrowth or AssumptionKind.RetiredCostGrowth
            or AssumptionKind.ResidentCostGrowth or AssumptionKind.CostGrowth or AssumptionKind.Utilisation => 1,
        _ => 0,
    };

    /// <summary>The assumptions with this shift applied (validated later, by <see cref="ProjectionModel.Create"/>).</summary>
    public ProjectionAssumptions ApplyTo(ProjectionAssumptions a)
    {
        ArgumentNullException.ThrowIfNull(a);
        double d = ForecastChecks.Finite("shift " + NameOf(Kind), Amount);
        return Kind switch
        {
            AssumptionKind.ContributionBaseGrowth => a with { ContributionBaseGrowth = a.ContributionBaseGrowth + d },
            AssumptionKind.InServiceJoinRate => a with { InServiceJoinRate = a.InServiceJoinRate + d },
            AssumptionKind.InServiceLeaveRate => a with { InServiceLeaveRate = a.InServiceLeaveRate + d },
            AssumptionKind.RetirementRate => a with { RetirementRate = a.RetirementRate + d },
            AssumptionKind.RetireeMortality => a with { RetireeMortality = a.RetireeMortality + d },
            AssumptionKind.InServiceCostGrowth => a with { InServiceCostGrowth = a.InServiceCostGrowth + d },
            AssumptionKind.RetiredCostGrowth => a with { RetiredCostGrowth = a.RetiredCostGrowth + d },
            AssumptionKind.ResidentCostGrowth => ResidentCost(a, d, Cohort),
            AssumptionKind.CostGrowth => ResidentCost(a with { InServiceCostGrowth = a.InServiceCostGrowth + d, RetiredCostGrowth = a.RetiredCostGrowth + d }, d, null),
            AssumptionKind.ResidentCohortGrowth => a with { ResidentCohortGrowth = ShiftMap(a.ResidentCohortGrowth, d, Cohort, "residentCohortGrowth") },
            AssumptionKind.PersonalAccountDrawdown => a with { PersonalAccountDrawdown = a.PersonalAccountDrawdown + d },
            AssumptionKind.InterestRate => a with { InterestRate = a.InterestRate + d },
            AssumptionKind.Utilisation => a with { Utilisation = a.Utilisation + d },
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "not a defined AssumptionKind"),
        };
    }

    /// <summary>"costGrowth +2pp", "residentCohortGrowth[aged-60-plus] +1pp", "utilisation +5%".</summary>
    public override string ToString()
    {
        string name = NameOf(Kind) + (Cohort is null ? string.Empty : $"[{Cohort}]");
        string amount = (Amount * 100).ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);
        return $"{name} {amount}{(Kind == AssumptionKind.Utilisation ? "%" : "pp")}";
    }

    private static ProjectionAssumptions ResidentCost(ProjectionAssumptions a, double d, string? cohort)
    {
        var overrides = new Dictionary<string, double>(a.ResidentCohortCostGrowth, StringComparer.Ordinal);
        if (cohort is not null)
        {
            overrides[cohort] = (a.ResidentCohortCostGrowth.TryGetValue(cohort, out double own) ? own : a.ResidentCostGrowth) + d;
            return a with { ResidentCohortCostGrowth = overrides };
        }

        foreach (string key in a.ResidentCohortCostGrowth.Keys)
        {
            overrides[key] = a.ResidentCohortCostGrowth[key] + d;
        }

        return a with { ResidentCostGrowth = a.ResidentCostGrowth + d, ResidentCohortCostGrowth = overrides };
    }

    private static IReadOnlyDictionary<string, double> ShiftMap(IReadOnlyDictionary<string, double> map, double d, string? cohort, string what)
    {
        var copy = new Dictionary<string, double>(map, StringComparer.Ordinal);
        if (cohort is not null)
        {
            copy[cohort] = (map.TryGetValue(cohort, out double v) ? v : 0.0) + d;
            return copy;
        }

        // Every cohort: the keys present get the shift; ProjectionModel adds it to the absent ones through the wildcard.
        copy[AllCohorts] = (map.TryGetValue(AllCohorts, out double all) ? all : 0.0) + d;
        _ = what;
        return copy;
    }

    /// <summary>The key that applies a cohort growth to every cohort ("*").</summary>
    public const string AllCohorts = "*";
}
