using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// Settlement branches the worked examples do not take: every layer's cap reached on one claim and exhausted for the
/// next, a cap met to the fen, the annual cap shared with 门诊慢特病, a partial 大病保险 counted share, an assistance
/// deductible crossed over the year, the target judged with 大病保险 paid, the accumulator's sums over every kind and
/// layer, and the batch and parallel forms' argument checks and empty input.
/// </summary>
public class SettlementMutationTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    [Fact]
    public void Every_layer_reaches_its_cap_on_one_claim_and_finds_it_exhausted_on_the_next()
    {
        // Employee, level 3, in service, 1,300,000.00 all in scope (安医保发〔2021〕104号 caps: basic 60,000, 大病 200,000, 救助 400,000):
        //   basic (1,300,000 − 900) × 88% = 1,143,208 > 60,000 → 60,000 (reached); after basic 1,240,000;
        //   大病 H = (1,240,000 − 15,000): 100,000 × 80% + 1,125,000 × 90% = 80,000 + 1,012,500 = 1,092,500 > 200,000 → 200,000 (reached);
        //   救助 base 1,240,000 − 200,000 = 1,040,000 × 50% = 520,000 > 400,000 → 400,000 (reached);
        //   patient 1,300,000 − 60,000 − 200,000 − 400,000 = 640,000.
        var acc = BenefitAccumulator.ForYear(5, 2021);
        ClaimSettlement big = BenefitSettlement.Settle(Employee2021, Claim(1, 5, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 1_300_000), ref acc);
        Assert.Equal((Y(1_143_208), Y(60_000), CapState.ReachedOnThisClaim), (big.BasicBeforeCap, big.Basic, big.BasicCap));
        Assert.Equal((Y(1_240_000), Y(1_092_500), Y(200_000), CapState.ReachedOnThisClaim), (big.SeriousIllnessBase, big.SeriousIllnessBeforeCap, big.SeriousIllness, big.SeriousIllnessCap));
        Assert.Equal((Y(1_040_000), Y(520_000), Y(400_000), CapState.ReachedOnThisClaim), (big.AssistanceBase, big.AssistanceBeforeCap, big.Assistance, big.AssistanceCap));
        Assert.Equal(Y(640_000), big.Patient);

        // The three layers paid 60,000 + 200,000 + 400,000 = 660,000 of the 1,300,000 in scope: 660,000 / 1,300,000 = 33/65.
        Assert.Equal(Y(660_000), big.FundPaid);
        Assert.Equal(Rate.FromRatio(660_000, 1_300_000), big.ThreeLayerRatio);

        // The second admission, 10,000.00: 起付线 900 × 50% = 450; basic (10,000 − 450) × 88% = 8,404 but no room left;
        //   大病 year base 1,240,000 → 1,250,000 adds 10,000 × 90% = 9,000, no room; 救助 base 1,040,000 → 1,050,000 adds
        //   525,000 − 520,000 = 5,000, no room; the patient pays all 10,000.
        BenefitAccumulator before = acc;
        BenefitClaim next = Claim(2, 5, new LocalDate(2021, 8, 1), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 10_000);
        ClaimSettlement s = BenefitSettlement.Settle(Employee2021, next, ref acc);
        Assert.Equal((Y(450), Y(8_404), Money.Zero, Money.Zero, CapState.ExhaustedBefore), (s.DeductibleDue, s.BasicBeforeCap, s.Basic, s.BasicCapRoom, s.BasicCap));
        Assert.Equal((Y(10_000), Y(9_000), Money.Zero, CapState.ExhaustedBefore), (s.SeriousIllnessBase, s.SeriousIllnessBeforeCap, s.SeriousIllness, s.SeriousIllnessCap));
        Assert.Equal((Y(10_000), Y(5_000), Money.Zero, CapState.ExhaustedBefore), (s.AssistanceBase, s.AssistanceBeforeCap, s.Assistance, s.AssistanceCap));
        Assert.Equal(Y(10_000), s.Patient);
        Assert.Equal((Y(1_250_000), Y(1_050_000)), (acc.SeriousIllnessBase, acc.AssistanceBase));
        Assert.Equal((Y(60_000), Y(200_000), Y(400_000)), (acc.BasicPaid, acc.SeriousIllnessPaid, acc.AssistancePaid));

        // The explanation of that second admission shows the used-up rooms: 大病 200,000 − 200,000 = 0.00.
        string text = FundMath.Tests.Support.ExplanationTrace.Of(BenefitSettlement.Explain(Employee2021, next, before));
        Assert.Contains("\n    - cap room (大病保险最高支付限额) = 0.00元\n", text, StringComparison.Ordinal);
        Assert.Contains("\n      - 大病保险 paid earlier this year = 200,000.00元  [input]\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    - 医疗救助 paid earlier this year = 400,000.00元  [input]\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    - year base before → after = 1,240,000.00元 → 1,250,000.00元\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    - year base before → after = 1,040,000.00元 → 1,050,000.00元\n", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("note: the cap was used up by earlier claims this year").Length - 1); // basic, 大病 and 救助

        // A claim of 0.00 after that has nothing to pay: 0 ≤ room 0, so no cap bound it.
        ClaimSettlement zero = BenefitSettlement.Settle(Employee2021, Claim(3, 5, new LocalDate(2021, 9, 1), BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 0), ref acc);
        Assert.Equal((CapState.BelowCap, CapState.BelowCap, CapState.BelowCap), (zero.BasicCap, zero.SeriousIllnessCap, zero.AssistanceCap));
    }

    [Fact]
    public void A_kind_cap_met_to_the_fen_is_below_the_cap_and_the_next_visit_finds_it_exhausted()
    {
        // Resident 门诊统筹 at level 1: 起付线 0, 60%, own cap 400.00. 666.67 × 60% = 400.002 → 400.00 = the room: below the cap.
        var acc = BenefitAccumulator.ForYear(2, 2021);
        ClaimSettlement exact = BenefitSettlement.Settle(Resident2021, Claim(1, 2, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 666.67m), ref acc);
        Assert.Equal((Y(400), Y(400), Y(400), CapState.BelowCap), (exact.BasicBeforeCap, exact.Basic, exact.BasicCapRoom, exact.BasicCap));
        ClaimSettlement after = BenefitSettlement.Settle(Resident2021, Claim(2, 2, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 100), ref acc);
        Assert.Equal((Y(60), Money.Zero, Money.Zero, CapState.ExhaustedBefore), (after.BasicBeforeCap, after.Basic, after.BasicCapRoom, after.BasicCap));

        // 500.00 → 300.00 (room 400), then 500.00 → 300.00 against the 100.00 left: reached, 100.00 paid.
        var other = BenefitAccumulator.ForYear(3, 2021);
        ClaimSettlement first = BenefitSettlement.Settle(Resident2021, Claim(3, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 500), ref other);
        ClaimSettlement second = BenefitSettlement.Settle(Resident2021, Claim(4, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 500), ref other);
        Assert.Equal((Y(300), Y(400), CapState.BelowCap), (first.Basic, first.BasicCapRoom, first.BasicCap));
        Assert.Equal((Y(300), Y(100), Y(100), CapState.ReachedOnThisClaim), (second.BasicBeforeCap, second.BasicCapRoom, second.Basic, second.BasicCap));
        Assert.Equal(Y(400), other.BasicPaidFor(ClaimKind.Outpatient));
        Assert.Equal(Money.Zero, other.AnnualCapUsed); // 门诊统筹 does not count towards 最高支付限额
    }

    [Fact]
    public void Chronic_payments_share_the_annual_cap_with_admissions_and_keep_their_own()
    {
        // Employee 门诊慢特病 at level 1: 起付线 0, 90%, own cap 10,000. 5,000.00 → 4,500.00.
        // Then an admission at level 3, 10,000.00: room = 60,000 − (0 + 4,500) = 55,500; basic (10,000 − 900) × 88% = 8,008.
        // Then 门诊慢特病 1,000.00: room = min(60,000 − (8,008 + 4,500), 10,000 − 4,500) = min(47,492, 5,500) = 5,500; basic 900.
        var acc = BenefitAccumulator.ForYear(6, 2021);
        ClaimSettlement chronic = BenefitSettlement.Settle(Employee2021, Claim(1, 6, May2021, BenefitScheme.Employee, ClaimKind.ChronicOutpatient, HospitalLevel.Level1, 5_000), ref acc);
        Assert.Equal((Y(4_500), Y(10_000)), (chronic.Basic, chronic.BasicCapRoom));
        ClaimSettlement admission = BenefitSettlement.Settle(Employee2021, Claim(2, 6, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 10_000), ref acc);
        Assert.Equal((Y(8_008), Y(55_500), CapState.BelowCap), (admission.Basic, admission.BasicCapRoom, admission.BasicCap));
        Assert.Equal(Y(12_508), acc.AnnualCapUsed);

        BenefitAccumulator before = acc;
        BenefitClaim third = Claim(3, 6, May2021, BenefitScheme.Employee, ClaimKind.ChronicOutpatient, HospitalLevel.Level1, 1_000);
        ClaimSettlement again = BenefitSettlement.Settle(Employee2021, third, ref acc);
        Assert.Equal((Y(900), Y(5_500), CapState.BelowCap), (again.Basic, again.BasicCapRoom, again.BasicCap));
        Assert.Equal(DeductibleBasis.PerYear, again.DeductibleBasis);
        Assert.Equal(Y(5_400), acc.BasicPaidFor(ClaimKind.ChronicOutpatient));

        // Its explanation names both rooms and what each had used.
        string text = FundMath.Tests.Support.ExplanationTrace.Of(BenefitSettlement.Explain(Employee2021, third, before));
        Assert.Contains("\n    - cap room (最高支付限额 / 年度限额) = 5,500.00元\n        formula: min(60,000.00元 − 12,508.00元, 10,000.00元 − 4,500.00元)\n", text, StringComparison.Ordinal);
        Assert.Contains("\n      - 最高支付限额 used earlier this year (住院 + 门诊慢特病) = 12,508.00元  [input]\n", text, StringComparison.Ordinal);
        Assert.Contains("\n      - 门诊慢特病 payments earlier this year = 4,500.00元  [input]\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  - 基本医保统筹基金支付 (basic layer, 门诊慢特病, 一级及以下, 在职) = 900.00元\n", text, StringComparison.Ordinal);
        Assert.Contains("\n        formula: min(in scope 1,000.00元, max(0, 0.00元 − 0.00元 used) = 0.00元)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fourth_admission_explains_the_subsequent_repeat_factor()
    {
        // Resident level 1, 1,000.00 each: 起付线 200 × 100% then × 50% (second) and × 50% (subsequent, every later one):
        // basic (1,000 − 200) × 88% = 704, then (1,000 − 100) × 88% = 792 for the second, third and fourth.
        var acc = BenefitAccumulator.ForYear(3, 2021);
        ClaimSettlement[] s =
        [
            .. Enumerable.Range(1, 3).Select(i =>
                BenefitSettlement.Settle(Resident2021, Claim(i, 3, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 1_000), ref acc)),
        ];
        Assert.Equal([Y(704), Y(792), Y(792)], s.Select(x => x.Basic));
        BenefitClaim fourth = Claim(4, 3, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 1_000);
        string text = FundMath.Tests.Support.ExplanationTrace.Of(BenefitSettlement.Explain(Resident2021, fourth, acc));
        Assert.Contains("formula: min(in scope 1,000.00元, 200.00元 × 50.00% = 100.00元) — 住院 visit 4 of the year\n", text, StringComparison.Ordinal);
        Assert.Contains("- benefits.resident.inpatient.repeat_factor[subsequent] = 50%  [parameter", text, StringComparison.Ordinal);
        ClaimSettlement last = BenefitSettlement.Settle(Resident2021, fourth, ref acc);
        Assert.Equal((4, Y(100), Y(792)), (last.Visit, last.Deductible, last.Basic));
        Assert.Equal(4, acc.Admissions);
    }

    [Fact]
    public void A_partial_counted_share_rounds_the_serious_illness_base_once()
    {
        // counted_share chronic 50% (override): resident 门诊慢特病 level 1, 3,000.03: basic round(3,000.03 × 70%) = round(2,100.021) = 2,100.02;
        // after basic 900.01; base round(900.01 × 50%) = round(450.005) = 450.01 (四舍五入).
        ParameterSet set = Set.WithOverrides([new Parameter("benefits.resident.serious_illness.counted_share", ParameterUnit.Rate,
            [new ParameterEntry(new LocalDate(2020, 1, 1), new[] { ("inpatient", 100m), ("outpatient", 0m), ("chronic", 50m) }
                .Select(b => new ScaleBracket(b.Item1, ParameterValue.FromRate(Rate.FromPercent(b.Item2)))), new Citation("test override"))])]);
        BenefitPlan plan = BenefitPlan.FromParameters(set, BenefitScheme.Resident, May2021);
        var acc = BenefitAccumulator.ForYear(4, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(plan, Claim(1, 4, May2021, BenefitScheme.Resident, ClaimKind.ChronicOutpatient, HospitalLevel.Level1, 3_000.03m), ref acc);
        Assert.Equal((Y(2_100.02m), Y(900.01m), Y(450.01m)), (s.Basic, s.AfterBasic, s.SeriousIllnessBase));
        Assert.Equal(Y(450.01m), acc.SeriousIllnessBase);
        Assert.Equal(Rate.FromPercent(50), plan.CountedShare(ClaimKind.ChronicOutpatient));
    }

    [Fact]
    public void The_assistance_deductible_is_crossed_once_over_the_year()
    {
        // Resident 2021, 返贫致贫人口: 医疗救助 起付标准 1,000, 60%; 大病 deductible 10,000 × 50% = 5,000 (never reached here).
        // 1) level 2, 1,000.00: 起付线 500; basic 500 × 80% = 400; base 600 (year 600 ≤ 1,000): 救助 0.
        // 2) level 2, 5,000.00: 起付线 500 × 50% = 250; basic 4,750 × 80% = 3,800; base 1,200 (year 600 → 1,800): round(800 × 60%) − 0 = 480.
        // 3) the same again: base 1,200 (year 1,800 → 3,000): round(2,000 × 60%) − round(800 × 60%) = 1,200 − 480 = 720.
        var acc = BenefitAccumulator.ForYear(7, 2021);
        ClaimSettlement[] s =
        [
            .. new[] { 1_000m, 5_000m, 5_000m }.Select((total, i) =>
                BenefitSettlement.Settle(Resident2021, Claim(i + 1, 7, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, total, group: AssistanceGroup.PovertyRelapse), ref acc)),
        ];
        Assert.Equal([Y(400), Y(3_800), Y(3_800)], s.Select(x => x.Basic));
        Assert.Equal([Y(600), Y(1_200), Y(1_200)], s.Select(x => x.AssistanceBase));
        Assert.Equal([Money.Zero, Y(480), Y(720)], s.Select(x => x.AssistanceBeforeCap));
        Assert.Equal([Money.Zero, Y(480), Y(720)], s.Select(x => x.Assistance));
        Assert.All(s, x => Assert.Equal(Money.Zero, x.SeriousIllness));
        Assert.Equal([Y(600), Y(720), Y(480)], s.Select(x => x.Patient));
        // The year: (3,000 − 1,000) × 60% = 1,200.
        Assert.Equal((Y(3_000), Y(1_200)), (acc.AssistanceBase, acc.AssistancePaid));
    }

    [Fact]
    public void The_target_counts_serious_illness_with_the_other_layers()
    {
        // Resident 2020, 特困人员, level 3, 100,000.00 in scope: 起付线 1,000; ratio 70% + 10pp = 80%: basic 79,200; after 20,800;
        // 大病 deductible 10,000 × 50% = 5,000, 60% + 5pp = 65%: (20,800 − 5,000) × 65% = 10,270 (no cap);
        // 救助 (20,800 − 10,270) × 80% = 8,424; three layers 79,200 + 10,270 + 8,424 = 97,894 / 100,000 = 97.894% > 85%: above.
        Assert.Equal(Y(5_000), Resident2020.SeriousIllnessDeductible(AssistanceGroup.Destitute));
        var acc = BenefitAccumulator.ForYear(8, 2020);
        ClaimSettlement s = BenefitSettlement.Settle(Resident2020,
            Claim(1, 8, new LocalDate(2020, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 100_000, group: AssistanceGroup.Destitute), ref acc);
        Assert.Equal((Y(79_200), Y(10_270), Y(8_424), Y(2_106)), (s.Basic, s.SeriousIllness, s.Assistance, s.Patient));
        Assert.Equal(CapState.Uncapped, s.SeriousIllnessCap);
        Assert.Equal(TargetOutcome.Above, s.Target);
        Assert.Equal(TargetOutcome.Above, acc.TargetFor(Resident2020, AssistanceGroup.Destitute));
    }

    [Fact]
    public void The_accumulator_sums_every_kind_and_layer()
    {
        // Basic 1,000.00 (住院) + 2,000.00 (门诊统筹) + 3,000.00 (门诊慢特病), 大病 1,200.00, 救助 1,000.00 on 10,000.00 in scope:
        // basic paid 6,000.00; 最高支付限额 used 1,000 + 3,000 = 4,000.00; fund paid 8,200.00 = 82% — inside 低保's 2020 band 80%–85%.
        var acc = BenefitAccumulator.ForYear(9, 2020);
        acc.BasicSums[0] = 100_000;
        acc.BasicSums[1] = 200_000;
        acc.BasicSums[2] = 300_000;
        acc.SeriousPaidSum = 120_000;
        acc.AssistPaidSum = 100_000;
        acc.InScopeSum = 1_000_000;
        Assert.Equal((Y(6_000), Y(4_000), Y(8_200)), (acc.BasicPaid, acc.AnnualCapUsed, acc.FundPaid));
        Assert.Equal(TargetOutcome.Within, acc.TargetFor(Resident2020, AssistanceGroup.Dibao));
        // 200.00 less of 救助 leaves 8,000.00 = 80% exactly (inside); a fen less again is below.
        acc.AssistPaidSum = 80_000;
        Assert.Equal(TargetOutcome.Within, acc.TargetFor(Resident2020, AssistanceGroup.Dibao));
        acc.AssistPaidSum = 79_999;
        Assert.Equal(TargetOutcome.Below, acc.TargetFor(Resident2020, AssistanceGroup.Dibao));
    }

    [Fact]
    public void Partitions_of_no_persons_and_repeated_cuts()
    {
        // No persons: one empty range [0, 0).
        Assert.Equal([0, 0], BenefitSettlement.Partition([0], 0, 3));
        // Two persons of 10 claims into 4: targets 5, 10, 15 find persons 1, 1, 2 → one cut at person 1.
        Assert.Equal([0, 1, 2], BenefitSettlement.Partition([0, 10, 20], 2, 4));

        var empty = new BenefitClaimTable([0], [], [], [], [], [], [], [], [], [], []);
        BenefitBatchTotals totals = BenefitSettlement.SettleParallel(Resident2021, empty, [], new BenefitPaymentTable(0), 3);
        Assert.Equal(default, totals);
        Assert.Equal(default, BenefitSettlement.Settle(Resident2021, empty.Columns, Span<BenefitAccumulator>.Empty, new BenefitPaymentTable(0).Columns));
    }

    [Fact]
    public void The_batch_and_parallel_forms_check_their_arguments()
    {
        BenefitClaimTable table = BenefitClaimTable.FromClaims(
        [
            Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000),
            Claim(2, 2, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000),
        ]);
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021), BenefitAccumulator.ForYear(2, 2021)];
        var payments = new BenefitPaymentTable(2);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => BenefitSettlement.SettleParallel(null!, table, accumulators, payments, 2)).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => BenefitSettlement.SettleParallel(Resident2021, null!, accumulators, payments, 2)).ParamName);
        Assert.Equal("accumulators", Assert.Throws<ArgumentNullException>(() => BenefitSettlement.SettleParallel(Resident2021, table, null!, payments, 2)).ParamName);
        Assert.Equal("payments", Assert.Throws<ArgumentNullException>(() => BenefitSettlement.SettleParallel(Resident2021, table, accumulators, null!, 2)).ParamName);
        Assert.Equal("partitions", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitSettlement.SettleParallel(Resident2021, table, accumulators, payments, 0)).ParamName);
        Assert.Equal("partitions", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitSettlement.SettleParallel(Resident2021, table, accumulators, payments, 1025)).ParamName);
        Assert.Equal(
            "accumulators (1) must hold one accumulator per person (2). (Parameter 'accumulators')",
            Assert.Throws<ArgumentException>(() => BenefitSettlement.SettleParallel(Resident2021, table, [accumulators[0]], payments, 2)).Message);
        Assert.Equal(
            "accumulators (3) must hold one accumulator per person (2). (Parameter 'accumulators')",
            Assert.Throws<ArgumentException>(() => BenefitSettlement.Settle(Resident2021, table.Columns, new BenefitAccumulator[3], payments.Columns)).Message);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => BenefitSettlement.Settle(null!, table.Columns, accumulators, payments.Columns)).ParamName);
        Assert.All(accumulators, a => Assert.Equal(0, a.Claims)); // nothing applied by a refused call

        // 1,024 partitions is allowed (two persons make two ranges): each claim (1,000 − 500) × 80% = 400.00.
        BenefitBatchTotals totals = BenefitSettlement.SettleParallel(Resident2021, table, accumulators, payments, 1024);
        Assert.Equal((2L, Y(800)), (totals.Claims, totals.Basic));
        Assert.Equal([Y(400), Y(400)], payments.Basic);
    }
}
