using System;
using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// A reversal (冲正) refuses an accumulator that lacks any one of the amounts the claim added, each checked on its own,
/// and an accumulator of another year; with every amount there it restores the accumulator exactly.
/// </summary>
public class ReversalBoundaryTests
{
    // The employee admission of WorkedExampleTests: basic 60,000 (capped), 大病 81,800, 救助 17,600 — every layer pays,
    // so every amount the reversal checks is positive.
    private static (ClaimSettlement Settlement, BenefitAccumulator After) Settled()
    {
        var acc = BenefitAccumulator.ForYear(5, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(Employee2021, Claim(50, 5, new LocalDate(2021, 5, 10), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 200_000, 20_000, 30_000), ref acc);
        return (s, acc);
    }

    public static TheoryData<int> Fields => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_amount_the_claim_added_must_be_there(int field)
    {
        (ClaimSettlement s, BenefitAccumulator acc) = Settled();
        switch (field)
        {
            case 0: acc.ClaimCount = 0; break;
            case 1: acc.VisitCounts[0] = 0; break;
            case 2: acc.ClaimedSum = s.Total.Fen - 1; break;
            case 3: acc.InScopeSum = s.InScope.Fen - 1; break;
            case 4: acc.DeductibleSums[0] = s.Deductible.Fen - 1; break;
            case 5: acc.BasicSums[0] = s.Basic.Fen - 1; break;
            case 6: acc.SeriousBaseSum = s.SeriousIllnessBase.Fen - 1; break;
            case 7: acc.SeriousPaidSum = s.SeriousIllness.Fen - 1; break;
            case 8: acc.AssistBaseSum = s.AssistanceBase.Fen - 1; break;
            default: acc.AssistPaidSum = s.Assistance.Fen - 1; break;
        }

        BenefitAccumulator before = acc;
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Reverse(s, ref acc));
        Assert.Equal(
            "claim 50: claimId = 50; rule: a reversal (冲正) subtracts what the claim added; this accumulator does not contain it (reversed already, or settled elsewhere)",
            e.Message);
        Assert.Equal(before, acc);
    }

    [Fact]
    public void With_every_amount_there_the_reversal_restores_the_accumulator()
    {
        (ClaimSettlement s, BenefitAccumulator acc) = Settled();
        Assert.True(s.Deductible.IsPositive && s.SeriousIllnessBase.IsPositive && s.SeriousIllness.IsPositive && s.AssistanceBase.IsPositive && s.Assistance.IsPositive);
        BenefitSettlement.Reverse(s, ref acc);
        Assert.Equal(BenefitAccumulator.ForYear(5, 2021), acc);
    }

    [Fact]
    public void A_reversal_into_another_year_of_the_same_person_is_refused()
    {
        (ClaimSettlement s, _) = Settled();
        var next = BenefitAccumulator.ForYear(5, 2022);
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Reverse(s, ref next));
        Assert.Equal("claim 50: personId = 5 (2021); rule: a reversal applies to the accumulator the claim was settled into (person 5, 2022)", e.Message);
        var other = BenefitAccumulator.ForYear(6, 2021);
        Assert.Equal("claim 50: personId = 5 (2021); rule: a reversal applies to the accumulator the claim was settled into (person 6, 2021)",
            Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Reverse(s, ref other)).Message);
        var unset = default(BenefitAccumulator);
        Assert.Equal(
            "claim 1: personId = 5; rule: settle into an accumulator made by BenefitAccumulator.ForYear(person, year); this one is unset",
            Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Employee2021, Claim(1, 5, new LocalDate(2021, 5, 10), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 1), ref unset)).Message);
        var wrong = BenefitAccumulator.ForYear(6, 2021);
        Assert.Equal(
            "claim 1: personId = 5; rule: the claim must be settled into its person's accumulator; this one is person 6's",
            Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Employee2021, Claim(1, 5, new LocalDate(2021, 5, 10), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 1), ref wrong)).Message);
        Assert.Throws<ArgumentNullException>(() => BenefitSettlement.Settle(null!, Claim(1, 5, new LocalDate(2021, 5, 10), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 1), ref wrong));
    }
}
