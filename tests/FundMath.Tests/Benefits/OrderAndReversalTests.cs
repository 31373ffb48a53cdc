using System.Linq;
using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>Order within a year and reversal (冲正), on the Ankang 2021 resident plan.</summary>
public class OrderAndReversalTests
{
    private static readonly BenefitClaim A = Claim(1, 1, new LocalDate(2021, 3, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 5_000);
    private static readonly BenefitClaim B = Claim(2, 1, new LocalDate(2021, 8, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 20_000);

    private static (ClaimSettlement First, ClaimSettlement Second, BenefitAccumulator Accumulator) Run(BenefitClaim first, BenefitClaim second)
    {
        var acc = BenefitAccumulator.ForYear(1, 2021);
        ClaimSettlement x = BenefitSettlement.Settle(Resident2021, first, ref acc);
        ClaimSettlement y = BenefitSettlement.Settle(Resident2021, second, ref acc);
        return (x, y, acc);
    }

    [Fact]
    public void Order_matters_when_the_second_admission_pays_half_the_deductible()
    {
        // A (level 1, 5,000) then B (level 3, 20,000): A pays the full 200, B half of 1,000:
        //   (5,000 − 200) × 88% = 4,224; (20,000 − 500) × 70% = 13,650; basic 17,874.
        // B then A: B pays the full 1,000, A half of 200: (20,000 − 1,000) × 70% = 13,300; (5,000 − 100) × 88% = 4,312; basic 17,612.
        // The 262.00 difference is which admission is "the second one of the year" (repeat_factor), at different ratios.
        (ClaimSettlement a1, ClaimSettlement b2, BenefitAccumulator ab) = Run(A, B);
        (ClaimSettlement b1, ClaimSettlement a2, BenefitAccumulator ba) = Run(B, A);
        Assert.Equal((Y(4_224), Y(13_650)), (a1.Basic, b2.Basic));
        Assert.Equal((Y(13_300), Y(4_312)), (b1.Basic, a2.Basic));
        Assert.Equal(Y(17_874), ab.BasicPaid);
        Assert.Equal(Y(17_612), ba.BasicPaid);
        Assert.Equal(Y(25_000), ab.Claimed);
        Assert.Equal(ab.Claimed, ba.Claimed);
    }

    [Fact]
    public void Order_does_not_matter_for_year_totals_when_no_deductible_depends_on_earlier_claims()
    {
        // The same two admissions with repeat factors of 100% for every admission: 4,224 + 13,300 = 17,524 in both orders.
        var set = AnkangPlans.Set.WithOverrides([new FundMath.Policies.Parameter("benefits.resident.inpatient.repeat_factor", FundMath.Policies.ParameterUnit.Rate,
            [new FundMath.Policies.ParameterEntry(new LocalDate(2020, 1, 1), new[] { "first", "second", "subsequent" }
                .Select(k => new FundMath.Policies.ScaleBracket(k, FundMath.Policies.ParameterValue.FromRate(Rate.OneHundredPercent))), new FundMath.Citations.Citation("test"))])]);
        BenefitPlan plan = BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1));
        var ab = BenefitAccumulator.ForYear(1, 2021);
        var ba = BenefitAccumulator.ForYear(1, 2021);
        BenefitSettlement.Settle(plan, A, ref ab);
        BenefitSettlement.Settle(plan, B, ref ab);
        BenefitSettlement.Settle(plan, B, ref ba);
        BenefitSettlement.Settle(plan, A, ref ba);
        Assert.Equal(Y(17_524), ab.BasicPaid);
        Assert.Equal(ab.BasicPaid, ba.BasicPaid);
        Assert.Equal(ab.SeriousIllnessPaid, ba.SeriousIllnessPaid);
    }

    [Fact]
    public void Reversing_the_first_admission_keeps_the_second_as_settled()
    {
        // 冲正 of A after A, B: the accumulator holds exactly B's record — one admission, B's half deductible 500, basic 13,650 —
        // B is not re-settled (its settlement stands as issued).
        var ledger = new BenefitLedger(Plans20202021);
        ledger.Settle(A);
        ClaimSettlement b = ledger.Settle(B);
        ledger.Reverse(A.Id);
        BenefitAccumulator acc = ledger.Accumulator(1, BenefitScheme.Resident, 2021);
        Assert.Equal(1, acc.Admissions);
        Assert.Equal(Y(500), acc.DeductibleUsed(ClaimKind.Inpatient));
        Assert.Equal(b.Basic, acc.BasicPaid);
        Assert.Equal(Y(20_000), acc.Claimed);
        Assert.False(ledger.IsActive(A.Id));
        Assert.True(ledger.IsActive(B.Id));

        // Re-settling A now makes it the second admission: half of 200.
        ClaimSettlement again = ledger.Settle(A);
        Assert.Equal(Y(100), again.Deductible);
        Assert.Equal(Y(4_312), again.Basic);
    }
}
