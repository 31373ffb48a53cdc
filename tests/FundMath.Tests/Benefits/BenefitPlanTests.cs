using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

public class BenefitPlanTests
{
    private static readonly Citation Test = new("test override");

    private static ParameterSet With(ParameterSet set, string name, ParameterUnit unit, ParameterValue value) =>
        set.WithOverrides([new Parameter(name, unit, [new ParameterEntry(new LocalDate(2020, 1, 1), value, Test)])]);

    private static ParameterSet WithScale(ParameterSet set, string name, ParameterUnit unit, params (string Key, ParameterValue Value)[] brackets) =>
        set.WithOverrides([new Parameter(name, unit, [new ParameterEntry(new LocalDate(2020, 1, 1), brackets.Select(b => new ScaleBracket(b.Key, b.Value)), Test)])]);

    [Fact]
    public void Ankang_caps_are_the_plan_figures()
    {
        // 安医保发〔2021〕104号 第一章第二节: 基本医疗保险统筹基金最高支付限额从4万元调整至6万元，大病医疗保险最高支付限额稳定在20万元，
        // 大病医疗救助保险最高救助封顶线从8万元调整至40万元.
        BenefitPlan employee = Employee2021;
        Assert.Equal(Y(60_000), employee.AnnualCap);
        Assert.Equal(Y(200_000), employee.SeriousIllnessCap(AssistanceGroup.General));
        Assert.Equal(Y(400_000), employee.AssistanceCap(AssistanceGroup.General));
        Assert.Equal("安医保发〔2021〕104号", AnkangPlans.Set.At("benefits.employee.annual_cap", new LocalDate(2016, 6, 1)).Citation.Document);
        Assert.Equal(Y(40_000), AnkangPlans.Set.ValueAt("benefits.employee.annual_cap", new LocalDate(2016, 6, 1)).AsMoney());
        // 筹资标准从2016年的25元逐步提高至2020年的65元.
        Assert.Equal(Y(65), Resident2021.SeriousIllnessFundingPerPerson);
        Assert.Equal(Y(25), AnkangPlans.Set.ValueAt("benefits.resident.serious_illness.funding_per_person", new LocalDate(2018, 1, 1)).AsMoney());
    }

