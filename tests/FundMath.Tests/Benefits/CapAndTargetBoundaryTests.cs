using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The cap states and the target band at their edges: a cap reached on a claim and then exhausted for the next, a layer
/// without a cap, and the three-layer ratio exactly on, just inside and just outside each edge of the 80%–85% band.
/// </summary>
public class CapAndTargetBoundaryTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    [Fact]
    public void A_cap_reached_on_one_claim_is_exhausted_for_the_next()
    {
        // The 60,000 cap is reached by the first admission (154,968 before the cap), so the second finds no room.
        var acc = BenefitAccumulator.ForYear(5, 2021);
        ClaimSettlement first = BenefitSettlement.Settle(Employee2021, Claim(1, 5, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 200_000, 20_000, 30_000), ref acc);
        ClaimSettlement second = BenefitSettlement.Settle(Employee2021, Claim(2, 5, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 10_000), ref acc);
        Assert.Equal((CapState.ReachedOnThisClaim, Y(60_000), Y(60_000)), (first.BasicCap, first.BasicCapRoom, first.Basic));
        Assert.Equal((CapState.ExhaustedBefore, Money.Zero, Money.Zero), (second.BasicCap, second.BasicCapRoom, second.Basic));
        Assert.True(second.BasicBeforeCap.IsPositive);
        Assert.Equal(CapState.BelowCap, first.SeriousIllnessCap);
        Assert.Equal(CapState.BelowCap, first.AssistanceCap);
        Assert.Equal(Y(60_000), acc.AnnualCapUsed);

        // A chronic visit counts towards the same annual cap, so it finds none either.
        ClaimSettlement chronic = BenefitSettlement.Settle(Employee2021, Claim(3, 5, May2021, BenefitScheme.Employee, ClaimKind.ChronicOutpatient, HospitalLevel.Level3, 5_000), ref acc);
        Assert.Equal((Money.Zero, Money.Zero), (chronic.BasicCapRoom, chronic.Basic));
        // A below-cap claim reports below the cap with its room.
        var fresh = BenefitAccumulator.ForYear(6, 2021);
        ClaimSettlement small = BenefitSettlement.Settle(Employee2021, Claim(4, 6, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 10_000), ref fresh);
        Assert.Equal((CapState.BelowCap, Y(60_000)), (small.BasicCap, small.BasicCapRoom));
    }

    [Fact]
    public void A_group_without_a_serious_illness_cap_is_uncapped()
    {
        // 特困人员 in 2020: cap_applies 0 (取消封顶线).
        var acc = BenefitAccumulator.ForYear(9, 2020);
        ClaimSettlement s = BenefitSettlement.Settle(Resident2020, Claim(1, 9, new LocalDate(2020, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 300_000, 0, 0, AssistanceGroup.Destitute), ref acc);
        Assert.Equal(CapState.Uncapped, s.SeriousIllnessCap);
        Assert.Equal(Y(150_000), s.BasicCapRoom); // the basic layer keeps its annual cap
        Assert.True(s.SeriousIllness.IsPositive);
        Assert.Equal(s.SeriousIllnessBeforeCap, s.SeriousIllness);
    }

    [Theory]
    // Resident 2020, 低保: band 80%–85%. fund / in scope over 1,000,000 fen of in-scope cost.
    [InlineData(800_000, TargetOutcome.Within)]
    [InlineData(799_999, TargetOutcome.Below)]
    [InlineData(850_000, TargetOutcome.Within)]
    [InlineData(850_001, TargetOutcome.Above)]
    [InlineData(0, TargetOutcome.Below)]
    [InlineData(1_000_000, TargetOutcome.Above)]
    public void The_target_band_includes_both_edges(long fund, TargetOutcome expected) =>
        Assert.Equal(expected, BenefitSettlement.Target(Resident2020, AssistanceGroup.Dibao, fund, 1_000_000));

    [Fact]
    public void Without_a_band_or_an_in_scope_cost_there_is_no_judgement()
    {
        Assert.Equal(TargetOutcome.NoInScopeCost, BenefitSettlement.Target(Resident2020, AssistanceGroup.Dibao, 0, 0));
        Assert.Equal(TargetOutcome.NoTarget, BenefitSettlement.Target(Resident2021, AssistanceGroup.Dibao, 0, 0));
        Assert.Equal(TargetOutcome.NoTarget, BenefitSettlement.Target(Resident2021, AssistanceGroup.Dibao, 800_000, 1_000_000));
        var acc = BenefitAccumulator.ForYear(9, 2020);
        Assert.Equal(TargetOutcome.NoInScopeCost, acc.TargetFor(Resident2020, AssistanceGroup.Dibao));
        ClaimSettlement zero = BenefitSettlement.Settle(Resident2020, Claim(1, 9, new LocalDate(2020, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 100, 100, 0, AssistanceGroup.Dibao), ref acc);
        Assert.Equal(TargetOutcome.NoInScopeCost, zero.Target);
        Assert.Equal(Rate.Zero, zero.ThreeLayerRatio);
    }
}
