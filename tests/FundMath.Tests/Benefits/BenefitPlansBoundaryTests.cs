using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Benefits;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// A region's plans over a span at their edges: the reason given where no plan applies, the rebuild from plans and
/// gaps (FundMath.Serialization's form) with each of its refusals, and the ledger's bookkeeping of settled and
/// reversed claims.
/// </summary>
public class BenefitPlansBoundaryTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);
    private static readonly PolicyWindow Span = new(new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31));

    private static string Refused(string name, PolicyWindow span, IReadOnlyList<BenefitPlan> plans, IReadOnlyList<(BenefitScheme, PolicyWindow, string)> gaps) =>
        Assert.Throws<ArgumentException>(() => BenefitPlans.Restore(name, span, plans, gaps)).Message;

    [Fact]
    public void Without_a_plan_the_reason_is_the_gap_the_covered_windows_or_the_missing_scheme()
    {
        BenefitPlans withGap = BenefitPlans.FromParameters(Set, new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)));
        (BenefitScheme scheme, PolicyWindow window, string reason) = withGap.Gaps[0];
        Assert.Equal(BenefitScheme.Employee, scheme);
        Assert.Equal(new LocalDate(2019, 1, 1), window.Start);
        Assert.Equal(reason, withGap.WhyNoPlan(BenefitScheme.Employee, new LocalDate(2019, 6, 1)));
        Assert.Equal("ankang", withGap.ParameterSetName);
        Assert.Equal(new LocalDate(2019, 1, 1), withGap.Span.Start);

        BenefitPlans plans = Plans20202021;
        Assert.Equal(
            "the Resident plans of ankang cover 2020-01-01..2020-12-31, 2021-01-01..9999-12-31",
            plans.WhyNoPlan(BenefitScheme.Resident, new LocalDate(2019, 6, 1)));
        Assert.Null(plans.Find(BenefitScheme.Resident, new LocalDate(2019, 12, 31)));
        Assert.Same(plans.Plans.Single(p => p.Scheme == BenefitScheme.Resident && p.Window.Start.Year == 2020), plans.Find(BenefitScheme.Resident, new LocalDate(2020, 12, 31)));

        ParameterSet residentOnly = ParameterSet.Create("resident-only", Set.Parameters.Where(p => !p.Name.StartsWith("benefits.employee.", StringComparison.Ordinal)));
        BenefitPlans one = BenefitPlans.FromParameters(residentOnly, Span);
        Assert.All(one.Plans, p => Assert.Equal(BenefitScheme.Resident, p.Scheme));
        Assert.Equal("parameter set resident-only defines no Employee benefit plan (benefits.employee.*)", one.WhyNoPlan(BenefitScheme.Employee, May2021));
        Assert.Throws<ArgumentNullException>(() => BenefitPlans.FromParameters(null!, Span));
    }

    [Fact]
    public void Settled_plans_rebuild_from_their_parts()
    {
        BenefitPlans plans = Plans20202021;
        BenefitPlans again = BenefitPlans.Restore(plans.ParameterSetName, plans.Span, plans.Plans, plans.Gaps);
        Assert.Equal(plans.Plans, again.Plans);
        Assert.Equal(plans.Span, again.Span);
        BenefitPlans withGap = BenefitPlans.FromParameters(Set, new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)));
        BenefitPlans gapAgain = BenefitPlans.Restore("ankang", withGap.Span, withGap.Plans, withGap.Gaps);
        Assert.Equal(withGap.WhyNoPlan(BenefitScheme.Resident, new LocalDate(2019, 3, 1)), gapAgain.WhyNoPlan(BenefitScheme.Resident, new LocalDate(2019, 3, 1)));
        Assert.Throws<ArgumentException>(() => BenefitPlans.Restore(" ", plans.Span, plans.Plans, plans.Gaps));
    }

    [Fact]
    public void A_rebuild_refuses_plans_of_another_set_rounding_or_order()
    {
        BenefitPlans plans = Plans20202021;
        List<BenefitPlan> list = [.. plans.Plans];
        BenefitPlan other = BenefitPlan.FromParameters(ParameterSet.Create("other", Set.Parameters), BenefitScheme.Employee, new LocalDate(2020, 1, 1));
        Assert.Equal(
            "plans[0] was read from parameter set other, not ankang: the plans of a region come from its one set. (Parameter 'plans')",
            Refused("ankang", Span, [other, .. list.Skip(1)], []));
        BenefitPlan even = BenefitPlan.FromParameters(Set, BenefitScheme.Resident, new LocalDate(2020, 1, 1), MidpointRounding.ToEven);
        Assert.Equal(
            "plans[1] rounds ToEven but plans[0] rounds AwayFromZero: the plans of a region are read with one rounding. (Parameter 'plans')",
            Refused("ankang", Span, [list[0], even, list[2]], []));
        Assert.Equal(BenefitScheme.Employee, list[0].Scheme);
        Assert.Equal(
            "plans[2] (Employee) follows a Resident plan: plans are by scheme, then date. (Parameter 'plans')",
            Refused("ankang", Span, [list[1], list[2], list[0]], []));
    }

    [Fact]
    public void A_rebuild_refuses_gaps_without_reason_out_of_order_or_outside_the_span()
    {
        BenefitPlans withGap = BenefitPlans.FromParameters(Set, new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)));
        PolicyWindow span = withGap.Span;
        var gaps = withGap.Gaps.ToList();
        Assert.Equal([BenefitScheme.Employee, BenefitScheme.Resident], gaps.Select(g => g.Scheme));
        Assert.Equal(
            "gaps[0] has no reason: a gap keeps why no plan covers it. (Parameter 'gaps')",
            Refused("ankang", span, withGap.Plans, [(gaps[0].Scheme, gaps[0].Window, " "), gaps[1]]));
        Assert.Equal(
            "gaps[1] (Employee) follows a Resident gap: gaps are by scheme, then date. (Parameter 'gaps')",
            Refused("ankang", span, withGap.Plans, [gaps[1], gaps[0]]));
        var early = new PolicyWindow(new LocalDate(2018, 12, 31), gaps[0].Window.End);
        Assert.Equal(
            $"gaps[0] {early} is not inside the span {span}. (Parameter 'gaps')",
            Refused("ankang", span, withGap.Plans, [(gaps[0].Scheme, early, gaps[0].Reason), gaps[1]]));
        var late = new PolicyWindow(gaps[1].Window.Start, new LocalDate(2022, 1, 1));
        Assert.Equal(
            $"gaps[1] {late} is not inside the span {span}. (Parameter 'gaps')",
            Refused("ankang", span, withGap.Plans, [gaps[0], (gaps[1].Scheme, late, gaps[1].Reason)]));
    }

    [Fact]
    public void A_rebuild_refuses_a_scheme_whose_plans_and_gaps_do_not_tile_the_span()
    {
        BenefitPlans plans = Plans20202021;
        List<BenefitPlan> list = [.. plans.Plans]; // employee 2020–, resident 2020, resident 2021–
        // Without the resident 2020 plan the resident 2021 plan does not cover the first day.
        Assert.Equal(
            "the Resident plan 2021-01-01..9999-12-31 does not cover the span's first day 2020-01-01. (Parameter 'plans')",
            Refused("ankang", Span, [list[0], list[2]], []));
        // Without the 2021 plan the resident 2020 plan ends before the span does.
        Assert.Equal(
            "the Resident plan 2020-01-01..2020-12-31 ends before the span's last day 2021-12-31. (Parameter 'plans')",
            Refused("ankang", Span, [list[0], list[1]], []));
        // Twice the same plan: the second does not start the day after the first ends.
        Assert.Equal(
            "the Resident plan 2020-01-01..2020-12-31 does not start the day after the Resident plan 2020-01-01..2020-12-31 ends: a scheme's plans and gaps follow each other over the span 2020-01-01..2021-12-31. (Parameter 'plans')",
            Refused("ankang", Span, [list[0], list[1], list[1], list[2]], []));
        // Anything after a plan that already reaches the span's end is refused too.
        Assert.Equal(
            "the Employee gap 2021-06-01..2021-12-31 does not start the day after the Employee plan 2020-01-01..9999-12-31 ends: a scheme's plans and gaps follow each other over the span 2020-01-01..2021-12-31. (Parameter 'plans')",
            Refused("ankang", Span, list, [(BenefitScheme.Employee, new PolicyWindow(new LocalDate(2021, 6, 1), new LocalDate(2021, 12, 31)), "x")]));
        // A scheme with neither plans nor gaps is simply absent.
        Assert.Single(BenefitPlans.Restore("ankang", Span, [list[0]], []).Plans);
    }

    [Fact]
    public void The_ledger_keeps_each_claim_once_until_it_is_reversed()
    {
        var ledger = new BenefitLedger(Plans20202021);
        Assert.Same(Plans20202021.ParameterSetName, ledger.Plans.ParameterSetName);
        BenefitClaim c = Claim(1, 4, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000);
        Assert.False(ledger.IsActive(1));
        Assert.Equal(BenefitAccumulator.ForYear(4, 2021), ledger.Accumulator(4, BenefitScheme.Resident, 2021));
        string explained = ledger.Explain(c).ToText();
        ClaimSettlement s = ledger.Settle(c);
        Assert.Equal(Y(8_240), s.Basic);
        Assert.Contains("基本医保 8,240.00元", explained, StringComparison.Ordinal);
        Assert.True(ledger.IsActive(1));
        Assert.Equal(1, ledger.ActiveClaims);
        Assert.Equal(1, ledger.Accumulator(4, BenefitScheme.Resident, 2021).Claims);
        Assert.Equal(0, ledger.Accumulator(4, BenefitScheme.Employee, 2021).Claims); // schemes keep their own years
        Assert.Single(ledger.Accumulators);
        Assert.Equal((4L, BenefitScheme.Resident, 2021), ledger.Accumulators.Single().Key);
        Assert.Equal(
            "claim 1: claimId = 1; rule: a claim number is settled once; reverse it (冲正) before settling it again",
            Assert.Throws<BenefitClaimException>(() => ledger.Settle(c)).Message);

        Assert.Equal(s.Basic, ledger.Reverse(1).Basic);
        Assert.False(ledger.IsActive(1));
        Assert.Equal(0, ledger.ActiveClaims);
        Assert.Equal("claim 1: claimId = 1; rule: the claim was reversed already; a claim is reversed once", Assert.Throws<BenefitClaimException>(() => ledger.Reverse(1)).Message);
        // Reversed, the number may be settled again.
        Assert.Equal(Y(8_240), ledger.Settle(c).Basic);
        Assert.Equal(1, ledger.ActiveClaims);
        Assert.Throws<ArgumentNullException>(() => new BenefitLedger(null!));

        BenefitClaimException none = Assert.Throws<BenefitClaimException>(() => ledger.PlanFor(Claim(9, 4, new LocalDate(2019, 1, 2), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 1)));
        Assert.Equal(
            "claim 9: date = 2019-01-02; rule: the claim is dated outside any Resident benefit plan: the Resident plans of ankang cover 2020-01-01..2020-12-31, 2021-01-01..9999-12-31",
            none.Message);
    }
}
