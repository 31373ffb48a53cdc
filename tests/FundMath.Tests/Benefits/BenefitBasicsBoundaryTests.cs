using System;
using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The small pieces of benefit settlement at their edges: the fixed-point rounding of each mode at and around the
/// half fen, the rate conversion's refusals, every key and Chinese name, the accumulator's per-kind accessors,
/// equality and text, the claim's and the exception's text, and each claim check's exact words with the values just
/// inside it.
/// </summary>
public class BenefitBasicsBoundaryTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    [Theory]
    // amount × numerator / 10⁶: 1 × 0.5 = 0.5, 3 × 0.5 = 1.5, 5 × 0.5 = 2.5, 1 × 0.499999, 1 × 0.500001, 1 × 0.000001.
    [InlineData(1, 500_000, MidpointRounding.AwayFromZero, 1)]
    [InlineData(3, 500_000, MidpointRounding.AwayFromZero, 2)]
    [InlineData(1, 499_999, MidpointRounding.AwayFromZero, 0)]
    [InlineData(1, 500_000, MidpointRounding.ToEven, 0)]
    [InlineData(3, 500_000, MidpointRounding.ToEven, 2)]
    [InlineData(5, 500_000, MidpointRounding.ToEven, 2)]
    [InlineData(1, 500_001, MidpointRounding.ToEven, 1)]
    [InlineData(1, 499_999, MidpointRounding.ToEven, 0)]
    [InlineData(1, 1, MidpointRounding.ToPositiveInfinity, 1)]
    [InlineData(1_000_000, 1, MidpointRounding.ToPositiveInfinity, 1)]
    [InlineData(2_000_001, 1, MidpointRounding.ToPositiveInfinity, 3)]
    [InlineData(1, 999_999, MidpointRounding.ToZero, 0)]
    [InlineData(3, 999_999, MidpointRounding.ToNegativeInfinity, 2)]
    [InlineData(0, 999_999, MidpointRounding.AwayFromZero, 0)]
    [InlineData(7, 1_000_000, MidpointRounding.ToEven, 7)]
    public void Fixed_point_rounding_of_each_mode_at_the_half(long amount, long numerator, MidpointRounding mode, long expected) =>
        Assert.Equal(expected, BenefitArithmetic.Apply(amount, numerator, mode));

    [Fact]
    public void Rates_convert_to_fixed_point_within_0_to_100_percent_and_to_a_ten_thousandth_of_a_percent()
    {
        Assert.Equal(1_000_000, BenefitArithmetic.ToFixed(Rate.OneHundredPercent, "x"));
        Assert.Equal(0, BenefitArithmetic.ToFixed(Rate.Zero, "x"));
        Assert.Equal(835_000, BenefitArithmetic.ToFixed(Rate.FromPercent(83.5m), "x"));
        Assert.Equal(1, BenefitArithmetic.ToFixed(Rate.FromPercent(0.0001m), "x"));
        Assert.Equal(Rate.FromPercent(83.5m), BenefitArithmetic.ToRate(835_000));
        Assert.Equal("r = 100.0001% is outside 0%–100%: a benefit rate is a share of an amount.", Assert.Throws<ArgumentException>(() => BenefitArithmetic.ToFixed(Rate.FromPercent(100.0001m), "r")).Message);
        Assert.Equal("r = -1% is outside 0%–100%: a benefit rate is a share of an amount.", Assert.Throws<ArgumentException>(() => BenefitArithmetic.ToFixed(Rate.FromPercent(-1), "r")).Message);
        Assert.Equal(
            "r = 0.00005% is not a multiple of 0.0001%: benefit plans hold rates to 0.0001% (e.g. 83.5%, 8.75%).",
            Assert.Throws<ArgumentException>(() => BenefitArithmetic.ToFixed(Rate.FromPercent(0.00005m), "r")).Message);
        Assert.Equal(333_333, BenefitArithmetic.ToFixed(Rate.FromRatio(333_333, 1_000_000), "x"));
        Assert.Throws<ArgumentException>(() => BenefitArithmetic.ToFixed(Rate.FromRatio(1, 3), "x"));
    }

    [Fact]
    public void Every_key_and_name_is_spelled_once()
    {
        Assert.Equal(("benefits.employee", "benefits.resident"), (BenefitKeys.Prefix(BenefitScheme.Employee), BenefitKeys.Prefix(BenefitScheme.Resident)));
        Assert.Equal(["inpatient", "outpatient", "chronic"], new[] { BenefitKeys.Key(ClaimKind.Inpatient), BenefitKeys.Key(ClaimKind.Outpatient), BenefitKeys.Key(ClaimKind.ChronicOutpatient) });
        Assert.Equal(["level1", "level2", "level3"], new[] { BenefitKeys.Key(HospitalLevel.Level1), BenefitKeys.Key(HospitalLevel.Level2), BenefitKeys.Key(HospitalLevel.Level3) });
        Assert.Equal(["in_service", "retired", "resident"], new[] { BenefitKeys.Key(PersonStatus.InService), BenefitKeys.Key(PersonStatus.Retired), BenefitKeys.Key(PersonStatus.Resident) });
        Assert.Equal(
            ["general", "destitute", "dibao", "poverty_relapse"],
            new[] { BenefitKeys.Key(AssistanceGroup.General), BenefitKeys.Key(AssistanceGroup.Destitute), BenefitKeys.Key(AssistanceGroup.Dibao), BenefitKeys.Key(AssistanceGroup.PovertyRelapse) });
        Assert.Equal(["住院", "门诊统筹", "门诊慢特病"], new[] { BenefitKeys.Chinese(ClaimKind.Inpatient), BenefitKeys.Chinese(ClaimKind.Outpatient), BenefitKeys.Chinese(ClaimKind.ChronicOutpatient) });
        Assert.Equal(["一级及以下", "二级", "三级"], new[] { BenefitKeys.Chinese(HospitalLevel.Level1), BenefitKeys.Chinese(HospitalLevel.Level2), BenefitKeys.Chinese(HospitalLevel.Level3) });
        Assert.Equal(["在职", "退休", "居民"], new[] { BenefitKeys.Chinese(PersonStatus.InService), BenefitKeys.Chinese(PersonStatus.Retired), BenefitKeys.Chinese(PersonStatus.Resident) });
        Assert.Equal(
            ["普通参保人员", "特困人员", "低保对象", "返贫致贫人口"],
            new[] { BenefitKeys.Chinese(AssistanceGroup.General), BenefitKeys.Chinese(AssistanceGroup.Destitute), BenefitKeys.Chinese(AssistanceGroup.Dibao), BenefitKeys.Chinese(AssistanceGroup.PovertyRelapse) });
        Assert.Equal(["first", "second", "subsequent"], BenefitKeys.OrdinalKeys);

        Assert.True(BenefitKeys.Allows(BenefitScheme.Employee, PersonStatus.InService));
        Assert.True(BenefitKeys.Allows(BenefitScheme.Employee, PersonStatus.Retired));
        Assert.False(BenefitKeys.Allows(BenefitScheme.Employee, PersonStatus.Resident));
        Assert.True(BenefitKeys.Allows(BenefitScheme.Resident, PersonStatus.Resident));
        Assert.False(BenefitKeys.Allows(BenefitScheme.Resident, PersonStatus.InService));
        Assert.False(BenefitKeys.Allows(BenefitScheme.Resident, PersonStatus.Retired));
        Assert.Equal("InService (在职) or Retired (退休)", BenefitKeys.AllowedStatuses(BenefitScheme.Employee));
        Assert.Equal("Resident (居民)", BenefitKeys.AllowedStatuses(BenefitScheme.Resident));

        Assert.Equal("scheme", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitKeys.Prefix((BenefitScheme)2)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitKeys.Key((ClaimKind)3)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitKeys.Key((HospitalLevel)3)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitKeys.Key((PersonStatus)3)).ParamName);
        Assert.Equal("group", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitKeys.Key((AssistanceGroup)4)).ParamName);
    }

    [Fact]
    public void The_accumulator_keeps_each_kind_apart()
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => BenefitAccumulator.ForYear(1, 1899)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BenefitAccumulator.ForYear(1, 10_000));
        Assert.Equal(1900, BenefitAccumulator.ForYear(1, 1900).Year);
        Assert.Equal(9999, BenefitAccumulator.ForYear(1, 9999).Year);

        var acc = BenefitAccumulator.ForYear(5, 2021);
        ClaimSettlement inpatient = BenefitSettlement.Settle(Resident2021, Claim(1, 5, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000), ref acc);
        ClaimSettlement outpatient = BenefitSettlement.Settle(Resident2021, Claim(2, 5, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 150), ref acc);
        ClaimSettlement outpatient2 = BenefitSettlement.Settle(Resident2021, Claim(3, 5, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 90), ref acc);
        Assert.Equal((1, 2, 0), (acc.Visits(ClaimKind.Inpatient), acc.Visits(ClaimKind.Outpatient), acc.Visits(ClaimKind.ChronicOutpatient)));
        Assert.Equal(1, acc.Admissions);
        Assert.Equal(3, acc.Claims);
        Assert.Equal(inpatient.Deductible, acc.DeductibleUsed(ClaimKind.Inpatient));
        Assert.Equal(outpatient.Deductible + outpatient2.Deductible, acc.DeductibleUsed(ClaimKind.Outpatient));
        Assert.Equal(Money.Zero, acc.DeductibleUsed(ClaimKind.ChronicOutpatient));
        Assert.Equal(inpatient.Basic, acc.BasicPaidFor(ClaimKind.Inpatient));
        Assert.Equal(outpatient.Basic + outpatient2.Basic, acc.BasicPaidFor(ClaimKind.Outpatient));
        Assert.True(acc.BasicPaidFor(ClaimKind.Outpatient).IsPositive);
        Assert.Equal(Money.Zero, acc.BasicPaidFor(ClaimKind.ChronicOutpatient));
        Assert.Equal(inpatient.Basic + outpatient.Basic + outpatient2.Basic, acc.BasicPaid);
        Assert.Equal(inpatient.Basic, acc.AnnualCapUsed); // 门诊统筹 has its own cap
        Assert.Equal(Y(12_240), acc.Claimed);
        Assert.Equal(inpatient.InScope + outpatient.InScope + outpatient2.InScope, acc.InScope);
        Assert.Equal(acc.BasicPaid + acc.SeriousIllnessPaid + acc.AssistancePaid, acc.FundPaid);
        Assert.Equal(inpatient.SeriousIllnessBase + outpatient.SeriousIllnessBase + outpatient2.SeriousIllnessBase, acc.SeriousIllnessBase);
        Assert.Equal(Money.Zero, acc.AssistanceBase);
        Assert.Equal(5, acc.PersonId);
        Assert.Equal(
            $"person 5, 2021: 3 claims (1 admissions), claimed 12,240.00元, basic {acc.BasicPaid.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)}元, 大病 0.00元, 救助 0.00元",
            acc.ToString());

        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => acc.Visits((ClaimKind)3)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => acc.DeductibleUsed((ClaimKind)3)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => acc.BasicPaidFor((ClaimKind)3)).ParamName);
        Assert.Throws<ArgumentNullException>(() => acc.TargetFor(null!, AssistanceGroup.General));
        Assert.Equal(TargetOutcome.NoTarget, acc.TargetFor(Resident2021, AssistanceGroup.General));
    }

    [Fact]
    public void Accumulators_are_equal_only_when_every_total_is()
    {
        var a = BenefitAccumulator.ForYear(5, 2021);
        BenefitSettlement.Settle(Resident2021, Claim(1, 5, May2021, BenefitScheme.Resident, ClaimKind.ChronicOutpatient, HospitalLevel.Level1, 3_000, 100, 200), ref a);
        BenefitAccumulator b = a;
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"a"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        // Each field on its own breaks equality.
        foreach (Action<BenefitAccumulator[]> change in new Action<BenefitAccumulator[]>[]
        {
            x => x[0].PersonIdValue++, x => x[0].YearValue++, x => x[0].ClaimCount++,
            x => x[0].VisitCounts[0]++, x => x[0].VisitCounts[1]++, x => x[0].VisitCounts[2]++,
            x => x[0].ClaimedSum++, x => x[0].InScopeSum++,
            x => x[0].DeductibleSums[0]++, x => x[0].DeductibleSums[1]++, x => x[0].DeductibleSums[2]++,
            x => x[0].BasicSums[0]++, x => x[0].BasicSums[1]++, x => x[0].BasicSums[2]++,
            x => x[0].SeriousBaseSum++, x => x[0].SeriousPaidSum++, x => x[0].AssistBaseSum++, x => x[0].AssistPaidSum++,
        })
        {
            BenefitAccumulator[] copy = [a];
            change(copy);
            Assert.False(a == copy[0]);
            Assert.True(a != copy[0]);
        }
    }

    [Fact]
    public void Claims_entries_settlements_and_errors_read_as_text()
    {
        BenefitClaim c = Claim(17, 3, new LocalDate(2021, 5, 4), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000, 1_000, 2_000, AssistanceGroup.Dibao);
        Assert.Equal("claim 17 (person 3, 2021-05-04, Resident Inpatient Level2 Resident Dibao): total 20,000.00元, out of scope 1,000.00元, class B 2,000.00元", c.ToString());
        BenefitClaim other = c.WithAmounts(Y(5), Y(1), Y(2));
        Assert.Equal((17L, 3L, c.Date, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.Dibao), (other.Id, other.PersonId, other.Date, other.Scheme, other.Kind, other.Level, other.Status, other.Group));
        Assert.Equal((Y(5), Y(1), Y(2)), (other.Total, other.OutOfScope, other.ClassB));

        BenefitClaimEntry settle = BenefitClaimEntry.Settle(c, new FundMath.Data.SourceLocation("claims.csv", 2, 1));
        Assert.False(settle.IsReversal);
        Assert.Null(settle.Reverses);
        Assert.Equal(c.ToString(), settle.ToString());
        Assert.Equal(2, settle.Location.Line);
        BenefitClaimEntry reverse = BenefitClaimEntry.Reverse(7);
        Assert.True(reverse.IsReversal);
        Assert.Equal(7, reverse.Reverses);
        Assert.Equal("reverse claim 7", reverse.ToString());

        var e = new BenefitClaimException(17, "total", "-5.00元", "a rule");
        Assert.Equal("claim 17: total = -5.00元; rule: a rule", e.Message);
        Assert.Equal(("total", "-5.00元", "a rule", 17L), (e.Field, e.Value, e.Rule, e.ClaimId));
        Assert.Equal("total", e.ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => new BenefitClaimException(1, null!, "v", "r")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new BenefitClaimException(1, "f", null!, "r")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => new BenefitClaimException(1, "f", "v", null!)).ParamName);

        var acc = BenefitAccumulator.ForYear(3, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(Resident2021, c, ref acc);
        Assert.Equal(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"claim 17: total 20,000.00元 = basic {s.Basic:N2} + 大病 {s.SeriousIllness:N2} + 救助 {s.Assistance:N2} + patient {s.Patient:N2}"),
            s.ToString());
        Assert.Equal(s.Total, s.Basic + s.SeriousIllness + s.Assistance + s.Patient);
        Assert.Equal(s.Patient, s.OutOfScope + s.ClassBSelfPay + s.InScopePatient);
        Assert.Equal(s.InScope - s.Basic, s.AfterBasic);
        Assert.Equal(s.Basic + s.SeriousIllness + s.Assistance, s.FundPaid);
        Assert.Equal(Rate.FromRatio((s.FundPaid).Fen, s.InScope.Fen), s.ThreeLayerRatio);
        Assert.Equal((3L, 2021, ClaimKind.Inpatient, AssistanceGroup.Dibao, 1), (s.PersonId, s.Year, s.Kind, s.Group, s.Visit));
    }

    private static BenefitClaimException Refused(BenefitClaim claim, BenefitPlan? plan = null, long claimedBefore = 0)
    {
        var acc = BenefitAccumulator.ForYear(claim.PersonId, claim.Date.Year);
        acc.ClaimedSum = claimedBefore;
        return Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan ?? Resident2021, claim, ref acc));
    }

    private static BenefitClaim With(BenefitClaim c, ClaimKind? kind = null, HospitalLevel? level = null, PersonStatus? status = null, AssistanceGroup? group = null, LocalDate? date = null, BenefitScheme? scheme = null) =>
        new(c.Id, c.PersonId, date ?? c.Date, scheme ?? c.Scheme, kind ?? c.Kind, level ?? c.Level, status ?? c.Status, group ?? c.Group, c.Total, c.OutOfScope, c.ClassB);

    [Fact]
    public void Each_claim_check_has_its_words()
    {
        BenefitClaim c = Claim(7, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000, 300, 700);
        Assert.Equal("claim 7: kind = 3; rule: a claim kind is Inpatient (住院), Outpatient (门诊统筹) or ChronicOutpatient (门诊慢特病)", Refused(With(c, kind: (ClaimKind)3)).Message);
        Assert.Equal("claim 7: level = 3; rule: a hospital level is Level1 (一级及以下), Level2 (二级) or Level3 (三级)", Refused(With(c, level: (HospitalLevel)3)).Message);
        Assert.Equal("claim 7: status = 3; rule: a person status is InService (在职), Retired (退休) or Resident (居民)", Refused(With(c, status: (PersonStatus)3)).Message);
        Assert.Equal("claim 7: group = 4; rule: an assistance group is General, Destitute (特困人员), Dibao (低保对象) or PovertyRelapse (返贫致贫人口)", Refused(With(c, group: (AssistanceGroup)4)).Message);
        Assert.Equal(
            "claim 7: status = Resident; rule: a Employee claim's person status is InService (在职) or Retired (退休)",
            Refused(With(c, scheme: BenefitScheme.Employee), Employee2021).Message);
        Assert.Equal("claim 7: total = -0.01元; rule: 医疗费用总额 is not negative (a refund is a reversal, 冲正, of the claim)", Refused(c.WithAmounts(Y(-0.01m), Y(0), Y(0))).Message);
        Assert.Equal("claim 7: outOfScope = -0.01元; rule: 政策范围外费用 is not negative", Refused(c.WithAmounts(Y(1), Y(-0.01m), Y(0))).Message);
        Assert.Equal("claim 7: classB = -0.01元; rule: the 乙类 amount is not negative", Refused(c.WithAmounts(Y(1), Y(0), Y(-0.01m))).Message);
        Assert.Equal("claim 7: classB = 700.01元; rule: the 乙类 amount is inside the policy scope, so at most total − outOfScope = 700.00元", Refused(c.WithAmounts(Y(1_000), Y(300), Y(700.01m))).Message);
        Assert.Equal(
            "claim 7: scheme = Employee; rule: the claim is settled under the plan of its own scheme; this plan is Resident (" + Resident2021 + ")",
            Refused(With(c, scheme: BenefitScheme.Employee, status: PersonStatus.InService)).Message);

        // The edges are inside: out of scope = total, class B = total − out of scope.
        var acc = BenefitAccumulator.ForYear(1, 2021);
        Assert.Equal(Y(1_000), BenefitSettlement.Settle(Resident2021, c.WithAmounts(Y(1_000), Y(1_000), Y(0)), ref acc).Patient);
        Assert.Equal(Y(1_000), BenefitSettlement.Settle(Resident2021, c, ref acc).Total);
        Assert.Equal(Money.Zero, BenefitSettlement.Settle(Resident2021, c.WithAmounts(Money.Zero, Money.Zero, Money.Zero), ref acc).Patient);
        ClaimSettlement retired = BenefitSettlement.Settle(Employee2021, With(c, scheme: BenefitScheme.Employee, status: PersonStatus.Retired), ref acc);
        Assert.Equal(Y(1_000), retired.Total);
    }

    [Fact]
    public void Dates_and_the_person_year_limit_have_their_words_and_edges()
    {
        BenefitClaim c = Claim(7, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 1_000);
        var acc2020 = BenefitAccumulator.ForYear(1, 2020);
        BenefitClaimException year = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(Resident2021, c, ref acc2020));
        Assert.Equal("claim 7: date = 2021-05-10; rule: the accumulator is for 2020; a claim is settled into its own year's accumulator (医保年度)", year.Message);

        BenefitPlan plan = Resident2021;
        BenefitClaim early = With(c, date: plan.Window.Start.PlusDays(-1));
        var accEarly = BenefitAccumulator.ForYear(1, early.Date.Year);
        BenefitClaimException window = Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan, early, ref accEarly));
        Assert.Equal($"claim 7: date = {early.Date:uuuu-MM-dd}; rule: the claim is dated outside the benefit plan: {plan} applies {plan.Window}", window.Message);
        if (plan.Window.End < new LocalDate(9999, 12, 31) && plan.Window.End.Year == plan.Window.End.PlusDays(1).Year)
        {
            BenefitClaim late = With(c, date: plan.Window.End.PlusDays(1));
            var accLate = BenefitAccumulator.ForYear(1, late.Date.Year);
            Assert.Equal("date", Assert.Throws<BenefitClaimException>(() => BenefitSettlement.Settle(plan, late, ref accLate)).Field);
        }

        // The plan's first and last days are inside.
        var accStart = BenefitAccumulator.ForYear(1, plan.Window.Start.Year);
        Assert.Equal(Y(1_000), BenefitSettlement.Settle(plan, With(c, date: plan.Window.Start), ref accStart).Total);
        var accEnd = BenefitAccumulator.ForYear(1, plan.Window.End.Year);
        Assert.Equal(Y(1_000), BenefitSettlement.Settle(plan, With(c, date: plan.Window.End), ref accEnd).Total);

        // 100亿元 a person-year exactly is allowed; a fen more is not.
        Money limit = Money.FromFen(BenefitArithmetic.MaxPersonYearFen);
        Assert.Equal(
            "claim 7: total = 1,000.00元; rule: one person's claims in a year total at most 100亿元 (already 9,999,999,000.01元 this year)",
            Refused(c, claimedBefore: BenefitArithmetic.MaxPersonYearFen - 99_999).Message);
        var full = BenefitAccumulator.ForYear(1, 2021);
        full.ClaimedSum = BenefitArithmetic.MaxPersonYearFen - 100_000;
        Assert.Equal(limit, BenefitSettlement.Settle(plan, c, ref full).Total + Money.FromFen(BenefitArithmetic.MaxPersonYearFen - 100_000));
    }
}
