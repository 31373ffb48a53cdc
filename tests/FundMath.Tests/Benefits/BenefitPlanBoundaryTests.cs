using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The plan's accessors at their edges (ordinals, bands, undefined codes with their words), the parameters read with
/// the wrong unit or shape, and the rebuild from the parameters a plan read (FundMath.Serialization's form) with its
/// refusals.
/// </summary>
public class BenefitPlanBoundaryTests
{
    private static readonly LocalDate June2021 = new(2021, 6, 1);

    private static ParameterSet Replace(string name, ParameterUnit unit, ParameterValue value) =>
        ParameterSet.Create("bad", Set.Parameters.Select(p => p.Name == name ? new Parameter(name, unit, [new ParameterEntry(new LocalDate(2020, 1, 1), value, new Citation("test override"))]) : p));

    [Fact]
    public void Repeat_factors_by_admission_and_the_band_and_code_ranges()
    {
        BenefitPlan plan = Resident2021;
        Assert.Equal(
            [Rate.OneHundredPercent, Rate.FromPercent(50), plan.RepeatFactor(ClaimKind.Inpatient, 3), plan.RepeatFactor(ClaimKind.Inpatient, 3)],
            new[] { 1, 2, 3, 40 }.Select(n => plan.RepeatFactor(ClaimKind.Inpatient, n)));
        Assert.Equal("admission", Assert.Throws<ArgumentOutOfRangeException>(() => plan.RepeatFactor(ClaimKind.Inpatient, 0)).ParamName);
        Assert.Equal(Rate.OneHundredPercent, plan.RepeatFactor(ClaimKind.Outpatient, 2)); // per-year deductible: no factor
        Assert.Equal(DeductibleBasis.PerAdmission, plan.BasisOf(ClaimKind.Inpatient));
        Assert.Equal(DeductibleBasis.PerYear, plan.BasisOf(ClaimKind.Outpatient));
        Assert.Equal(Y(500), plan.Deductible(ClaimKind.Inpatient, HospitalLevel.Level2));
        Assert.Equal(Y(1_000), plan.Deductible(ClaimKind.Inpatient, HospitalLevel.Level3));
        Assert.Equal(Y(100), plan.Deductible(ClaimKind.Outpatient, HospitalLevel.Level2));

        Assert.Null(plan.KindCap(ClaimKind.Inpatient));
        Assert.NotNull(plan.KindCap(ClaimKind.Outpatient));
        Assert.True(BenefitPlan.CountsTowardAnnualCap(ClaimKind.Inpatient));
        Assert.False(BenefitPlan.CountsTowardAnnualCap(ClaimKind.Outpatient));
        Assert.True(BenefitPlan.CountsTowardAnnualCap(ClaimKind.ChronicOutpatient));
        Assert.Equal(Rate.OneHundredPercent, plan.CountedShare(ClaimKind.Inpatient));

        Assert.Equal(2, plan.SeriousIllnessBandCount);
        Assert.Equal((Money.Zero, Y(100_000)), (plan.SeriousIllnessBandFrom(0), plan.SeriousIllnessBandFrom(1)));
        Assert.Equal("band", Assert.Throws<ArgumentOutOfRangeException>(() => plan.SeriousIllnessBandFrom(2)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.SeriousIllnessBandFrom(-1));
        Assert.Equal(Rate.FromPercent(70), plan.SeriousIllnessBandRatio(1, AssistanceGroup.General));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.SeriousIllnessBandRatio(2, AssistanceGroup.General));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.SeriousIllnessBandRatio(-1, AssistanceGroup.General));
        Assert.Equal(Y(10_000), plan.SeriousIllnessBaseDeductible);
        Assert.Equal(Y(65), plan.SeriousIllnessFundingPerPerson);
        Assert.Equal(Rate.FromPercent(70), plan.InpatientInScopeRatioTarget);
        Assert.Null(Resident2020.InpatientInScopeRatioTarget);
        Assert.Equal((Money.Zero, Rate.Zero, Money.Zero), (plan.AssistanceDeductible(AssistanceGroup.General), plan.AssistanceRatio(AssistanceGroup.General), plan.AssistanceCap(AssistanceGroup.General)));
        Assert.Equal((Rate.FromPercent(70), Y(50_000)), (plan.AssistanceRatio(AssistanceGroup.Dibao), plan.AssistanceCap(AssistanceGroup.Dibao)));

