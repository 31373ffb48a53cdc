using System;
using System.Collections.Generic;
using FundMath.Pooling;

namespace FundMath.Testing;

/// <summary>
/// A generated municipal-pooling settlement input — 统筹结算场景: a policy, the year's city-level inputs and the
/// counties, already in the ordinal name order <see cref="CitySettlement.Settle"/> requires (names unique). Produced
/// by <see cref="PoolingArbitraries.Scenario()"/>; settle it with <see cref="Settle"/>.
/// </summary>
/// <param name="Policy">The pooling policy (read at the start of <see cref="PoolingYear.Year"/>).</param>
/// <param name="Year">The city-level inputs of the year.</param>
/// <param name="Counties">The counties, sorted by name (ordinal), unique.</param>
public sealed record PoolingScenario(PoolingPolicy Policy, PoolingYear Year, PoolingCounty[] Counties)
{
    /// <summary>Settles the scenario into a new results array.</summary>
    public (CollectedFundStatement Fund, CountySettlement[] Counties) Settle()
    {
        var results = new CountySettlement[Counties.Length];
        CollectedFundStatement fund = CitySettlement.Settle(Policy, Year, Counties, results);
        return (fund, results);
    }

    /// <summary>"2023 Resident, 4 counties, opening 1,000.00元 (policy: reading PercentagePoints, collected share 30%)".</summary>
    public override string ToString()
    {
        var names = new List<string>(Counties.Length);
        foreach (PoolingCounty c in Counties)
        {
            names.Add($"{c.Name}[D={c.Deficit} S={c.Surplus} bal={c.AccumulatedBalance} pa={c.PersonalAccountBalance} fin={c.PooledFinancing} exp={c.PreviousYearExpenditure} n={c.PreviousYearInsured} prior={c.PriorYearDeficit} {c.Assessment} s21={c.Subsidy2021} ins={c.Insured}]");
        }

        return $"{Year.Year} {Year.Scheme}, opening {Year.CollectedFundOpening}, interest {Year.Interest}, unified {Year.UnifiedSubsidyStandard}; " +
            $"policy c={Policy.CollectedFundShare} t={Policy.CityTreasuryShare} cap={Policy.CityTreasuryCap} r={Policy.PriorDeficitReduction} ({Policy.PriorDeficitReading}) a={Policy.AssessmentReduction}; " +
            string.Join(", ", names);
    }

    /// <summary>The same scenario with other counties (keep them sorted by name and unique for <see cref="Settle"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="counties"/> is null.</exception>
    public PoolingScenario WithCounties(PoolingCounty[] counties)
    {
        ArgumentNullException.ThrowIfNull(counties);
        return this with { Counties = counties };
    }
}
