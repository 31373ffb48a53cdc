using FundMath.Benefits;
using NodaTime;
using Xunit.Abstractions;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The worked examples of docs/benefits.md, each derived by hand from the Ankang sample plans
/// (samples/parameters/ankang.yaml; deductibles and ratios there are illustrative, caps and tilts cited to 安医保发〔2021〕104号).
/// </summary>
public class WorkedExampleTests(ITestOutputHelper output)
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    [Fact]
    public void Resident_level2_first_admission_pays_80_percent_above_the_500_deductible()
    {
        // 12,000 total, 1,000 out of scope, 2,000 class B: 乙类先行自付 2,000 × 10% = 200; in scope 12,000 − 1,000 − 200 = 10,800;
        // 起付线 500 (level 2, first admission); basic (10,800 − 500) × 80% = 8,240; 大病 base 2,560 < deductible 20,000 × 50% = 10,000.
        BenefitPlan plan = Resident2021;
        var acc = BenefitAccumulator.ForYear(1, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(plan, Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000), ref acc);
        output.WriteLine(BenefitSettlement.Explain(plan, Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000), BenefitAccumulator.ForYear(1, 2021)).ToText());
        Assert.Equal(Y(200), s.ClassBSelfPay);
        Assert.Equal(Y(10_800), s.InScope);
        Assert.Equal(Y(500), s.Deductible);
        Assert.Equal(Y(8_240), s.Basic);
        Assert.Equal(Y(0), s.SeriousIllness);
        Assert.Equal(Y(0), s.Assistance);
        Assert.Equal(Y(3_760), s.Patient);
        Assert.Equal(Y(2_560), s.InScopePatient);
        Assert.Equal(TargetOutcome.NoTarget, s.Target);
        Assert.Equal(1, acc.Admissions);
        Assert.Equal(Y(2_560), acc.SeriousIllnessBase);
    }

    [Fact]
    public void Second_admission_pays_half_the_deductible_and_crosses_the_serious_illness_deductible()
    {
        // After example 1 (year 大病 base 2,560): level 3, 30,000 total, 3,000 out, 5,000 class B: self-pay 500; in scope 26,500;
        // 起付线 1,000 × 50% (second admission) = 500; basic (26,500 − 500) × 70% = 18,200; after basic 8,300;
        // 大病 year base 2,560 → 10,860, deductible 10,000: (10,860 − 10,000) × 60% = 516; patient 30,000 − 18,200 − 516 = 11,284.
        BenefitPlan plan = Resident2021;
        var acc = BenefitAccumulator.ForYear(1, 2021);
        BenefitSettlement.Settle(plan, Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000), ref acc);
        BenefitClaim second = Claim(2, 1, new LocalDate(2021, 9, 3), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 30_000, 3_000, 5_000);
        output.WriteLine(BenefitSettlement.Explain(plan, second, acc).ToText());
        ClaimSettlement s = BenefitSettlement.Settle(plan, second, ref acc);
        Assert.Equal(2, s.Visit);
        Assert.Equal(Y(500), s.DeductibleDue);
        Assert.Equal(Y(18_200), s.Basic);
        Assert.Equal(Y(8_300), s.SeriousIllnessBase);
        Assert.Equal(Y(516), s.SeriousIllness);
        Assert.Equal(Y(11_284), s.Patient);
        Assert.Equal(Y(516), acc.SeriousIllnessPaid);
    }

    [Fact]
    public void Dibao_admission_in_2020_is_above_the_80_to_85_band_and_in_2021_has_no_band()
    {
        // 低保 resident, level 2, 20,000 total, 2,000 out, 3,000 class B: self-pay 300; in scope 17,700; 起付线 500.
        // 2020: ratio 80% + 10pp (group_increase, the tilt cancelled from 2021) = 90%: basic 17,200 × 90% = 15,480; after 2,220;
        //   大病 deductible 10,000 × 50% (倾斜) = 5,000 > 2,220: 0; 救助 2,220 × 70% = 1,554; patient 2,966;
        //   three-layer ratio (15,480 + 1,554) / 17,700 = 96.24% > 85%: Above.
        // 2021: ratio 80%: basic 13,760; after 3,940 < 5,000: 大病 0; 救助 3,940 × 70% = 2,758; patient 3,482; no band.
        var acc2020 = BenefitAccumulator.ForYear(9, 2020);
        ClaimSettlement s2020 = BenefitSettlement.Settle(Resident2020,
            Claim(20, 9, new LocalDate(2020, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000, 2_000, 3_000, AssistanceGroup.Dibao), ref acc2020);
        Assert.Equal(Rate.FromPercent(90), s2020.BasicRatio);
        Assert.Equal(Y(15_480), s2020.Basic);
        Assert.Equal(Y(0), s2020.SeriousIllness);
        Assert.Equal(Y(1_554), s2020.Assistance);
        Assert.Equal(Y(2_966), s2020.Patient);
        Assert.Equal(Rate.FromRatio(17_034, 17_700), s2020.ThreeLayerRatio);
        Assert.Equal(TargetOutcome.Above, s2020.Target);

        var acc2021 = BenefitAccumulator.ForYear(9, 2021);
        ClaimSettlement s2021 = BenefitSettlement.Settle(Resident2021,
            Claim(21, 9, new LocalDate(2021, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000, 2_000, 3_000, AssistanceGroup.Dibao), ref acc2021);
        Assert.Equal(Y(13_760), s2021.Basic);
        Assert.Equal(Y(0), s2021.SeriousIllness);
        Assert.Equal(Y(2_758), s2021.Assistance);
        Assert.Equal(Y(3_482), s2021.Patient);
        Assert.Equal(TargetOutcome.NoTarget, s2021.Target);
    }

    [Fact]
    public void Employee_admission_reaches_the_60000_cap_and_the_upper_layers_take_over()
    {
        // In-service employee, level 3, 200,000 total, 20,000 out, 30,000 class B: self-pay 3,000; in scope 177,000; 起付线 900;
        // (177,000 − 900) × 88% = 154,968 > 最高支付限额 60,000 (安医保发〔2021〕104号): basic 60,000, cap reached;
        // after basic 117,000; 大病 deductible 15,000: band1 100,000 × 80% + band2 2,000 × 90% = 81,800 (cap 200,000);
        // 大病医疗救助 (117,000 − 81,800) × 50% = 17,600 (cap 400,000); patient 200,000 − 60,000 − 81,800 − 17,600 = 40,600.
        BenefitPlan plan = Employee2021;
        var acc = BenefitAccumulator.ForYear(5, 2021);
        BenefitClaim claim = Claim(50, 5, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 200_000, 20_000, 30_000);
        output.WriteLine(BenefitSettlement.Explain(plan, claim, acc).ToText());
        ClaimSettlement s = BenefitSettlement.Settle(plan, claim, ref acc);
        Assert.Equal(Y(154_968), s.BasicBeforeCap);
        Assert.Equal(Y(60_000), s.Basic);
        Assert.Equal(CapState.ReachedOnThisClaim, s.BasicCap);
        Assert.Equal(Y(81_800), s.SeriousIllness);
        Assert.Equal(Y(17_600), s.Assistance);
        Assert.Equal(Y(40_600), s.Patient);
        Assert.Equal(Y(60_000), acc.AnnualCapUsed);
    }

    [Fact]
    public void Outpatient_visits_share_the_yearly_deductible()
    {
        // Resident 门诊统筹 at level 2: per-year 起付线 100, ratio 50%. Visit 1: 80 → deductible 80, basic 0.
        // Visit 2: 150 → deductible 20 (what is left), basic (150 − 20) × 50% = 65.
        BenefitPlan plan = Resident2021;
        var acc = BenefitAccumulator.ForYear(3, 2021);
        ClaimSettlement v1 = BenefitSettlement.Settle(plan, Claim(31, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 80), ref acc);
        ClaimSettlement v2 = BenefitSettlement.Settle(plan, Claim(32, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 150), ref acc);
        Assert.Equal((Y(80), Y(0)), (v1.Deductible, v1.Basic));
        Assert.Equal((Y(20), Y(65)), (v2.Deductible, v2.Basic));
        Assert.Equal(Y(100), acc.DeductibleUsed(ClaimKind.Outpatient));
    }
}
