using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The batch validation's two passes: each kind of bad amount or code alone, in the scalar tail and in a vector lane
/// (batches of 1, 4, 5, 32 and 33 claims reach both loops of the amount and code passes), refused with its field and
/// nothing applied; and the per-person checks that run when every amount and code is valid — the accumulator year,
/// the plan's window on either side, the person-year limit summed over the person's claims, and persons without claims.
/// </summary>
public class BatchValidationMutationTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    public static TheoryData<int, int, string> Faults()
    {
        var data = new TheoryData<int, int, string>();
        foreach ((int n, int bad) in new[] { (1, 0), (4, 3), (5, 4), (32, 0), (32, 31), (33, 32) })
        {
            foreach (string fault in new[] { "kind", "level", "group", "status3", "statusOfEmployee", "residentOfEmployee", "total", "outOfScope", "outOfScopeAbove", "classB", "classBAbove" })
            {
                data.Add(n, bad, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_single_bad_amount_or_code_is_refused_wherever_it_sits(int n, int bad, string fault)
    {
        // n claims of one person, each 100.00 in scope; claim bad + 1 carries the fault.
        bool employee = fault == "residentOfEmployee";
        PersonStatus status = employee ? PersonStatus.InService : PersonStatus.Resident;
        long[] ids = [.. Enumerable.Range(1, n).Select(i => (long)i)];
        LocalDate[] dates = [.. Enumerable.Repeat(May2021, n)];
        ClaimKind[] kinds = [.. Enumerable.Repeat(ClaimKind.Inpatient, n)];
        HospitalLevel[] levels = [.. Enumerable.Repeat(HospitalLevel.Level2, n)];
        PersonStatus[] statuses = [.. Enumerable.Repeat(status, n)];
        AssistanceGroup[] groups = [.. Enumerable.Repeat(AssistanceGroup.General, n)];
        Money[] totals = [.. Enumerable.Repeat(Y(100), n)], outs = new Money[n], classB = new Money[n];
        (string field, string value) = fault switch
        {
            "kind" => Fault(() => kinds[bad] = (ClaimKind)3, "kind", "3"),
            "level" => Fault(() => levels[bad] = (HospitalLevel)3, "level", "3"),
            "group" => Fault(() => groups[bad] = (AssistanceGroup)4, "group", "4"),
            "status3" => Fault(() => statuses[bad] = (PersonStatus)3, "status", "3"),
            "statusOfEmployee" => Fault(() => statuses[bad] = PersonStatus.InService, "status", "InService"), // a resident claim with an employee status
            "residentOfEmployee" => Fault(() => statuses[bad] = PersonStatus.Resident, "status", "Resident"),
            "total" => Fault(() => totals[bad] = Y(-0.01m), "total", "-0.01元"),
            "outOfScope" => Fault(() => outs[bad] = Y(-0.01m), "outOfScope", "-0.01元"),
            "outOfScopeAbove" => Fault(() => outs[bad] = Y(100.01m), "outOfScope", "100.01元"),
            "classB" => Fault(() => classB[bad] = Y(-0.01m), "classB", "-0.01元"),
            _ => Fault(() => classB[bad] = Y(100.01m), "classB", "100.01元"),
        };
        var table = new BenefitClaimTable([0, n], [1], ids, dates, kinds, levels, statuses, groups, totals, outs, classB);
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021)];
        var payments = new BenefitPaymentTable(n);
        BenefitPlan plan = employee ? Employee2021 : Resident2021;

        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns));
        Assert.Equal((bad + 1L, field, value), (e.ClaimId, e.Field, e.Value));
        Assert.Equal(BenefitAccumulator.ForYear(1, 2021), accumulators[0]);
        Assert.All(payments.Patient, m => Assert.Equal(Money.Zero, m));
        BenefitClaimException p = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.SettleParallel(plan, table, accumulators, payments, 2));
        Assert.Equal((bad + 1L, field), (p.ClaimId, p.Field));

        static (string, string) Fault(Action change, string field, string value)
        {
            change();
            return (field, value);
        }
    }

    [Fact]
    public void An_employee_batch_takes_both_employee_statuses()
    {
        // 在职 and 退休 at level 2, 1,000.00 each (起付线 600, then 300 for the second admission): (1,000 − 600) × 92% = 368; (1,000 − 300) × 95% = 665.
        BenefitClaimTable table = BenefitClaimTable.FromClaims(
        [
            Claim(1, 1, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000),
            Claim(2, 1, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000, status: PersonStatus.Retired),
        ]);
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021)];
        var payments = new BenefitPaymentTable(2);
        BenefitSettlement.Settle(Employee2021, table.Columns, accumulators, payments.Columns);
        Assert.Equal([Y(368), Y(665)], payments.Basic);
    }

    private static BenefitClaimTable One(LocalDate date, params decimal[] totals) => BenefitClaimTable.FromClaims(
        totals.Select((t, i) => Claim(i + 1, 1, date, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, t)));

    private static BenefitClaimException Refused(BenefitPlan plan, BenefitClaimTable table, BenefitAccumulator accumulator)
    {
        BenefitAccumulator[] accumulators = [accumulator];
        var payments = new BenefitPaymentTable(table.Count);
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns));
        Assert.Equal(accumulator, accumulators[0]);
        return e;
    }

    [Fact]
    public void A_valid_batch_still_has_its_dates_checked_against_the_accumulator_year()
    {
        // A 2020 claim inside the 2020 plan's window, settled into a 2021 accumulator.
        BenefitClaimException e = Refused(Resident2020, One(new LocalDate(2020, 6, 1), 100), BenefitAccumulator.ForYear(1, 2021));
        Assert.Equal("claim 1: date = 2020-06-01; rule: the accumulator is for 2021; a claim is settled into its own year's accumulator (医保年度)", e.Message);
    }

    [Fact]
    public void A_valid_batch_still_has_its_dates_checked_against_the_plan_window_on_both_sides()
    {
        // annual_cap 150,000 until 2021-06-30 and 160,000 from 2021-07-01: two plans within 2021.
        ParameterSet set = AnkangPlans.Set.WithOverrides([new Parameter("benefits.resident.annual_cap", ParameterUnit.Yuan,
        [
            new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromMoney(Y(150_000)), new Citation("test override")),
            new ParameterEntry(new LocalDate(2021, 7, 1), ParameterValue.FromMoney(Y(160_000)), new Citation("test override")),
        ])]);
        BenefitPlan firstHalf = BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 3, 1));
        BenefitPlan secondHalf = BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 9, 1));
        Assert.Equal(new PolicyWindow(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30)), firstHalf.Window);
        Assert.Equal(new LocalDate(2021, 7, 1), secondHalf.Window.Start);

        BenefitClaimException late = Refused(firstHalf, One(new LocalDate(2021, 7, 1), 100), BenefitAccumulator.ForYear(1, 2021));
        Assert.Equal($"claim 1: date = 2021-07-01; rule: the claim is dated outside the benefit plan: {firstHalf} applies {firstHalf.Window}", late.Message);
        BenefitClaimException early = Refused(secondHalf, One(new LocalDate(2021, 6, 30), 100), BenefitAccumulator.ForYear(1, 2021));
        Assert.Equal($"claim 1: date = 2021-06-30; rule: the claim is dated outside the benefit plan: {secondHalf} applies {secondHalf.Window}", early.Message);

        // The window's own edges settle: 2021-06-30 in the first plan, 2021-07-01 in the second (1,000 − 500) × 80% = 400.00 each.
        BenefitAccumulator[] a = [BenefitAccumulator.ForYear(1, 2021)];
        var pay = new BenefitPaymentTable(1);
        Assert.Equal(Y(400), BenefitSettlement.Settle(firstHalf, One(new LocalDate(2021, 6, 30), 1_000).Columns, a, pay.Columns).Basic);
        BenefitAccumulator[] b = [BenefitAccumulator.ForYear(1, 2021)];
        Assert.Equal(Y(400), BenefitSettlement.Settle(secondHalf, One(new LocalDate(2021, 7, 1), 1_000).Columns, b, pay.Columns).Basic);
    }

    [Fact]
    public void The_person_year_limit_counts_the_persons_earlier_claims_in_the_batch()
    {
        // 150.00 of the 100亿元 left: the first 100.00 fits; the second is refused with 9,999,999,950.00 already claimed.
        var acc = BenefitAccumulator.ForYear(1, 2021);
        acc.ClaimedSum = BenefitArithmetic.MaxPersonYearFen - 15_000;
        BenefitClaimException e = Refused(Resident2021, One(May2021, 100, 100), acc);
        Assert.Equal("claim 2: total = 100.00元; rule: one person's claims in a year total at most 100亿元 (already 9,999,999,950.00元 this year)", e.Message);
        // 150.00 exactly fits: 100.00 + 50.00.
        BenefitAccumulator[] ok = [acc];
        BenefitSettlement.Settle(Resident2021, One(May2021, 100, 50).Columns, ok, new BenefitPaymentTable(2).Columns);
        Assert.Equal(Money.FromFen(BenefitArithmetic.MaxPersonYearFen), ok[0].Claimed);
    }

    [Fact]
    public void A_person_without_claims_needs_no_accumulator_and_one_with_claims_does()
    {
        // Persons 10 (no claims, unset accumulator) and 20 (one claim of 1,000.00: (1,000 − 500) × 80% = 400.00).
        var table = new BenefitClaimTable([0, 0, 1], [10, 20], [5], [May2021], [ClaimKind.Inpatient], [HospitalLevel.Level2],
            [PersonStatus.Resident], [AssistanceGroup.General], [Y(1_000)], [Money.Zero], [Money.Zero]);
        BenefitAccumulator[] accumulators = [default, BenefitAccumulator.ForYear(20, 2021)];
        var payments = new BenefitPaymentTable(1);
        BenefitBatchTotals totals = BenefitSettlement.Settle(Resident2021, table.Columns, accumulators, payments.Columns);
        Assert.Equal((1L, Y(400)), (totals.Claims, totals.Basic));
        Assert.Equal(default, accumulators[0]);

        BenefitAccumulator[] unset = [BenefitAccumulator.ForYear(10, 2021), default];
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Resident2021, table.Columns, unset, payments.Columns));
        Assert.Equal("claim 5: accumulator = accumulators[1] (unset); rule: every person's accumulator is made by BenefitAccumulator.ForYear(person, year) before settling", e.Message);
    }
}
