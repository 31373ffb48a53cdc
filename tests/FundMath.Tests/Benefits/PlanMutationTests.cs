using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The plan reader's rules that no Ankang value reaches: a group's 大病保险 deductible factor and tilted band ratio
/// checked against 0–100%, the target band's one-sided and degenerate forms and its two refusals, a 0% basic ratio,
/// an optional parameter that appears later bounding the window, the band brackets of band_from and band_ratio
/// matched both ways, a scale read as a single value, each refusal with its exact words, and the gaps of a region's
/// plans with their exact windows.
/// </summary>
public class PlanMutationTests
{
    private static readonly LocalDate June2021 = new(2021, 6, 1);
    private static readonly Citation Test = new("test override");
    private static readonly string[] GroupKeys = ["general", "destitute", "dibao", "poverty_relapse"];

    private static ParameterSet WithScale(ParameterSet set, string name, ParameterUnit unit, params (string Key, ParameterValue Value)[] brackets) =>
        set.WithOverrides([new Parameter(name, unit, [new ParameterEntry(new LocalDate(2020, 1, 1), brackets.Select(b => new ScaleBracket(b.Key, b.Value)), Test)])]);

    private static (string Key, ParameterValue Value)[] Rates(params decimal[] percents) =>
        [.. GroupKeys.Zip(percents, (g, p) => (g, ParameterValue.FromRate(Rate.FromPercent(p))))];

    private static ParameterSet Targets(decimal[] min, decimal[] max) =>
        WithScale(WithScale(Set, "benefits.resident.target.min", ParameterUnit.Rate, Rates(min)), "benefits.resident.target.max", ParameterUnit.Rate, Rates(max));

