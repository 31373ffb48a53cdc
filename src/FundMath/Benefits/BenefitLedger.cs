using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Benefits;

/// <summary>
/// A settlement ledger — 结算台账: settles claims in the order given against each person's year-to-date accumulator
/// (one per person, scheme and year), picking the plan in force on each claim's date, and reverses a settled claim by its
/// number (冲正). Unknown or repeated claim numbers, and claims no plan covers, are errors naming the claim; nothing is
/// applied when a claim fails. Not thread-safe (use the batch forms for parallel settlement).
/// </summary>
public sealed class BenefitLedger
{
    private readonly BenefitPlans plans;
    private readonly Dictionary<(long Person, BenefitScheme Scheme, int Year), BenefitAccumulator> accumulators = [];
    private readonly Dictionary<long, Entry> settled = [];

    /// <summary>A ledger over <paramref name="plans"/>.</summary>
    public BenefitLedger(BenefitPlans plans)
    {
        Preconditions.CheckNotNull(plans, nameof(plans));
        this.plans = plans;
    }

    /// <summary>The plans the ledger settles with.</summary>
    public BenefitPlans Plans => plans;

    /// <summary>Claims settled and not reversed.</summary>
    public int ActiveClaims { get; private set; }

    /// <summary>The accumulators, by person, scheme and year.</summary>
    public IEnumerable<KeyValuePair<(long Person, BenefitScheme Scheme, int Year), BenefitAccumulator>> Accumulators => accumulators;

    /// <summary>The person's accumulator for the scheme and year (empty when nothing was settled).</summary>
    public BenefitAccumulator Accumulator(long personId, BenefitScheme scheme, int year) =>
        accumulators.TryGetValue((personId, scheme, year), out BenefitAccumulator a) ? a : BenefitAccumulator.ForYear(personId, year);

    /// <summary>The plan that settles <paramref name="claim"/>.</summary>
    /// <exception cref="BenefitClaimException">No plan of the claim's scheme covers its date.</exception>
    public BenefitPlan PlanFor(in BenefitClaim claim) =>
        plans.Find(claim.Scheme, claim.Date) ?? throw new BenefitClaimException(claim.Id, "date", claim.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            $"the claim is dated outside any {claim.Scheme} benefit plan: {plans.WhyNoPlan(claim.Scheme, claim.Date)}");

    /// <summary>Settles a claim into its person's accumulator.</summary>
    /// <exception cref="BenefitClaimException">The claim is invalid, no plan covers it, or its number was settled already (and not reversed).</exception>
    public ClaimSettlement Settle(in BenefitClaim claim)
    {
        if (settled.TryGetValue(claim.Id, out Entry existing) && !existing.Reversed)
        {
            throw new BenefitClaimException(claim.Id, "claimId", claim.Id.ToString(CultureInfo.InvariantCulture),
                "a claim number is settled once; reverse it (冲正) before settling it again");
        }

        BenefitPlan plan = PlanFor(claim);
        var key = (claim.PersonId, claim.Scheme, claim.Date.Year);
        BenefitAccumulator a = Accumulator(claim.PersonId, claim.Scheme, claim.Date.Year);
        ClaimSettlement s = BenefitSettlement.Settle(plan, claim, ref a);
        accumulators[key] = a;
        settled[claim.Id] = new Entry(s, claim.Scheme, Reversed: false);
        ActiveClaims++;
        return s;
    }

    /// <summary>Explains how <paramref name="claim"/> would settle now (nothing is applied).</summary>
    /// <exception cref="BenefitClaimException">The claim is invalid or no plan covers it.</exception>
    public Explanation Explain(in BenefitClaim claim) =>
        BenefitSettlement.Explain(PlanFor(claim), claim, Accumulator(claim.PersonId, claim.Scheme, claim.Date.Year));

    /// <summary>Reverses (冲正) the settled claim <paramref name="claimId"/>; returns the settlement that was undone.</summary>
    /// <exception cref="BenefitClaimException">No claim with that number was settled, or it was reversed already.</exception>
    public ClaimSettlement Reverse(long claimId)
    {
        if (!settled.TryGetValue(claimId, out Entry entry))
        {
            throw new BenefitClaimException(claimId, "claimId", claimId.ToString(CultureInfo.InvariantCulture),
                "a reversal (冲正) names a claim settled in this ledger; no such claim was settled");
        }

        if (entry.Reversed)
        {
            throw new BenefitClaimException(claimId, "claimId", claimId.ToString(CultureInfo.InvariantCulture), "the claim was reversed already; a claim is reversed once");
        }

        var key = (entry.Settlement.PersonId, entry.Scheme, entry.Settlement.Year);
        BenefitAccumulator a = accumulators[key];
        BenefitSettlement.Reverse(entry.Settlement, ref a);
        accumulators[key] = a;
        settled[claimId] = entry with { Reversed = true };
        ActiveClaims--;
        return entry.Settlement;
    }

    /// <summary>True when the claim was settled here and not reversed.</summary>
    public bool IsActive(long claimId) => settled.TryGetValue(claimId, out Entry e) && !e.Reversed;

    private readonly record struct Entry(ClaimSettlement Settlement, BenefitScheme Scheme, bool Reversed);
}
