namespace FundMath.Policies;

/// <summary>
/// Typed keys for the parameters shipped in <see cref="ParameterSet.National"/> — 全国参数, national rules only
/// (local conventions have their keys in <see cref="ConventionParameters"/>). Names are checked at compile time:
/// <c>NationalParameters.Resident.IndividualContribution.At(new LocalDate(2021, 1, 1))</c> is 320 元
/// (医保发〔2021〕32号). Every key also works on a layered set: <c>key.At(set, date)</c>.
/// </summary>
public static class NationalParameters
{
    /// <summary>城乡居民基本医疗保险 funding standards.</summary>
    public static class Resident
    {
        /// <summary>居民医保个人缴费标准, 元/人·年 (2018 220 … 2021 320 … 2025 400).</summary>
        public static readonly ParameterKey<Money> IndividualContribution =
            ParameterKeys.Money("resident.individual_contribution", ParameterUnit.YuanPerPersonYear);

        /// <summary>居民医保人均财政补助标准, 元/人·年 (2018 490 … 2021 580 … 2025 700).</summary>
        public static readonly ParameterKey<Money> FiscalSubsidy =
            ParameterKeys.Money("resident.fiscal_subsidy", ParameterUnit.YuanPerPersonYear);

        /// <summary>中央财政补助分档比例 by tier: tier1 80%, tier2 60%, tier3 50%, tier4 30%, tier5 10%, western_treatment 80% (国办发〔2018〕6号).</summary>
        public static readonly ScaleKey<Rate> CentralSubsidyShare = ParameterKeys.RateScale("resident.central_subsidy_share");
    }

    /// <summary>职工基本医疗保险 contributions.</summary>
    public static class Employee
    {
        /// <summary>缴费基数下限 ratio, 60% (国办发〔2019〕13号).</summary>
        public static readonly ParameterKey<Rate> PremiumBaseFloorRatio = ParameterKeys.Ratio("employee.premium_base.floor_ratio");

        /// <summary>缴费基数上限 ratio, 300% (国办发〔2019〕13号).</summary>
        public static readonly ParameterKey<Rate> PremiumBaseCapRatio = ParameterKeys.Ratio("employee.premium_base.cap_ratio");

        /// <summary>用人单位缴费率, national guideline 6% (国发〔1998〕44号); cities override.</summary>
        public static readonly ParameterKey<Rate> EmployerRate = ParameterKeys.Rate("employee.employer_rate");

        /// <summary>职工个人缴费率, 2% (国发〔1998〕44号).</summary>
        public static readonly ParameterKey<Rate> IndividualRate = ParameterKeys.Rate("employee.individual_rate");
    }

    /// <summary>National fund-analysis thresholds (the local banding conventions are in <see cref="ConventionParameters.Analysis"/>).</summary>
    public static class Analysis
    {
        /// <summary>Reasonable band lower bound for the employee pooled fund: 6 months (人社部发〔2009〕67号).</summary>
        public static readonly ParameterKey<Fraction> MonthsOfCoverReasonableMin = ParameterKeys.Months("analysis.months_of_cover.reasonable_min");

        /// <summary>Reasonable band upper bound for the employee pooled fund: 9 months (人社部发〔2009〕67号).</summary>
        public static readonly ParameterKey<Fraction> MonthsOfCoverReasonableMax = ParameterKeys.Months("analysis.months_of_cover.reasonable_max");
    }

    /// <summary>National rules of benefit settlement (城乡居民大病保险 and 医疗救助), read by <c>FundMath.Benefits.BenefitPlan</c>.</summary>
    public static class Benefits
    {
        /// <summary>住院政策范围内基金支付比例 target, 70% (医保发〔2021〕32号 二: 稳定在70%左右).</summary>
        public static readonly ParameterKey<Rate> ResidentInpatientInScopeRatioTarget = ParameterKeys.Rate("benefits.resident.inpatient.in_scope_ratio_target");

        /// <summary>大病保险起付线 as a share of the prior year's per-capita disposable income, 50% (医保发〔2019〕30号).</summary>
        public static readonly ParameterKey<Rate> ResidentSeriousIllnessDeductibleIncomeShare = ParameterKeys.Rate("benefits.resident.serious_illness.deductible_income_share");

        /// <summary>大病保险 band lower edges above the deductible: one band from 0 (医保发〔2019〕30号).</summary>
        public static readonly ScaleKey<Money> ResidentSeriousIllnessBandFrom = ParameterKeys.MoneyScale("benefits.resident.serious_illness.band_from");

        /// <summary>大病保险 band ratios: 60% (医保发〔2019〕30号, a minimum).</summary>
        public static readonly ScaleKey<Rate> ResidentSeriousIllnessBandRatio = ParameterKeys.RateScale("benefits.resident.serious_illness.band_ratio");

        /// <summary>大病保险倾斜: deductible factor by group, 50% for 特困/低保/返贫致贫 (医保发〔2019〕30号; 医保发〔2021〕32号 二).</summary>
        public static readonly ScaleKey<Rate> ResidentSeriousIllnessDeductibleFactor = ParameterKeys.RateScale("benefits.resident.serious_illness.deductible_factor");

        /// <summary>大病保险倾斜: ratio increase by group, 5pp for 特困/低保/返贫致贫.</summary>
        public static readonly ScaleKey<PercentagePoints> ResidentSeriousIllnessRatioIncrease = ParameterKeys.PointsScale("benefits.resident.serious_illness.ratio_increase");

        /// <summary>大病保险倾斜: 1 when the cap applies, 0 when removed (取消封顶线) for 特困/低保/返贫致贫.</summary>
        public static readonly ScaleKey<long> ResidentSeriousIllnessCapApplies = ParameterKeys.CountScale("benefits.resident.serious_illness.cap_applies");

        /// <summary>医疗救助 ratio floor for 特困人员 and 低保对象, 70% (国办发〔2021〕42号).</summary>
        public static readonly ScaleKey<Rate> ResidentAssistanceRatio = ParameterKeys.RateScale("benefits.resident.assistance.ratio");

        /// <summary>医疗救助 deductible for 特困人员 and 低保对象, 0 (原则上取消起付标准, 国办发〔2021〕42号).</summary>
        public static readonly ScaleKey<Money> ResidentAssistanceDeductible = ParameterKeys.MoneyScale("benefits.resident.assistance.deductible");
    }
}
