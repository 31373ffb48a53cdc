using System;

namespace FundMath.Contributions;

/// <summary>
/// The exact check of the individual share of per-capita funding. 个人缴费不低于人均筹资额的三分之一.
/// Share = individual / (individual + subsidy), exact; built by <see cref="Of"/> (or
/// <see cref="ResidentFundingStandard.CheckIndividualShare"/>), so share and outcome always follow from the amounts.
/// </summary>
/// <remarks><c>default(IndividualShareCheck)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct IndividualShareCheck
{
    internal IndividualShareCheck(Money individual, Money perCapitaFunding, Rate share, Rate minimumShare, IndividualShareOutcome outcome)
    {
        Preconditions.DebugCheck(
            perCapitaFunding.IsZero ? outcome == IndividualShareOutcome.NoFunding && share == Rate.Zero : share == Rate.Of(individual, perCapitaFunding) && outcome == (share >= minimumShare ? IndividualShareOutcome.Meets : IndividualShareOutcome.Below),
            "IndividualShareCheck: share = individual / per-capita funding and the outcome follows from it");
        Individual = individual;
        PerCapitaFunding = perCapitaFunding;
        Share = share;
        MinimumShare = minimumShare;
        Outcome = outcome;
    }

    /// <summary>Individual contribution per person.</summary>
    public Money Individual { get; }

    /// <summary>Individual + subsidy (人均筹资额).</summary>
    public Money PerCapitaFunding { get; }

    /// <summary>Exact share (e.g. 320/900 = 16/45); zero when there is no funding.</summary>
    public Rate Share { get; }

    /// <summary>The rule's minimum (e.g. 1/3).</summary>
    public Rate MinimumShare { get; }

    /// <summary>Meets, Below or NoFunding.</summary>
    public IndividualShareOutcome Outcome { get; }

    /// <summary>
    /// Checks individual ≥ minimumShare × perCapitaFunding exactly (as fractions, no 33.33%).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumShare"/> is outside 0–100%;
    /// <paramref name="individual"/> is negative or exceeds <paramref name="perCapitaFunding"/>.</exception>
    public static IndividualShareCheck Of(Money individual, Money perCapitaFunding, Rate minimumShare)
    {
        ContributionRates.CheckRate(minimumShare, nameof(minimumShare));
        if (individual.IsNegative || individual > perCapitaFunding)
        {
            Preconditions.ThrowOutOfRange(nameof(individual), individual, $"individual {individual:N2} 元 must be between 0 and the per-capita funding {perCapitaFunding:N2} 元.");
        }

        Rate share = perCapitaFunding.IsZero ? Rate.Zero : Rate.Of(individual, perCapitaFunding);
        IndividualShareOutcome outcome = perCapitaFunding.IsZero ? IndividualShareOutcome.NoFunding
            : share >= minimumShare ? IndividualShareOutcome.Meets : IndividualShareOutcome.Below;
        return new(individual, perCapitaFunding, share, minimumShare, outcome);
    }
}
