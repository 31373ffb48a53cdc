using System;

namespace FundMath.Contributions;

/// <summary>
/// A per-capita special budget reserved over periods, e.g. the COVID-19 vaccine budget.
/// 按人头核算的专项预算（新冠疫苗及接种费用专项资金）.
/// Budget(period) = round(headcount × Σ per-capita items × share(period)); Total = Σ periods.
/// </summary>
/// <remarks>
/// 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》: "以2020年底本地参保人数作为核算人数，按人均疫苗费180元…按人均接种费用20元…
/// 2021年分上下半年分别按照参保人数40%比例核算半年预算资金".
/// </remarks>
public static class PerCapitaSpecialBudget
{
    /// <summary>Computes each period's reserve into <paramref name="budgets"/> and returns their total (0 bytes allocated).</summary>
    /// <param name="headcount">The headcount the budget is based on (e.g. insured at the prior year-end).</param>
    /// <param name="perCapitaItems">Per-capita items (e.g. 180 元 vaccine + 20 元 administration), each ≥ 0.</param>
    /// <param name="periodShares">Share of the headcount reserved in each period (e.g. 40%, 40%), each 0–100%.</param>
    /// <param name="budgets">Receives each period's budget.</param>
    /// <param name="mode">Rounding of each period's budget to the fen.</param>
    public static Money Compute(Headcount headcount, ReadOnlySpan<Money> perCapitaItems, ReadOnlySpan<Rate> periodShares, Span<Money> budgets, MidpointRounding mode)
    {
        if (budgets.Length != periodShares.Length)
        {
            Preconditions.ThrowArgument(nameof(budgets), $"budgets has length {budgets.Length} but periodShares has length {periodShares.Length}; they must match.");
        }

        Preconditions.CheckMode(mode);
        Money perCapita = Money.Zero;
        for (int i = 0; i < perCapitaItems.Length; i++)
        {
            ContributionRates.CheckBase(perCapitaItems[i], nameof(perCapitaItems), i);
            perCapita += perCapitaItems[i];
        }

        Money full = perCapita * headcount;
        Money total = Money.Zero;
        for (int i = 0; i < periodShares.Length; i++)
        {
            ContributionRates.CheckRate(periodShares[i], nameof(periodShares), i);
            budgets[i] = Money.FromFen(ContributionRates.Times(full.Fen, periodShares[i], mode));
            total += budgets[i];
        }

        return total;
    }
}
