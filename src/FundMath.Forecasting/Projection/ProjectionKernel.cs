using System;
using System.Runtime.CompilerServices;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// The year-step formulas of the projection, in one place: the deterministic projection (rounding each flow to
/// Money) and the Monte Carlo stress test (staying in floating point) both call these. Balances are updated by the
/// caller: closing = opening + income − expenditure.
/// </summary>
internal static class ProjectionKernel
{
    /// <summary>
    /// Moves the cohorts, the base and the per-capita costs one year and computes the year's flows from the opening
    /// balances in <paramref name="s"/>:
    /// N' = N(1 + join − leave − retire); R' = R(1 − mortality) + retire·N; B' = B(1 + g_B + ε_B);
    /// c' = c(1 + g_c + ε_c); premiums = rate × B' × 12 × N'; benefits = (c_in'N' + c_ret'R') × u;
    /// credits = credit × 12 × R'; interest = r × max(opening, 0); account spending = drawdown × (max(opening, 0) + credits in).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StepEmployee(ref EmployeeState s, in EmployeeParameters p, double baseShock, double costShock, double utilisation, out EmployeeFlows f)
    {
        double n0 = s.InService;
        s.InService = n0 * (1.0 + p.Join - p.Leave - p.Retirement);
        s.Retired = (s.Retired * (1.0 - p.Mortality)) + (p.Retirement * n0);
        s.Base *= 1.0 + p.BaseGrowth + baseShock;
        s.CostInService *= 1.0 + p.CostGrowthInService + costShock;
        s.CostRetired *= 1.0 + p.CostGrowthRetired + costShock;
        double wages = s.Base * 12.0 * s.InService;
        f.PooledPremiums = p.PooledRate * wages;
        f.AccountPremiums = p.AccountRate * wages;
        f.PooledInterest = p.Interest * Math.Max(s.Pooled, 0.0);
        f.Benefits = ((s.CostInService * s.InService) + (s.CostRetired * s.Retired)) * p.Utilisation * utilisation;
        f.Credits = p.CreditPerYear * s.Retired;
        f.AccountInterest = p.Interest * Math.Max(s.Account, 0.0);
        f.AccountSpending = p.Drawdown * (Math.Max(s.Account, 0.0) + f.AccountPremiums + f.Credits + f.AccountInterest);
    }

    /// <summary>
    /// Moves each resident cohort one year and computes the flows: n_k' = n_k(1 + g_k); c_k' = c_k(1 + g_c,k + ε_c);
    /// individual = Σn' × standard; subsidy = Σn' × standard; benefits = Σ n_k'c_k' × u; interest = r × max(opening, 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StepResident(Span<double> counts, Span<double> costs, ReadOnlySpan<double> growth, ReadOnlySpan<double> costGrowth,
        double individualStandard, double subsidyStandard, double interestRate, double opening, double utilisation, double costShock, out ResidentFlows f)
    {
        double persons = 0;
        double benefits = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            double n = counts[k] * (1.0 + growth[k]);
            double c = costs[k] * (1.0 + costGrowth[k] + costShock);
            counts[k] = n;
            costs[k] = c;
            persons += n;
            benefits += n * c;
        }

        f.Persons = persons;
        f.Individual = persons * individualStandard;
        f.Subsidy = persons * subsidyStandard;
        f.Interest = interestRate * Math.Max(opening, 0.0);
        f.Benefits = benefits * utilisation;
    }
}