        Assert.False(plan.TryGetTarget(AssistanceGroup.Dibao, out Rate min, out Rate max));
        Assert.Equal((Rate.Zero, Rate.OneHundredPercent), (min, max));
        Assert.True(Resident2020.TryGetTarget(AssistanceGroup.Dibao, out min, out max));
        Assert.Equal((Rate.FromPercent(80), Rate.FromPercent(85)), (min, max));

        Assert.Equal(
            "claim kind 3 is not a defined ClaimKind (Inpatient, Outpatient, ChronicOutpatient). (Parameter 'kind')\nActual value was 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => plan.CountedShare((ClaimKind)3)).Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            "hospital level 3 is not a defined HospitalLevel (Level1, Level2, Level3). (Parameter 'level')\nActual value was 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => plan.Deductible(ClaimKind.Inpatient, (HospitalLevel)3)).Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            "person status 3 is not a defined PersonStatus (InService, Retired, Resident). (Parameter 'status')\nActual value was 3.",
            Assert.Throws<ArgumentOutOfRangeException>(() => plan.Ratio(ClaimKind.Inpatient, HospitalLevel.Level1, (PersonStatus)3, AssistanceGroup.General)).Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            "assistance group 4 is not a defined AssistanceGroup (General, Destitute, Dibao, PovertyRelapse). (Parameter 'group')\nActual value was 4.",
            Assert.Throws<ArgumentOutOfRangeException>(() => plan.AssistanceCap((AssistanceGroup)4)).Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            "person status Resident does not belong to the Employee scheme; use InService (在职) or Retired (退休). (Parameter 'status')",
            Assert.Throws<ArgumentException>(() => Employee2021.Ratio(ClaimKind.Inpatient, HospitalLevel.Level1, PersonStatus.Resident, AssistanceGroup.General)).Message);
        Assert.Equal(Rate.FromPercent(80), plan.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.General));
        Assert.Equal(plan.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.General), plan.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.Dibao));
        Assert.Equal(Rate.FromPercent(90), Resident2020.Ratio(ClaimKind.Inpatient, HospitalLevel.Level2, PersonStatus.Resident, AssistanceGroup.Dibao));
    }

    [Fact]
    public void Parameters_of_the_wrong_unit_or_shape_are_refused_with_their_words()
    {
        ArgumentException unit = Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(
            Replace("benefits.resident.annual_cap", ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(5))), BenefitScheme.Resident, June2021));
        Assert.Equal("parameter benefits.resident.annual_cap in set bad is rate; the benefit plan reads it as a money amount.", unit.Message);
        ArgumentException scale = Assert.Throws<ArgumentException>(() => BenefitPlan.FromParameters(
            Replace("benefits.resident.inpatient.repeat_factor", ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(50))), BenefitScheme.Resident, June2021));
        Assert.Equal("parameter benefits.resident.inpatient.repeat_factor in set bad is rate; the benefit plan reads it as a scale of a rate.", scale.Message);

        ParameterSet late = Set.WithOverrides([new Parameter("benefits.resident.annual_cap", ParameterUnit.Yuan,
            [new ParameterEntry(new LocalDate(2022, 1, 1), ParameterValue.FromMoney(Y(1)), new Citation("t"))])]);
        ParameterNotFoundException notYet = Assert.Throws<ParameterNotFoundException>(() => BenefitPlan.FromParameters(late, BenefitScheme.Resident, June2021));
        Assert.Equal("parameter benefits.resident.annual_cap has no value on 2021-06-01 in set overrides: its first value is effective from 2022-01-01.", notYet.Message);

        Assert.Throws<ArgumentNullException>(() => BenefitPlan.FromParameters(null!, BenefitScheme.Resident, June2021));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenefitPlan.FromParameters(Set, (BenefitScheme)2, June2021));
        Assert.Equal("rounding", Assert.ThrowsAny<ArgumentException>(() => BenefitPlan.FromParameters(Set, BenefitScheme.Resident, June2021, (MidpointRounding)9)).ParamName);
        Assert.Equal(MidpointRounding.ToEven, BenefitPlan.FromParameters(Set, BenefitScheme.Resident, June2021, MidpointRounding.ToEven).Rounding);
    }

    [Fact]
    public void A_plan_rebuilds_from_the_parameters_it_read_and_nothing_else()
    {
        BenefitPlan plan = Resident2021;
        ParameterSet read = ParameterSet.Create("ankang", plan.Entries.Select(e => new Parameter(e.Key, Set.Get(e.Key).Unit, [e.Value])));
        BenefitPlan again = BenefitPlan.Restore(read, BenefitScheme.Resident, plan.Window, plan.Rounding);
        Assert.Equal(plan.Window, again.Window);
        Assert.Equal(plan.Explain().ToText(), again.Explain().ToText());

        var later = new PolicyWindow(new LocalDate(2021, 2, 1), plan.Window.End);
        Assert.Equal(
            $"the window {later} of the benefits.resident plan does not start on its latest parameter's effective date 2021-01-01: a plan's window starts when its last value takes effect. (Parameter 'window')",
            Assert.Throws<ArgumentException>(() => BenefitPlan.Restore(read, BenefitScheme.Resident, later, plan.Rounding)).Message);

        ParameterSet extra = read.WithOverrides([new Parameter("benefits.resident.unused", ParameterUnit.Rate, [new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromRate(Rate.Zero), new Citation("t"))])]);
        Assert.Equal(
            "parameter benefits.resident.unused is not one the benefits.resident plan reads on 2021-01-01: a plan is written with the parameters it read, and only those. (Parameter 'parameters')",
            Assert.Throws<ArgumentException>(() => BenefitPlan.Restore(extra, BenefitScheme.Resident, plan.Window, plan.Rounding)).Message);
        Assert.Equal("rounding", Assert.ThrowsAny<ArgumentException>(() => BenefitPlan.Restore(read, BenefitScheme.Resident, plan.Window, (MidpointRounding)9)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BenefitPlan.Restore(read, (BenefitScheme)2, plan.Window, plan.Rounding));
    }

    [Fact]
    public void The_parameter_names_of_a_scheme_are_every_key_in_reading_order()
    {
        var names = BenefitPlan.ParameterNames(BenefitScheme.Employee);
        Assert.Equal(
            [
                "benefits.employee.class_b_self_pay", "benefits.employee.annual_cap",
                "benefits.employee.inpatient.deductible_per_admission", "benefits.employee.inpatient.deductible_per_year", "benefits.employee.inpatient.repeat_factor",
                "benefits.employee.inpatient.ratio", "benefits.employee.inpatient.group_increase", "benefits.employee.inpatient.in_scope_ratio_target",
                "benefits.employee.outpatient.deductible_per_admission", "benefits.employee.outpatient.deductible_per_year", "benefits.employee.outpatient.repeat_factor",
                "benefits.employee.outpatient.ratio", "benefits.employee.outpatient.annual_cap",
                "benefits.employee.chronic.deductible_per_admission", "benefits.employee.chronic.deductible_per_year", "benefits.employee.chronic.repeat_factor",
                "benefits.employee.chronic.ratio", "benefits.employee.chronic.annual_cap",
                "benefits.employee.serious_illness.deductible", "benefits.employee.serious_illness.deductible_income_share", "benefits.employee.serious_illness.reference_income",
                "benefits.employee.serious_illness.band_from", "benefits.employee.serious_illness.band_ratio", "benefits.employee.serious_illness.cap",
                "benefits.employee.serious_illness.funding_per_person", "benefits.employee.serious_illness.counted_share", "benefits.employee.serious_illness.deductible_factor",
                "benefits.employee.serious_illness.ratio_increase", "benefits.employee.serious_illness.cap_applies",
                "benefits.employee.assistance.deductible", "benefits.employee.assistance.ratio", "benefits.employee.assistance.cap",
                "benefits.employee.target.min", "benefits.employee.target.max",
            ],
            names);
        Assert.Equal(names.Select(n => n.Replace("employee", "resident", StringComparison.Ordinal)), BenefitPlan.ParameterNames(BenefitScheme.Resident));
    }
}