    [Fact]
    public void Resident_tilts_apply_in_2020_and_are_cancelled_from_2021()
    {
        // 安医保发〔2021〕104号 第四章第六节三: 自2021年1月1日起，全面取消…住院报销比例提高10个百分点；…三重保障后，政策范围内报销比例控制在80%-85%等四项倾斜政策标准.
        Assert.Equal(Rate.FromPercent(90), Resident2020.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.Destitute));
        Assert.Equal(Rate.FromPercent(80), Resident2021.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.Destitute));
        Assert.True(Resident2020.TryGetTarget(AssistanceGroup.Dibao, out Rate min, out Rate max));
        Assert.Equal((Rate.FromPercent(80), Rate.FromPercent(85)), (min, max));
        Assert.False(Resident2020.TryGetTarget(AssistanceGroup.General, out _, out _));
        Assert.False(Resident2021.TryGetTarget(AssistanceGroup.Dibao, out _, out _));
        // 不低于70% from 2021 (the city's own figure over the national 医保发〔2021〕32号 "70%左右").
        Assert.Null(Resident2020.InpatientInScopeRatioTarget);
        Assert.Equal(Rate.FromPercent(70), Resident2021.InpatientInScopeRatioTarget);
    }

    [Fact]
    public void Serious_illness_deductible_is_half_the_reference_income_and_halved_again_for_assistance_groups()
    {
        // 医保发〔2019〕30号: 起付线按上一年度居民人均可支配收入的50%确定 → 20,000 (illustrative) × 50% = 10,000; 倾斜: 起付线降低50% → 5,000,
        // 支付比例提高5个百分点 → 65%, 取消封顶线.
        BenefitPlan plan = Resident2021;
        Assert.Equal(Y(10_000), plan.SeriousIllnessDeductible(AssistanceGroup.General));
        Assert.Equal(Y(5_000), plan.SeriousIllnessDeductible(AssistanceGroup.Dibao));
        Assert.Equal(Rate.FromPercent(60), plan.SeriousIllnessBandRatio(0, AssistanceGroup.General));
        Assert.Equal(Rate.FromPercent(65), plan.SeriousIllnessBandRatio(0, AssistanceGroup.Destitute));
        Assert.Equal(Rate.FromPercent(75), plan.SeriousIllnessBandRatio(1, AssistanceGroup.PovertyRelapse));
        Assert.Equal(Y(300_000), plan.SeriousIllnessCap(AssistanceGroup.General));
        Assert.Null(plan.SeriousIllnessCap(AssistanceGroup.Destitute));
    }

    [Fact]
    public void The_plan_window_ends_before_the_next_change_of_any_parameter()
    {
        Assert.Equal(new PolicyWindow(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), Resident2020.Window);
        Assert.Equal(new LocalDate(2021, 1, 1), Resident2021.Window.Start);
        BenefitPlans plans = Plans20202021;
        Assert.Equal(3, plans.Plans.Count); // employee: one plan for both years; resident: 2020 and 2021
        Assert.Equal(new LocalDate(2021, 1, 1), plans.Find(BenefitScheme.Resident, new LocalDate(2021, 3, 1))!.Window.Start);
        Assert.Same(plans.Find(BenefitScheme.Employee, new LocalDate(2020, 3, 1)), plans.Find(BenefitScheme.Employee, new LocalDate(2021, 3, 1)));
    }

    [Fact]
    public void A_date_before_the_plan_data_is_a_gap_with_the_reason()
    {
        BenefitPlans plans = BenefitPlans.FromParameters(AnkangPlans.Set, new PolicyWindow(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)));
        Assert.Null(plans.Find(BenefitScheme.Employee, new LocalDate(2019, 6, 1)));
        Assert.Contains("has no value on 2019-01-01", plans.WhyNoPlan(BenefitScheme.Employee, new LocalDate(2019, 6, 1)));
    }

    [Fact]
    public void A_missing_parameter_is_named_never_zero()
    {
        ParameterSet set = ParameterSet.Create("partial", AnkangPlans.Set.Parameters.Where(p => p.Name != "benefits.resident.outpatient.annual_cap"));
        var e = Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1)));
        Assert.Equal("benefits.resident.outpatient.annual_cap", e.ParameterName);
        Assert.Contains("does not define it", e.Message);
    }

    [Fact]
    public void A_missing_bracket_is_named()
    {
        ParameterSet set = WithScale(AnkangPlans.Set, "benefits.resident.assistance.ratio", ParameterUnit.Rate,
            ("general", ParameterValue.FromRate(Rate.Zero)), ("destitute", ParameterValue.FromRate(Rate.FromPercent(80))));
        var e = Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1)));
        Assert.Contains("no bracket 'dibao'", e.Message);
    }

    [Fact]
    public void A_tilted_ratio_above_100_percent_is_an_error_naming_both_parameters()
    {
        ParameterSet set = WithScale(AnkangPlans.Set, "benefits.resident.inpatient.group_increase", ParameterUnit.PercentagePoints,
            ("general", ParameterValue.FromPoints(PercentagePoints.Zero)), ("destitute", ParameterValue.FromPoints(PercentagePoints.FromPoints(15))),
            ("dibao", ParameterValue.FromPoints(PercentagePoints.Zero)), ("poverty_relapse", ParameterValue.FromPoints(PercentagePoints.Zero)));
        var e = Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1)));
        Assert.Contains("benefits.resident.inpatient.ratio[level1.resident] + benefits.resident.inpatient.group_increase[destitute] = 103%", e.Message);
        Assert.Contains("outside 0%–100%", e.Message);
    }

    [Fact]
    public void Both_deductible_bases_or_none_is_an_error()
    {
        ParameterSet both = WithScale(AnkangPlans.Set, "benefits.resident.inpatient.deductible_per_year", ParameterUnit.Yuan,
            ("level1", ParameterValue.FromMoney(Y(1))), ("level2", ParameterValue.FromMoney(Y(1))), ("level3", ParameterValue.FromMoney(Y(1))));
        Assert.Contains("are both in force", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(both, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
        ParameterSet none = ParameterSet.Create("none", AnkangPlans.Set.Parameters.Where(p => p.Name != "benefits.resident.inpatient.deductible_per_admission"));
        Assert.Contains("needs its 起付线", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(none, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
    }

    [Fact]
    public void Bands_must_start_at_zero_and_ascend()
    {
        ParameterSet set = WithScale(AnkangPlans.Set, "benefits.resident.serious_illness.band_from", ParameterUnit.Yuan,
            ("band1", ParameterValue.FromMoney(Y(0))), ("band2", ParameterValue.FromMoney(Y(0))));
        Assert.Contains("does not exceed the previous band's edge", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
        ParameterSet shifted = WithScale(AnkangPlans.Set, "benefits.resident.serious_illness.band_from", ParameterUnit.Yuan,
            ("band1", ParameterValue.FromMoney(Y(5))), ("band2", ParameterValue.FromMoney(Y(100_000))));
        Assert.Contains("the first band must start at 0", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(shifted, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
    }

    [Fact]
    public void A_rate_finer_than_a_ten_thousandth_of_a_percent_is_refused_not_rounded()
    {
        ParameterSet set = With(AnkangPlans.Set, "benefits.resident.class_b_self_pay", ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromRatio(1, 3)));
        Assert.Contains("not a multiple of 0.0001%", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
    }

    [Fact]
    public void Cap_applies_must_be_one_or_zero()
    {
        ParameterSet set = WithScale(AnkangPlans.Set, "benefits.resident.serious_illness.cap_applies", ParameterUnit.Count,
            ("general", ParameterValue.FromCount(2)), ("destitute", ParameterValue.FromCount(0)), ("dibao", ParameterValue.FromCount(0)), ("poverty_relapse", ParameterValue.FromCount(0)));
        Assert.Contains("write 1 (the cap applies) or 0", Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1))).Message);
    }

    [Fact]
    public void Every_value_is_overridable_by_layering()
    {
        ParameterSet set = With(AnkangPlans.Set, "benefits.resident.annual_cap", ParameterUnit.Yuan, ParameterValue.FromMoney(Y(80_000)));
        Assert.Equal(Y(80_000), BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1)).AnnualCap);
        Assert.Equal("test override", BenefitPlan.FromParameters(set, BenefitScheme.Resident, new LocalDate(2021, 6, 1)).Explain().Inputs
            .Single(i => i.Name == "benefits.resident.annual_cap").Citation!.Document);
    }

    [Fact]
    public void A_status_of_the_other_scheme_has_no_ratio()
    {
        var e = Assert.Throws<ArgumentException>(() => Employee2021.Ratio(ClaimKind.Inpatient, HospitalLevel.Level1, PersonStatus.Resident, AssistanceGroup.General));
        Assert.Contains("does not belong to the Employee scheme", e.Message);
    }

    [Fact]
    public void The_national_set_holds_the_national_benefit_rules_with_their_documents()
    {
        var d = new LocalDate(2021, 6, 1);
        Assert.Equal(Rate.FromPercent(50), NationalParameters.Benefits.ResidentSeriousIllnessDeductibleIncomeShare.At(d));
        Assert.Equal("医保发〔2019〕30号", NationalParameters.Benefits.ResidentSeriousIllnessDeductibleIncomeShare.Entry(ParameterSet.National, d).Citation.Document);
        Assert.Equal(Rate.FromPercent(60), NationalParameters.Benefits.ResidentSeriousIllnessBandRatio.At("band1", d));
        Assert.Equal(Rate.FromPercent(50), NationalParameters.Benefits.ResidentSeriousIllnessDeductibleFactor.At("dibao", d));
        Assert.Equal(PercentagePoints.FromPoints(5), NationalParameters.Benefits.ResidentSeriousIllnessRatioIncrease.At("destitute", d));
        Assert.Equal(0, NationalParameters.Benefits.ResidentSeriousIllnessCapApplies.At("poverty_relapse", d));
        Assert.Equal("医保发〔2021〕32号", NationalParameters.Benefits.ResidentInpatientInScopeRatioTarget.Entry(ParameterSet.National, d).Citation.Document);
        Assert.Equal(Rate.FromPercent(70), NationalParameters.Benefits.ResidentAssistanceRatio.At("dibao", new LocalDate(2022, 1, 1)));
        Assert.Equal(Money.Zero, NationalParameters.Benefits.ResidentAssistanceDeductible.At("destitute", new LocalDate(2022, 1, 1)));
        Assert.Equal("国办发〔2021〕42号", NationalParameters.Benefits.ResidentAssistanceRatio.Entry(ParameterSet.National, new LocalDate(2022, 1, 1)).Citation.Document);
    }

    [Fact]
    public void Parameter_names_list_every_key_the_plan_reads()
    {
        BenefitPlan plan = Resident2021;
        var read = plan.Explain().Inputs.Select(i => i.Name).ToHashSet();
        var names = BenefitPlan.ParameterNames(BenefitScheme.Resident).ToHashSet();
        Assert.Empty(read.Except(names));
        Assert.Contains("benefits.resident.inpatient.deductible_per_admission", names);
    }
}
