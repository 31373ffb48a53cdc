using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Benefits;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Benefits;

/// <summary>The laws of three-layer settlement, over random valid plans and person-years of claims.</summary>
public class SettlementPropertyTests
{
    private static (ClaimSettlement[] Settlements, BenefitAccumulator Accumulator) SettleAll(BenefitPlan plan, IEnumerable<BenefitClaim> claims)
    {
        var acc = BenefitAccumulator.ForYear(1, BenefitArbitraries.Year);
        var list = new List<ClaimSettlement>();
        foreach (BenefitClaim c in claims)
        {
            list.Add(BenefitSettlement.Settle(plan, c, ref acc));
        }

        return ([.. list], acc);
    }

    [FundMathProperty]
    public Property Every_claim_splits_exactly_into_non_negative_parts() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(groupVaries: true), sample =>
        {
            (ClaimSettlement[] settlements, _) = SettleAll(sample.Plan, sample.Claims);
            return settlements.All(s =>
                s.Basic + s.SeriousIllness + s.Assistance + s.Patient == s.Total
                && s.Patient == s.OutOfScope + s.ClassBSelfPay + s.InScopePatient
                && s.InScope == s.Total - s.OutOfScope - s.ClassBSelfPay
                && !s.Basic.IsNegative && !s.SeriousIllness.IsNegative && !s.Assistance.IsNegative && !s.InScopePatient.IsNegative
                && s.Deductible <= s.InScope && s.Basic <= s.BasicBeforeCap && s.SeriousIllness <= s.SeriousIllnessBeforeCap);
        });

    [FundMathProperty]
    public Property Each_payment_is_monotone_non_decreasing_in_the_claim_amount() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(groupVaries: true), Arb.From(Gen.Choose(0, 10_000_000)), (sample, extraFen) =>
        {
            if (sample.Claims.Count == 0)
            {
                return true;
            }

            // The state before the last claim; the last claim with its total and with a larger total.
            (_, BenefitAccumulator before) = SettleAll(sample.Plan, sample.Claims.Take(sample.Claims.Count - 1));
            BenefitClaim last = sample.Claims[^1];
            BenefitClaim larger = BenefitArbitraries.WithTotal(last, last.Total + Money.FromFen(extraFen));
            BenefitAccumulator a = before, b = before;
            ClaimSettlement x = BenefitSettlement.Settle(sample.Plan, last, ref a);
            ClaimSettlement y = BenefitSettlement.Settle(sample.Plan, larger, ref b);
            return x.Basic <= y.Basic && x.SeriousIllness <= y.SeriousIllness && x.Assistance <= y.Assistance && x.Patient <= y.Patient;
        });

    [FundMathProperty]
    public Property No_layer_exceeds_its_cap_over_a_year_in_any_order() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(), Arb.From(Gen.Choose(0, int.MaxValue)), (sample, seed) =>
        {
            BenefitClaim[] shuffled = [.. sample.Claims];
            new Random(seed).Shuffle(shuffled);
            (_, BenefitAccumulator acc) = SettleAll(sample.Plan, shuffled);
            BenefitPlan plan = sample.Plan;
            AssistanceGroup group = shuffled.Length > 0 ? shuffled[0].Group : AssistanceGroup.General;
            return acc.AnnualCapUsed <= plan.AnnualCap
                && acc.BasicPaidFor(ClaimKind.Outpatient) <= plan.KindCap(ClaimKind.Outpatient)!.Value
                && acc.BasicPaidFor(ClaimKind.ChronicOutpatient) <= plan.KindCap(ClaimKind.ChronicOutpatient)!.Value
                && (plan.SeriousIllnessCap(group) is not { } seriousCap || acc.SeriousIllnessPaid <= seriousCap)
                && acc.AssistancePaid <= plan.AssistanceCap(group);
        });

    [FundMathProperty]
    public Property Settle_then_reverse_restores_the_accumulator_exactly() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(groupVaries: true), Arb.From(Gen.Choose(0, int.MaxValue)), (sample, seed) =>
        {
            (ClaimSettlement[] settlements, BenefitAccumulator acc) = SettleAll(sample.Plan, sample.Claims);
            if (settlements.Length == 0)
            {
                return acc == BenefitAccumulator.ForYear(1, BenefitArbitraries.Year);
            }

            // Settle one more claim and reverse it: back to the state before it.
            BenefitAccumulator before = acc;
            BenefitClaim again = sample.Claims[0];
            ClaimSettlement extra = BenefitSettlement.Settle(sample.Plan, again, ref acc);
            BenefitSettlement.Reverse(extra, ref acc);
            bool restored = acc == before;

            // Reversing every claim, in any order, empties the year.
            ClaimSettlement[] order = [.. settlements];
            new Random(seed).Shuffle(order);
            foreach (ClaimSettlement s in order)
            {
                BenefitSettlement.Reverse(s, ref acc);
            }

            return restored && acc == BenefitAccumulator.ForYear(1, BenefitArbitraries.Year);
        });

    [FundMathProperty]
    public Property A_zero_claim_pays_nothing_whatever_came_before() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(groupVaries: true), sample =>
        {
            (_, BenefitAccumulator acc) = SettleAll(sample.Plan, sample.Claims);
            BenefitClaim template = sample.Claims.Count > 0 ? sample.Claims[0] : new BenefitClaim(1, 1, new NodaTime.LocalDate(BenefitArbitraries.Year, 3, 1),
                sample.Plan.Scheme, ClaimKind.Inpatient, HospitalLevel.Level2, sample.Plan.Scheme == BenefitScheme.Employee ? PersonStatus.InService : PersonStatus.Resident,
                AssistanceGroup.Dibao, Money.Zero, Money.Zero, Money.Zero);
            ClaimSettlement s = BenefitSettlement.Settle(sample.Plan, template.WithAmounts(Money.Zero, Money.Zero, Money.Zero), ref acc);
            return s.Basic.IsZero && s.SeriousIllness.IsZero && s.Assistance.IsZero && s.Patient.IsZero && s.Deductible.IsZero;
        });

    [FundMathProperty]
    public Property Serious_illness_and_assistance_year_totals_follow_the_year_base_in_any_order() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(), Arb.From(Gen.Choose(0, int.MaxValue)), (sample, seed) =>
        {
            // With one group all year: 大病 total = min(cap, H(Σ base)), 救助 total = min(cap, round((Σ base − d) × ratio)).
            BenefitClaim[] shuffled = [.. sample.Claims];
            new Random(seed).Shuffle(shuffled);
            (_, BenefitAccumulator acc) = SettleAll(sample.Plan, shuffled);
            BenefitPlan plan = sample.Plan;
            AssistanceGroup g = shuffled.Length > 0 ? shuffled[0].Group : AssistanceGroup.General;
            long h = BenefitSettlement.SeriousH(plan, g, acc.SeriousIllnessBase.Fen);
            long seriousExpected = plan.SeriousIllnessCap(g) is { } cap ? Math.Min(cap.Fen, h) : h;
            long assistBase = acc.AssistanceBase.Fen - plan.AssistanceDeductible(g).Fen;
            long assistExpected = assistBase <= 0 ? 0 : Math.Min(plan.AssistanceCap(g).Fen,
                Money.FromFen(assistBase).Multiply(plan.AssistanceRatio(g), plan.Rounding).Fen);
            return acc.SeriousIllnessPaid.Fen == seriousExpected && acc.AssistancePaid.Fen == assistExpected;
        });

    [FundMathProperty]
    public Property Year_totals_do_not_depend_on_the_order_when_no_deductible_depends_on_earlier_claims() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(orderIndependentDeductibles: true), Arb.From(Gen.Choose(0, int.MaxValue)), (sample, seed) =>
        {
            BenefitClaim[] shuffled = [.. sample.Claims];
            new Random(seed).Shuffle(shuffled);
            (_, BenefitAccumulator a) = SettleAll(sample.Plan, sample.Claims);
            (_, BenefitAccumulator b) = SettleAll(sample.Plan, shuffled);
            return a.BasicPaid == b.BasicPaid && a.SeriousIllnessPaid == b.SeriousIllnessPaid && a.AssistancePaid == b.AssistancePaid
                && a.FundPaid == b.FundPaid && a.InScope == b.InScope && a.SeriousIllnessBase == b.SeriousIllnessBase;
        });

    [FundMathProperty]
    public Property The_batch_equals_the_scalar_settlement_claim_by_claim_and_the_parallel_form_equals_the_batch() =>
        Prop.ForAll(BenefitArbitraries.Batch(), Arb.From(Gen.Choose(1, 5)), (batch, partitions) =>
        {
            (BenefitPlan plan, BenefitClaimTable table) = batch;
            int year = BenefitArbitraries.Year;
            var accumulators = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, year)).ToArray();
            var payments = new BenefitPaymentTable(table.Count);
            BenefitBatchTotals totals = BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns);

            var parallelAccumulators = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, year)).ToArray();
            var parallelPayments = new BenefitPaymentTable(table.Count);
            BenefitBatchTotals parallel = BenefitSettlement.SettleParallel(plan, table, parallelAccumulators, parallelPayments, partitions);

            bool same = totals == parallel && accumulators.SequenceEqual(parallelAccumulators)
                && payments.Basic.SequenceEqual(parallelPayments.Basic) && payments.Patient.SequenceEqual(parallelPayments.Patient)
                && payments.SeriousIllness.SequenceEqual(parallelPayments.SeriousIllness) && payments.Assistance.SequenceEqual(parallelPayments.Assistance);
            long basic = 0, patient = 0;
            var columns = table.Columns;
            for (int p = 0; p < table.Persons; p++)
            {
                var acc = BenefitAccumulator.ForYear(table.PersonIds[p], year);
                for (int i = columns.PersonStarts[p]; i < columns.PersonStarts[p + 1]; i++)
                {
                    ClaimSettlement s = BenefitSettlement.Settle(plan, table.Claim(i, plan.Scheme), ref acc);
                    same &= s.Basic == payments.Basic[i] && s.SeriousIllness == payments.SeriousIllness[i] && s.Assistance == payments.Assistance[i]
                        && s.Patient == payments.Patient[i];
                    basic += s.Basic.Fen;
                    patient += s.Patient.Fen;
                }

                same &= acc == accumulators[p];
            }

            return same && totals.Basic.Fen == basic && totals.Patient.Fen == patient && totals.Claims == table.Count
                && totals.Basic + totals.SeriousIllness + totals.Assistance + totals.Patient == totals.Total;
        });

    [FundMathProperty]
    public Property Explain_describes_the_settlement_it_explains_and_changes_nothing() =>
        Prop.ForAll(BenefitArbitraries.PersonYear(groupVaries: true), sample =>
        {
            var acc = BenefitAccumulator.ForYear(1, BenefitArbitraries.Year);
            foreach (BenefitClaim c in sample.Claims)
            {
                BenefitAccumulator before = acc;
                FundMath.Explain.Explanation e = BenefitSettlement.Explain(sample.Plan, c, acc);
                if (acc != before)
                {
                    return false;
                }

                ClaimSettlement s = BenefitSettlement.Settle(sample.Plan, c, ref acc);
                string text = e.ToText();
                if (!text.Contains(s.Basic.ToString("N2元", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    || !text.Contains(s.Patient.ToString("N2元", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Fixed_point_rate_application_rounds_exactly_like_Money_Multiply() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(0, 1_000_000)), FundMathArbitraries.MidpointRounding(), (amountSeed, numerator, mode) =>
        {
            long amount = (long)amountSeed * 397 % BenefitArithmeticBound;
            Rate rate = Rate.FromRatio(numerator, 1_000_000);
            return BenefitArithmetic.Apply(amount, numerator, mode) == Money.FromFen(amount).Multiply(rate, mode).Fen;
        });

    private const long BenefitArithmeticBound = 1_000_000_000_000;
}
