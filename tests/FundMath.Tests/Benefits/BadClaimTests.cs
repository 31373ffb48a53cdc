using System.Linq;
using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>Bad claims are errors naming the claim, the field, the value and the rule; nothing is applied.</summary>
public class BadClaimTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    private static BenefitClaim Good(long id = 7) => Claim(id, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000);

    private static BenefitClaimException Fails(BenefitClaim claim, BenefitPlan? plan = null, BenefitAccumulator? start = null)
    {
        BenefitAccumulator acc = start ?? BenefitAccumulator.ForYear(claim.PersonId, 2021);
        if (start is null)
        {
            BenefitSettlement.Settle(Resident2021, Good(1).WithAmounts(Y(100), Y(0), Y(0)), ref acc); // a year already under way
        }

        BenefitAccumulator before = acc;
        var e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan ?? Resident2021, claim, ref acc));
        Assert.Equal(before, acc); // nothing partially applied
        Assert.Equal(claim.Id, e.ClaimId);
        Assert.StartsWith($"claim {claim.Id}: {e.Field} = {e.Value}; rule: ", e.Message);
        return e;
    }

    [Fact]
    public void A_negative_total_is_refused()
    {
        BenefitClaimException e = Fails(Good().WithAmounts(Y(-5), Y(0), Y(0)));
        Assert.Equal(("total", "-5.00元"), (e.Field, e.Value));
        Assert.Contains("医疗费用总额 is not negative", e.Rule);
    }

    [Fact]
    public void Out_of_scope_above_the_total_is_refused()
    {
        BenefitClaimException e = Fails(Good().WithAmounts(Y(1_000), Y(1_200), Y(0)));
        Assert.Equal("claim 7: outOfScope = 1,200.00元; rule: 政策范围外费用 is part of the total, so at most total = 1,000.00元", e.Message);
    }

    [Fact]
    public void Negative_out_of_scope_and_class_B_above_the_in_scope_amount_are_refused()
    {
        Assert.Equal("outOfScope", Fails(Good().WithAmounts(Y(1_000), Y(-1), Y(0))).Field);
        BenefitClaimException e = Fails(Good().WithAmounts(Y(1_000), Y(300), Y(800)));
        Assert.Equal(("classB", "800.00元"), (e.Field, e.Value));
        Assert.Contains("at most total − outOfScope = 700.00元", e.Rule);
        Assert.Equal("classB", Fails(Good().WithAmounts(Y(1_000), Y(0), Y(-3))).Field);
    }

    [Fact]
    public void Unknown_level_kind_status_and_group_codes_are_refused()
    {
        BenefitClaim c = Good();
        var level = new BenefitClaim(c.Id, c.PersonId, c.Date, c.Scheme, c.Kind, (HospitalLevel)7, c.Status, c.Group, c.Total, c.OutOfScope, c.ClassB);
        Assert.Equal(("level", "7"), (Fails(level).Field, Fails(level).Value));
        var kind = new BenefitClaim(c.Id, c.PersonId, c.Date, c.Scheme, (ClaimKind)9, c.Level, c.Status, c.Group, c.Total, c.OutOfScope, c.ClassB);
        Assert.Equal("kind", Fails(kind).Field);
        var status = new BenefitClaim(c.Id, c.PersonId, c.Date, c.Scheme, c.Kind, c.Level, (PersonStatus)5, c.Group, c.Total, c.OutOfScope, c.ClassB);
        Assert.Equal("status", Fails(status).Field);
        var group = new BenefitClaim(c.Id, c.PersonId, c.Date, c.Scheme, c.Kind, c.Level, c.Status, (AssistanceGroup)4, c.Total, c.OutOfScope, c.ClassB);
        Assert.Equal("group", Fails(group).Field);
    }

    [Fact]
    public void A_status_of_the_other_scheme_is_refused()
    {
        BenefitClaim c = Good();
        var retired = new BenefitClaim(c.Id, c.PersonId, c.Date, c.Scheme, c.Kind, c.Level, PersonStatus.Retired, c.Group, c.Total, c.OutOfScope, c.ClassB);
        BenefitClaimException e = Fails(retired);
        Assert.Equal(("status", "Retired"), (e.Field, e.Value));
        Assert.Contains("a Resident claim's person status is Resident (居民)", e.Rule);
    }

    [Fact]
    public void A_claim_dated_outside_the_plan_or_the_accumulator_year_is_refused()
    {
        BenefitClaim c = Good();
        var lastYear = new BenefitClaim(c.Id, c.PersonId, new LocalDate(2020, 12, 31), c.Scheme, c.Kind, c.Level, c.Status, c.Group, c.Total, c.OutOfScope, c.ClassB);
        BenefitClaimException e = Fails(lastYear, Resident2021, BenefitAccumulator.ForYear(1, 2020));
        Assert.Equal(("date", "2020-12-31"), (e.Field, e.Value));
        Assert.Contains("dated outside the benefit plan", e.Rule);
        Assert.Contains("2021-01-01..", e.Rule);
        Assert.Contains("the accumulator is for 2021", Fails(lastYear).Rule);
    }

    [Fact]
    public void A_claim_of_the_other_scheme_or_person_is_refused()
    {
        BenefitClaim c = Good();
        var employee = new BenefitClaim(c.Id, c.PersonId, c.Date, BenefitScheme.Employee, c.Kind, c.Level, PersonStatus.InService, c.Group, c.Total, c.OutOfScope, c.ClassB);
        Assert.Equal("scheme", Fails(employee).Field);
        var other = new BenefitClaim(c.Id, 99, c.Date, c.Scheme, c.Kind, c.Level, c.Status, c.Group, c.Total, c.OutOfScope, c.ClassB);
        var acc = BenefitAccumulator.ForYear(1, 2021);
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Resident2021, other, ref acc));
        Assert.Equal(("personId", "99"), (e.Field, e.Value));
        Assert.Equal(BenefitAccumulator.ForYear(1, 2021), acc);
    }

    [Fact]
    public void A_person_year_beyond_100_yi_yuan_is_refused()
    {
        BenefitClaimException e = Fails(Good().WithAmounts(Money.FromFen(1_000_000_000_001), Y(0), Y(0)));
        Assert.Equal("total", e.Field);
        Assert.Contains("at most 100亿元", e.Rule);
    }

    [Fact]
    public void A_bad_claim_in_a_batch_is_named_and_nothing_is_applied()
    {
        BenefitClaim[] claims =
        [
            Good(1),
            Claim(2, 1, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 50),
            Claim(3, 2, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 5_000, 6_000),
            Claim(4, 3, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, -1),
        ];
        BenefitClaimTable table = BenefitClaimTable.FromClaims(claims);
        var accumulators = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021)).ToArray();
        var payments = new BenefitPaymentTable(table.Count);
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Resident2021, table.Columns, accumulators, payments.Columns));
        Assert.Equal((3L, "outOfScope"), (e.ClaimId, e.Field));
        Assert.All(accumulators, a => Assert.Equal(0, a.Claims));
        Assert.All(payments.Basic, m => Assert.Equal(Money.Zero, m));
        BenefitClaimException p = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.SettleParallel(Resident2021, table, accumulators, payments, 3));
        Assert.Equal(3L, p.ClaimId); // the lowest invalid claim, whichever partition saw it
        Assert.All(accumulators, a => Assert.Equal(0, a.Claims));
    }

    [Fact]
    public void Reversing_an_unknown_or_already_reversed_claim_is_refused_and_changes_nothing()
    {
        var ledger = new BenefitLedger(Plans20202021);
        ledger.Settle(Good(1));
        BenefitClaimException unknown = Assert.Throws<BenefitClaimException>(() => ledger.Reverse(404));
        Assert.Equal("claim 404: claimId = 404; rule: a reversal (冲正) names a claim settled in this ledger; no such claim was settled", unknown.Message);
        ledger.Reverse(1);
        BenefitAccumulator after = ledger.Accumulator(1, BenefitScheme.Resident, 2021);
        Assert.Contains("reversed already", Assert.Throws<BenefitClaimException>(() => ledger.Reverse(1)).Rule);
        Assert.Equal(after, ledger.Accumulator(1, BenefitScheme.Resident, 2021));
        Assert.Equal(BenefitAccumulator.ForYear(1, 2021), after);
    }

    [Fact]
    public void A_ledger_refuses_a_claim_no_plan_covers_and_a_repeated_claim_number()
    {
        var ledger = new BenefitLedger(Plans20202021);
        BenefitClaimException e = Assert.Throws<BenefitClaimException>(() => ledger.Settle(Claim(5, 1, new LocalDate(2019, 3, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 100)));
        Assert.Equal(("date", "2019-03-01"), (e.Field, e.Value));
        Assert.Contains("dated outside any Resident benefit plan", e.Rule);
        ledger.Settle(Good(6));
        Assert.Contains("settled once", Assert.Throws<BenefitClaimException>(() => ledger.Settle(Good(6))).Rule);
        Assert.Equal(1, ledger.ActiveClaims);
    }

    [Fact]
    public void A_reversal_into_another_accumulator_is_refused()
    {
        var acc = BenefitAccumulator.ForYear(1, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(Resident2021, Good(), ref acc);
        var other = BenefitAccumulator.ForYear(2, 2021);
        Assert.Equal("personId", Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Reverse(s, ref other)).Field);
        var empty = BenefitAccumulator.ForYear(1, 2021);
        Assert.Contains("does not contain it", Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Reverse(s, ref empty)).Rule);
        Assert.Equal(BenefitAccumulator.ForYear(1, 2021), empty);
    }
}
