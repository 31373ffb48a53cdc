using System;

namespace FundMath.Benefits;

/// <summary>
/// Parameter names and bracket keys of a benefit plan — 待遇参数名. One place for the spelling of every key, used
/// by the plan reader, its explanations and the documentation listing (<see cref="BenefitPlan.ParameterNames"/>).
/// </summary>
internal static class BenefitKeys
{
    internal const int Kinds = 3;
    internal const int Levels = 3;
    internal const int Statuses = 3;
    internal const int Groups = 4;
    internal const int Ordinals = 3;

    internal static readonly string[] OrdinalKeys = ["first", "second", "subsequent"];

    internal static string Prefix(BenefitScheme scheme) => scheme switch
    {
        BenefitScheme.Employee => "benefits.employee",
        BenefitScheme.Resident => "benefits.resident",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "not a defined BenefitScheme"),
    };

    internal static string Key(ClaimKind kind) => kind switch
    {
        ClaimKind.Inpatient => "inpatient",
        ClaimKind.Outpatient => "outpatient",
        ClaimKind.ChronicOutpatient => "chronic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined ClaimKind"),
    };

    internal static string Key(HospitalLevel level) => level switch
    {
        HospitalLevel.Level1 => "level1",
        HospitalLevel.Level2 => "level2",
        HospitalLevel.Level3 => "level3",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a defined HospitalLevel"),
    };

    internal static string Key(PersonStatus status) => status switch
    {
        PersonStatus.InService => "in_service",
        PersonStatus.Retired => "retired",
        PersonStatus.Resident => "resident",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a defined PersonStatus"),
    };

    internal static string Key(AssistanceGroup group) => group switch
    {
        AssistanceGroup.General => "general",
        AssistanceGroup.Destitute => "destitute",
        AssistanceGroup.Dibao => "dibao",
        AssistanceGroup.PovertyRelapse => "poverty_relapse",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "not a defined AssistanceGroup"),
    };

    internal static string Chinese(ClaimKind kind) => kind switch
    {
        ClaimKind.Inpatient => "住院",
        ClaimKind.Outpatient => "门诊统筹",
        _ => "门诊慢特病",
    };

    internal static string Chinese(HospitalLevel level) => level switch
    {
        HospitalLevel.Level1 => "一级及以下",
        HospitalLevel.Level2 => "二级",
        _ => "三级",
    };

    internal static string Chinese(PersonStatus status) => status switch
    {
        PersonStatus.InService => "在职",
        PersonStatus.Retired => "退休",
        _ => "居民",
    };

    internal static string Chinese(AssistanceGroup group) => group switch
    {
        AssistanceGroup.General => "普通参保人员",
        AssistanceGroup.Destitute => "特困人员",
        AssistanceGroup.Dibao => "低保对象",
        _ => "返贫致贫人口",
    };

    /// <summary>True when <paramref name="status"/> belongs to <paramref name="scheme"/> (在职/退休 employees, 居民 residents).</summary>
    internal static bool Allows(BenefitScheme scheme, PersonStatus status) =>
        scheme == BenefitScheme.Employee ? status is PersonStatus.InService or PersonStatus.Retired : status == PersonStatus.Resident;

    internal static string AllowedStatuses(BenefitScheme scheme) =>
        scheme == BenefitScheme.Employee ? "InService (在职) or Retired (退休)" : "Resident (居民)";

    // Parameter names (suffixes after the scheme prefix).
    internal const string ClassBSelfPay = "class_b_self_pay";
    internal const string AnnualCap = "annual_cap";
    internal const string DeductiblePerAdmission = "deductible_per_admission";
    internal const string DeductiblePerYear = "deductible_per_year";
    internal const string RepeatFactor = "repeat_factor";
    internal const string Ratio = "ratio";
    internal const string GroupIncrease = "group_increase";
    internal const string KindCap = "annual_cap";
    internal const string InScopeRatioTarget = "in_scope_ratio_target";
    internal const string SeriousDeductible = "serious_illness.deductible";
    internal const string SeriousIncomeShare = "serious_illness.deductible_income_share";
    internal const string SeriousReferenceIncome = "serious_illness.reference_income";
    internal const string SeriousBandFrom = "serious_illness.band_from";
    internal const string SeriousBandRatio = "serious_illness.band_ratio";
    internal const string SeriousCap = "serious_illness.cap";
    internal const string SeriousFunding = "serious_illness.funding_per_person";
    internal const string SeriousCountedShare = "serious_illness.counted_share";
    internal const string SeriousDeductibleFactor = "serious_illness.deductible_factor";
    internal const string SeriousRatioIncrease = "serious_illness.ratio_increase";
    internal const string SeriousCapApplies = "serious_illness.cap_applies";
    internal const string AssistanceDeductible = "assistance.deductible";
    internal const string AssistanceRatio = "assistance.ratio";
    internal const string AssistanceCap = "assistance.cap";
    internal const string TargetMin = "target.min";
    internal const string TargetMax = "target.max";
}