    [Fact]
    public void A_deductible_factor_finer_than_a_ten_thousandth_of_a_percent_is_refused_with_the_group_named()
    {
        // The factor only scales the deductible (its fixed-point value is not kept), yet it is a rate of the plan held to
        // 0.0001%: 50.00005% is refused rather than rounded (the parameter itself already refuses values above 100%).
        ParameterSet set = WithScale(Set, "benefits.resident.serious_illness.deductible_factor", ParameterUnit.Rate, Rates(100, 50, 50.00005m, 50));
        Assert.Equal(
            "benefits.resident.serious_illness.deductible_factor[dibao] = 50.00005% is not a multiple of 0.0001%: benefit plans hold rates to 0.0001% (e.g. 83.5%, 8.75%).",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021)).Message);
    }

    private static ParameterSet WithRate(string name, string? key, Rate value)
    {
        Parameter p = Set.Get(name);
        ParameterEntry at = p.TryAt(June2021)!;
        ParameterEntry entry = key is null
            ? new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromRate(value), Test)
            : new ParameterEntry(new LocalDate(2020, 1, 1), at.Brackets.Select(b => b.Key == key ? new ScaleBracket(b.Key, ParameterValue.FromRate(value)) : b), Test);
        return Set.WithOverrides([new Parameter(name, p.Unit, [entry])]);
    }

    [Theory]
    [InlineData("class_b_self_pay", null, "benefits.resident.class_b_self_pay")]
    [InlineData("inpatient.repeat_factor", "second", "benefits.resident.inpatient.repeat_factor[second]")]
    [InlineData("inpatient.ratio", "level1.resident", "benefits.resident.inpatient.ratio[level1.resident] + benefits.resident.inpatient.group_increase[general]")]
    [InlineData("outpatient.ratio", "level1.resident", "benefits.resident.outpatient.ratio[level1.resident]")]
    [InlineData("serious_illness.counted_share", "chronic", "benefits.resident.serious_illness.counted_share[chronic]")]
    [InlineData("assistance.ratio", "dibao", "benefits.resident.assistance.ratio[dibao]")]
    [InlineData("target.min", "destitute", "benefits.resident.target.min[destitute]")]
    [InlineData("target.max", "destitute", "benefits.resident.target.max[destitute]")]
    [InlineData("inpatient.in_scope_ratio_target", null, "benefits.resident.inpatient.in_scope_ratio_target")]
    public void A_rate_finer_than_a_ten_thousandth_of_a_percent_names_the_parameter_and_bracket(string suffix, string? key, string what)
    {
        // 50.00005% is half of 0.0001% off the grid of 10⁻⁶: refused, not rounded, wherever the plan reads a rate.
        ParameterSet set = WithRate("benefits.resident." + suffix, key, Rate.FromPercent(50.00005m));
        Assert.Equal(
            what + " = 50.00005% is not a multiple of 0.0001%: benefit plans hold rates to 0.0001% (e.g. 83.5%, 8.75%).",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void A_band_ratio_tilted_above_100_percent_names_both_parameters()
    {
        // band1 60% + 35pp = 95% is allowed; band2 70% + 35pp = 105% is not.
        ParameterSet set = WithScale(Set, "benefits.resident.serious_illness.ratio_increase", ParameterUnit.PercentagePoints,
            [.. GroupKeys.Select(g => (g, ParameterValue.FromPoints(PercentagePoints.FromPoints(g == "destitute" ? 35 : 0))))]);
        Assert.Equal(
            "benefits.resident.serious_illness.band_ratio[band2] + benefits.resident.serious_illness.ratio_increase[destitute] = 105% is outside 0%–100%: a benefit rate is a share of an amount.",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void Cap_applies_other_than_0_or_1_is_refused_with_the_value_and_date()
    {
        ParameterSet set = WithScale(Set, "benefits.resident.serious_illness.cap_applies", ParameterUnit.Count,
            [.. GroupKeys.Select(g => (g, ParameterValue.FromCount(g == "general" ? 2 : 0)))]);
        Assert.Equal(
            "benefits.resident.serious_illness.cap_applies[general] = 2 on 2021-06-01: write 1 (the cap applies) or 0 (取消封顶线, no cap).",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void Both_or_neither_deductible_basis_is_refused_with_the_exact_words()
    {
        ParameterSet both = Set.WithOverrides([new Parameter("benefits.resident.inpatient.deductible_per_year", ParameterUnit.Yuan,
            [new ParameterEntry(new LocalDate(2020, 1, 1), new[] { "level1", "level2", "level3" }.Select(l => new ScaleBracket(l, ParameterValue.FromMoney(Y(1)))), Test)])]);
        Assert.Equal(
            "benefit plan benefits.resident on 2021-06-01 in parameter set overrides: benefits.resident.inpatient.deductible_per_admission and benefits.resident.inpatient.deductible_per_year are both in force; a kind's 起付线 is counted either per admission or per year.",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(both, BenefitScheme.Resident, June2021)).Message);
        ParameterSet none = ParameterSet.Create("none", Set.Parameters.Where(p => p.Name != "benefits.resident.inpatient.deductible_per_admission"));
        Assert.Equal(
            "benefit plan benefits.resident on 2021-06-01 in parameter set none: inpatient needs its 起付线: define benefits.resident.inpatient.deductible_per_admission (per admission) or benefits.resident.inpatient.deductible_per_year (per year).",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(none, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void A_target_band_needs_both_edges()
    {
        // Either edge present makes the plan read both, so the other one missing is named.
        ParameterSet noMax = ParameterSet.Create("no-max", Set.Parameters.Where(p => p.Name != "benefits.resident.target.max"));
        Assert.Equal("benefits.resident.target.max",
            Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(noMax, BenefitScheme.Resident, June2021)).ParameterName);
        ParameterSet noMin = ParameterSet.Create("no-min", Set.Parameters.Where(p => p.Name != "benefits.resident.target.min"));
        Assert.Equal("benefits.resident.target.min",
            Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(noMin, BenefitScheme.Resident, June2021)).ParameterName);
        // Neither edge: no target for any group.
        ParameterSet neither = ParameterSet.Create("neither", Set.Parameters.Where(p => !p.Name.StartsWith("benefits.resident.target.", StringComparison.Ordinal)));
        Assert.False(BenefitPlan.FromParameters(neither, BenefitScheme.Resident, June2021).TryGetTarget(AssistanceGroup.Dibao, out _, out _));
    }

    [Fact]
    public void A_one_sided_or_single_point_band_is_a_target_and_an_inverted_one_is_refused()
    {
        // general 0%–90% (no floor, a ceiling), destitute 10%–100% (a floor, no ceiling), dibao 80%–80% (one point),
        // poverty_relapse 0%–100% (no target).
        BenefitPlan plan = BenefitPlan.FromParameters(Targets([0, 10, 80, 0], [90, 100, 80, 100]), BenefitScheme.Resident, June2021);
        Assert.True(plan.TryGetTarget(AssistanceGroup.General, out Rate min, out Rate max));
        Assert.Equal((Rate.Zero, Rate.FromPercent(90)), (min, max));
        Assert.True(plan.TryGetTarget(AssistanceGroup.Destitute, out min, out max));
        Assert.Equal((Rate.FromPercent(10), Rate.OneHundredPercent), (min, max));
        Assert.True(plan.TryGetTarget(AssistanceGroup.Dibao, out min, out max));
        Assert.Equal((Rate.FromPercent(80), Rate.FromPercent(80)), (min, max));
        Assert.False(plan.TryGetTarget(AssistanceGroup.PovertyRelapse, out _, out _));

        // fund / in scope over 1,000,000 fen: 0% meets a 0% floor; 90.0001% exceeds the 90% ceiling; 80% exactly is the one point.
        Assert.Equal(TargetOutcome.Within, BenefitSettlement.Target(plan, AssistanceGroup.General, 0, 1_000_000));
        Assert.Equal(TargetOutcome.Above, BenefitSettlement.Target(plan, AssistanceGroup.General, 900_001, 1_000_000));
        Assert.Equal(TargetOutcome.Below, BenefitSettlement.Target(plan, AssistanceGroup.Destitute, 99_999, 1_000_000));
        Assert.Equal(TargetOutcome.Within, BenefitSettlement.Target(plan, AssistanceGroup.Destitute, 1_000_000, 1_000_000));
        Assert.Equal(TargetOutcome.Within, BenefitSettlement.Target(plan, AssistanceGroup.Dibao, 800_000, 1_000_000));
        Assert.Equal(TargetOutcome.Above, BenefitSettlement.Target(plan, AssistanceGroup.Dibao, 800_001, 1_000_000));
        Assert.Equal(TargetOutcome.NoTarget, BenefitSettlement.Target(plan, AssistanceGroup.PovertyRelapse, 800_000, 1_000_000));

        Assert.Equal(
            "benefits.resident.target.min[dibao] 90% exceeds benefits.resident.target.max[dibao] 85% on 2021-06-01.",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(Targets([0, 0, 90, 0], [100, 100, 85, 100]), BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void A_basic_ratio_of_0_percent_is_a_ratio_not_a_missing_status()
    {
        // 门诊统筹 at level 1 set to 0%: the ratio reads 0% and a visit of 300.00 (起付线 0) pays nothing from the basic layer.
        ParameterSet set = WithScale(Set, "benefits.resident.outpatient.ratio", ParameterUnit.Rate,
            ("level1.resident", ParameterValue.FromRate(Rate.Zero)), ("level2.resident", ParameterValue.FromRate(Rate.FromPercent(50))), ("level3.resident", ParameterValue.FromRate(Rate.FromPercent(40))));
        BenefitPlan plan = BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021);
        Assert.Equal(Rate.Zero, plan.Ratio(ClaimKind.Outpatient, HospitalLevel.Level1, PersonStatus.Resident, AssistanceGroup.General));
        var acc = BenefitAccumulator.ForYear(1, 2021);
        ClaimSettlement s = BenefitSettlement.Settle(plan, Claim(1, 1, June2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 300), ref acc);
        Assert.Equal((Money.Zero, Y(300)), (s.Basic, s.Patient));
    }

    [Fact]
    public void An_optional_parameter_that_takes_effect_later_ends_the_window_the_day_before()
    {
        // The employee plan reads nothing that changes after 2020-01-01 (window to 9999-12-31); an inpatient in-scope
        // target first effective 2022-01-01 is absent on 2021-06-01 but ends the window on 2021-12-31.
        Assert.Equal(new PolicyWindow(new LocalDate(2020, 1, 1), new LocalDate(9999, 12, 31)), Employee2021.Window);
        ParameterSet set = Set.WithOverrides([new Parameter("benefits.employee.inpatient.in_scope_ratio_target", ParameterUnit.Rate,
            [new ParameterEntry(new LocalDate(2022, 1, 1), ParameterValue.FromRate(Rate.FromPercent(70)), Test)])]);
        BenefitPlan plan = BenefitPlan.FromParameters(set, BenefitScheme.Employee, June2021);
        Assert.Equal(new PolicyWindow(new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31)), plan.Window);
        Assert.Null(plan.InpatientInScopeRatioTarget);
        Assert.Equal(Rate.FromPercent(70), BenefitPlan.FromParameters(set, BenefitScheme.Employee, new LocalDate(2022, 1, 1)).InpatientInScopeRatioTarget);
        Assert.Null(Employee2021.SeriousIllnessFundingPerPerson); // the employee plan states no 大病保险 funding
    }

    [Fact]
    public void Band_edges_and_ratios_are_matched_by_key_both_ways()
    {
        ParameterSet extraEdge = WithScale(Set, "benefits.resident.serious_illness.band_from", ParameterUnit.Yuan,
            ("band1", ParameterValue.FromMoney(Y(0))), ("band2", ParameterValue.FromMoney(Y(100_000))), ("band3", ParameterValue.FromMoney(Y(200_000))));
        ParameterNotFoundException e = Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(extraEdge, BenefitScheme.Resident, June2021));
        Assert.Equal("benefits.resident.serious_illness.band_ratio", e.ParameterName);
        Assert.Equal(
            "benefits.resident.serious_illness.band_ratio on 2021-06-01 has no bracket 'band3' for the band of benefits.resident.serious_illness.band_from[band3] (brackets: band1, band2).",
            e.Message);

        ParameterSet extraRatio = WithScale(Set, "benefits.resident.serious_illness.band_ratio", ParameterUnit.Rate,
            ("band1", ParameterValue.FromRate(Rate.FromPercent(60))), ("band2", ParameterValue.FromRate(Rate.FromPercent(70))), ("band3", ParameterValue.FromRate(Rate.FromPercent(80))));
        ParameterNotFoundException f = Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(extraRatio, BenefitScheme.Resident, June2021));
        Assert.Equal("benefits.resident.serious_illness.band_from", f.ParameterName);
        Assert.Equal(
            "benefits.resident.serious_illness.band_from on 2021-06-01 has no bracket 'band3' for the ratio benefits.resident.serious_illness.band_ratio[band3] (brackets: band1, band2).",
            f.Message);

        // Three matching bands: edges 0 / 100,000 / 200,000 with 60% / 70% / 80%.
        ParameterSet three = WithScale(extraEdge, "benefits.resident.serious_illness.band_ratio", ParameterUnit.Rate,
            ("band1", ParameterValue.FromRate(Rate.FromPercent(60))), ("band2", ParameterValue.FromRate(Rate.FromPercent(70))), ("band3", ParameterValue.FromRate(Rate.FromPercent(80))));
        BenefitPlan plan = BenefitPlan.FromParameters(three, BenefitScheme.Resident, June2021);
        Assert.Equal(3, plan.SeriousIllnessBandCount);
        Assert.Equal((Y(200_000), Rate.FromPercent(80)), (plan.SeriousIllnessBandFrom(2), plan.SeriousIllnessBandRatio(2, AssistanceGroup.General)));
        // H(x) with deductible 10,000: x = 320,000 → 100,000 × 60% + 100,000 × 70% + 110,000 × 80% = 60,000 + 70,000 + 88,000 = 218,000.
        Assert.Equal(Y(218_000).Fen, BenefitSettlement.SeriousH(plan, AssistanceGroup.General, Y(320_000).Fen));
    }

    [Fact]
    public void Band_edges_out_of_order_are_refused_with_the_edges_in_yuan()
    {
        ParameterSet shifted = WithScale(Set, "benefits.resident.serious_illness.band_from", ParameterUnit.Yuan,
            ("band1", ParameterValue.FromMoney(Y(5.5m))), ("band2", ParameterValue.FromMoney(Y(100_000))));
        Assert.Equal(
            "benefits.resident.serious_illness.band_from[band1] = 5.50元 on 2021-06-01: the first band must start at 0 (the amount just above the deductible).",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(shifted, BenefitScheme.Resident, June2021)).Message);
        // Edges 0, 20,000.25 and 20,000.25: the third does not exceed the second (equal edges are refused too).
        ParameterSet equal = WithScale(Set, "benefits.resident.serious_illness.band_from", ParameterUnit.Yuan,
            ("band1", ParameterValue.FromMoney(Y(0))), ("band2", ParameterValue.FromMoney(Y(20_000.25m))), ("band3", ParameterValue.FromMoney(Y(20_000.25m))));
        ParameterSet withRatios = WithScale(equal, "benefits.resident.serious_illness.band_ratio", ParameterUnit.Rate,
            ("band1", ParameterValue.FromRate(Rate.FromPercent(60))), ("band2", ParameterValue.FromRate(Rate.FromPercent(70))), ("band3", ParameterValue.FromRate(Rate.FromPercent(80))));
        Assert.Equal(
            "benefits.resident.serious_illness.band_from[band3] = 20000.25元 on 2021-06-01 does not exceed the previous band's edge 20000.25元: band edges must ascend in file order.",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(withRatios, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void A_missing_parameter_or_bracket_is_named_with_what_the_plan_reads_it_as()
    {
        ParameterSet partial = ParameterSet.Create("partial", Set.Parameters.Where(p => p.Name != "benefits.resident.chronic.annual_cap"));
        Assert.Equal(
            "the Resident benefit plan needs parameter benefits.resident.chronic.annual_cap (a money amount); parameter set partial does not define it.",
            Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(partial, BenefitScheme.Resident, June2021)).Message);
        ParameterSet twoGroups = WithScale(Set, "benefits.resident.assistance.cap", ParameterUnit.Yuan,
            ("general", ParameterValue.FromMoney(Money.Zero)), ("destitute", ParameterValue.FromMoney(Y(50_000))));
        Assert.Equal(
            "benefits.resident.assistance.cap on 2021-06-01 (parameter set overrides) has no bracket 'dibao'; the plan needs it (brackets: general, destitute).",
            Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(twoGroups, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void A_scale_where_a_single_value_is_read_is_named_as_a_scale()
    {
        ParameterSet set = WithScale(Set, "benefits.resident.annual_cap", ParameterUnit.Yuan, ("level1", ParameterValue.FromMoney(Y(1))));
        Assert.Equal(
            "parameter benefits.resident.annual_cap in set overrides is a scale of yuan; the benefit plan reads it as a money amount.",
            Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, June2021)).Message);
    }

    [Fact]
    public void The_plans_refuse_an_undefined_rounding_even_without_any_scheme()
    {
        // A set defining no benefit scheme builds no plan, yet the rounding mode is still checked.
        var span = new PolicyWindow(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31));
        ParameterSet none = ParameterSet.Create("no-benefits", Set.Parameters.Where(p => !p.Name.StartsWith("benefits.", StringComparison.Ordinal)));
        Assert.Empty(BenefitPlans.FromParameters(none, span).Plans);
        Assert.Equal("rounding", Assert.ThrowsAny<ArgumentException>(() => BenefitPlans.FromParameters(none, span, (MidpointRounding)9)).ParamName);
        Assert.Equal(
            "parameter set no-benefits defines no Resident benefit plan (benefits.resident.*)",
            BenefitPlans.FromParameters(none, span).WhyNoPlan(BenefitScheme.Resident, new LocalDate(2021, 6, 1)));
    }

    [Fact]
    public void Gaps_end_the_day_before_the_next_change_even_on_the_spans_last_day()
    {
        // Ankang's plan data starts on 2020-01-01: over 2019-01-01..2020-01-01 each scheme has a gap for 2019 and a plan
        // from the span's last day, 2020-01-01, on.
        var span = new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2020, 1, 1));
        BenefitPlans plans = BenefitPlans.FromParameters(Set, span);
        var year2019 = new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
        Assert.Equal([(BenefitScheme.Employee, year2019), (BenefitScheme.Resident, year2019)], plans.Gaps.Select(g => (g.Scheme, g.Window)));
        Assert.Equal([BenefitScheme.Employee, BenefitScheme.Resident], plans.Plans.Select(p => p.Scheme));
        Assert.All(plans.Plans, p => Assert.Equal(new LocalDate(2020, 1, 1), p.Window.Start));
        Assert.NotNull(plans.Find(BenefitScheme.Resident, new LocalDate(2020, 1, 1)));
        Assert.Null(plans.Find(BenefitScheme.Resident, new LocalDate(2019, 12, 31)));

        // Over 2019–2021 the gap is the same year, followed by the three plans.
        BenefitPlans longer = BenefitPlans.FromParameters(Set, new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)));
        Assert.Equal([(BenefitScheme.Employee, year2019), (BenefitScheme.Resident, year2019)], longer.Gaps.Select(g => (g.Scheme, g.Window)));
        Assert.Equal(3, longer.Plans.Count);
    }
}
