using FundMath.Benefits;
using FundMath.Tests.Support;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The words of a settlement's explanation in each of its branches — a second admission (per-admission deductible with
/// its repeat factor, 大病保险 paid), a 低保 admission with its group tilts, 医疗救助 and the target band, an employee
/// admission reaching the basic cap, and an outpatient visit with a per-year deductible and the kind's own cap — with
/// the parameter nodes' notes (quotes of samples/parameters/ankang.yaml) left out (<see cref="ExplanationTrace"/>).
/// Figures as derived in <see cref="WorkedExampleTests"/>.
/// </summary>
public class SettlementExplainerBoundaryTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    private static string Text(string raw) => raw.ReplaceLineEndings("\n");

    [Fact]
    public void A_second_admission_explains_the_repeat_factor_and_the_serious_illness_bands()
    {
        // Year base 2,560 after the first admission; this one adds 8,300: (10,860 − 10,000) × 60% = 516.
        var acc = BenefitAccumulator.ForYear(1, 2021);
        BenefitSettlement.Settle(Resident2021, Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000), ref acc);
        BenefitAccumulator before = acc;
        BenefitClaim second = Claim(2, 1, new LocalDate(2021, 9, 3), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 30_000, 3_000, 5_000);
        Assert.Equal(Text("""
            结算 claim 2 (person 1, 2021-09-03, benefits.resident plan (ankang) 2021-01-01..9999-12-31) = 30,000.00元
                30,000.00元 = 基本医保 18,200.00元 + 大病保险 516.00元 + 医疗救助 0.00元 + 个人负担 11,284.00元
              - 医疗费用总额 (claim total) = 30,000.00元  [input]
              - 政策范围外费用 (out of scope, paid by the patient) = 3,000.00元  [input]
              - 乙类先行自付 (class-B self-pay) = 500.00元
                  formula: round(乙类 5,000.00元 × 10.00%)
                  rounding: to the fen, AwayFromZero
                - 乙类 amount = 5,000.00元  [input]
                - benefits.resident.class_b_self_pay = 10%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - 政策范围内费用 (in scope) = 26,500.00元
                  formula: 30,000.00元 − 3,000.00元 − 500.00元
              - 基本医保统筹基金支付 (basic layer, 住院, 三级, 居民) = 18,200.00元
                  formula: min(round((in scope − 起付线) × 支付比例), cap room)
                  note: below the cap
                - 起付线 (deductible paid by this claim) = 500.00元
                    formula: min(in scope 26,500.00元, 1,000.00元 × 50.00% = 500.00元) — 住院 visit 2 of the year
                  - benefits.resident.inpatient.deductible_per_admission[level3] = 1000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.inpatient.repeat_factor[second] = 50%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 支付比例 (ratio) = 70.00%
                    formula: ratio[level3.resident] + group_increase[general]
                  - benefits.resident.inpatient.ratio[level3.resident] = 70%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.inpatient.group_increase[general] = 0pp  [parameter, effective 2021-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
                - before cap = 18,200.00元
                    formula: round((26,500.00元 − 500.00元) × 70.00%)
                    rounding: to the fen, AwayFromZero
                - cap room (最高支付限额 / 年度限额) = 141,760.00元
                    formula: min(150,000.00元 − 8,240.00元)
                  - benefits.resident.annual_cap = 150000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - 最高支付限额 used earlier this year (住院 + 门诊慢特病) = 8,240.00元  [input]
              - 大病保险支付 (serious-illness insurance, 普通参保人员) = 516.00元
                  formula: min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)
                  note: below the cap
                - counted base (in-scope patient share after the basic layer × counted share) = 8,300.00元
                    formula: round((26,500.00元 − 18,200.00元) × 100.00%)
                  - benefits.resident.serious_illness.counted_share[inpatient] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - year base before → after = 2,560.00元 → 10,860.00元
                - 大病保险起付线 (deductible for the group) = 10,000.00元
                    formula: 10,000.00元 × deductible_factor[general]
                    rounding: to the fen, AwayFromZero
                  - benefits.resident.serious_illness.reference_income = 20000.00元/人·年  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.deductible_income_share = 50%  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                  - benefits.resident.serious_illness.deductible_factor[general] = 100%  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - band band1 from 0.00元 above the deductible = 60.00%
                    formula: band_ratio[band1] + ratio_increase[general]
                  - benefits.resident.serious_illness.band_from[band1] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band1] = 60%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - band band2 from 100,000.00元 above the deductible = 70.00%
                    formula: band_ratio[band2] + ratio_increase[general]
                  - benefits.resident.serious_illness.band_from[band2] = 100000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band2] = 70%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - H(after) − H(before) = 516.00元
                    formula: 516.00元 − 0.00元
                    rounding: H rounds the year's banded amount once, to the fen, AwayFromZero
                - cap room (大病保险最高支付限额) = 300,000.00元
                  - benefits.resident.serious_illness.cap = 300000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.cap_applies[general] = 1  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                  - 大病保险 paid earlier this year = 0.00元  [input]
              - 医疗救助支付 (medical assistance, 普通参保人员) = 0.00元
                  formula: min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A
                  rounding: to the fen, AwayFromZero
                  note: 普通参保人员 receive no 医疗救助 under this plan (ratio 0%).
                - assistance base (what remained after 大病保险) = 0.00元
                    formula: 0 (not an assistance recipient: the base is not accumulated)
                - year base before → after = 0.00元 → 0.00元
                - benefits.resident.assistance.deductible[general] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.ratio[general] = 0%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.cap[general] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 医疗救助 paid earlier this year = 0.00元  [input]
              - 个人负担 (patient pays) = 11,284.00元
                  formula: 30,000.00元 − 18,200.00元 − 516.00元 − 0.00元 = out of scope 3,000.00元 + 乙类先行自付 500.00元 + in scope 7,784.00元
            """), ExplanationTrace.Of(BenefitSettlement.Explain(Resident2021, second, acc)));
        Assert.Equal(before, acc); // explaining changes nothing
    }

    [Fact]
    public void A_dibao_admission_explains_the_tilts_the_assistance_and_the_target_band()
    {
        BenefitClaim claim = Claim(20, 9, new LocalDate(2020, 7, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000, 2_000, 3_000, AssistanceGroup.Dibao);
        Assert.Equal(Text("""
            结算 claim 20 (person 9, 2020-07-01, benefits.resident plan (ankang) 2020-01-01..2020-12-31) = 20,000.00元
                20,000.00元 = 基本医保 15,480.00元 + 大病保险 0.00元 + 医疗救助 1,554.00元 + 个人负担 2,966.00元
              - 医疗费用总额 (claim total) = 20,000.00元  [input]
              - 政策范围外费用 (out of scope, paid by the patient) = 2,000.00元  [input]
              - 乙类先行自付 (class-B self-pay) = 300.00元
                  formula: round(乙类 3,000.00元 × 10.00%)
                  rounding: to the fen, AwayFromZero
                - 乙类 amount = 3,000.00元  [input]
                - benefits.resident.class_b_self_pay = 10%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - 政策范围内费用 (in scope) = 17,700.00元
                  formula: 20,000.00元 − 2,000.00元 − 300.00元
              - 基本医保统筹基金支付 (basic layer, 住院, 二级, 居民) = 15,480.00元
                  formula: min(round((in scope − 起付线) × 支付比例), cap room)
                  note: below the cap
                - 起付线 (deductible paid by this claim) = 500.00元
                    formula: min(in scope 17,700.00元, 500.00元 × 100.00% = 500.00元) — 住院 visit 1 of the year
                  - benefits.resident.inpatient.deductible_per_admission[level2] = 500.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.inpatient.repeat_factor[first] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 支付比例 (ratio) = 90.00%
                    formula: ratio[level2.resident] + group_increase[dibao]
                  - benefits.resident.inpatient.ratio[level2.resident] = 80%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.inpatient.group_increase[dibao] = 10pp  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
                - before cap = 15,480.00元
                    formula: round((17,700.00元 − 500.00元) × 90.00%)
                    rounding: to the fen, AwayFromZero
                - cap room (最高支付限额 / 年度限额) = 150,000.00元
                    formula: min(150,000.00元 − 0.00元)
                  - benefits.resident.annual_cap = 150000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - 最高支付限额 used earlier this year (住院 + 门诊慢特病) = 0.00元  [input]
              - 大病保险支付 (serious-illness insurance, 低保对象) = 0.00元
                  formula: min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)
                  note: no cap applies
                - counted base (in-scope patient share after the basic layer × counted share) = 2,220.00元
                    formula: round((17,700.00元 − 15,480.00元) × 100.00%)
                  - benefits.resident.serious_illness.counted_share[inpatient] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - year base before → after = 0.00元 → 2,220.00元
                - 大病保险起付线 (deductible for the group) = 5,000.00元
                    formula: 10,000.00元 × deductible_factor[dibao]
                    rounding: to the fen, AwayFromZero
                  - benefits.resident.serious_illness.reference_income = 20000.00元/人·年  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.deductible_income_share = 50%  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                  - benefits.resident.serious_illness.deductible_factor[dibao] = 50%  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                - band band1 from 0.00元 above the deductible = 65.00%
                    formula: band_ratio[band1] + ratio_increase[dibao]
                  - benefits.resident.serious_illness.band_from[band1] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band1] = 60%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[dibao] = 5pp  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                - band band2 from 100,000.00元 above the deductible = 75.00%
                    formula: band_ratio[band2] + ratio_increase[dibao]
                  - benefits.resident.serious_illness.band_from[band2] = 100000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band2] = 70%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[dibao] = 5pp  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                - H(after) − H(before) = 0.00元
                    formula: 0.00元 − 0.00元
                    rounding: H rounds the year's banded amount once, to the fen, AwayFromZero
                - cap room (大病保险最高支付限额) = no cap
                  - benefits.resident.serious_illness.cap = 300000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.cap_applies[dibao] = 0  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                  - 大病保险 paid earlier this year = 0.00元  [input]
              - 医疗救助支付 (medical assistance, 低保对象) = 1,554.00元
                  formula: min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A
                  rounding: to the fen, AwayFromZero
                  note: below the cap
                - assistance base (what remained after 大病保险) = 2,220.00元
                    formula: 17,700.00元 − 15,480.00元 − 0.00元
                - year base before → after = 0.00元 → 2,220.00元
                - benefits.resident.assistance.deductible[dibao] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.ratio[dibao] = 70%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.cap[dibao] = 50000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 医疗救助 paid earlier this year = 0.00元  [input]
              - 个人负担 (patient pays) = 2,966.00元
                  formula: 20,000.00元 − 15,480.00元 − 0.00元 − 1,554.00元 = out of scope 2,000.00元 + 乙类先行自付 300.00元 + in scope 666.00元
              - 三重保障后政策范围内报销比例 (three-layer in-scope ratio) = 96.24%
                  formula: (15,480.00元 + 0.00元 + 1,554.00元) / 17,700.00元 against 80.00%–85.00%
                  note: target Above
                - benefits.resident.target.min[dibao] = 80%  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
                - benefits.resident.target.max[dibao] = 85%  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
            """), ExplanationTrace.Of(BenefitSettlement.Explain(Resident2020, claim, BenefitAccumulator.ForYear(9, 2020))));
    }

    [Fact]
    public void An_employee_admission_at_the_cap_explains_each_layer_taking_over()
    {
        BenefitClaim claim = Claim(50, 5, May2021, BenefitScheme.Employee, ClaimKind.Inpatient, HospitalLevel.Level3, 200_000, 20_000, 30_000);
        Assert.Equal(Text("""
            结算 claim 50 (person 5, 2021-05-10, benefits.employee plan (ankang) 2020-01-01..9999-12-31) = 200,000.00元
                200,000.00元 = 基本医保 60,000.00元 + 大病保险 81,800.00元 + 医疗救助 17,600.00元 + 个人负担 40,600.00元
              - 医疗费用总额 (claim total) = 200,000.00元  [input]
              - 政策范围外费用 (out of scope, paid by the patient) = 20,000.00元  [input]
              - 乙类先行自付 (class-B self-pay) = 3,000.00元
                  formula: round(乙类 30,000.00元 × 10.00%)
                  rounding: to the fen, AwayFromZero
                - 乙类 amount = 30,000.00元  [input]
                - benefits.employee.class_b_self_pay = 10%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - 政策范围内费用 (in scope) = 177,000.00元
                  formula: 200,000.00元 − 20,000.00元 − 3,000.00元
              - 基本医保统筹基金支付 (basic layer, 住院, 三级, 在职) = 60,000.00元
                  formula: min(round((in scope − 起付线) × 支付比例), cap room)
                  note: this claim reached the cap: only the remaining room was paid
                - 起付线 (deductible paid by this claim) = 900.00元
                    formula: min(in scope 177,000.00元, 900.00元 × 100.00% = 900.00元) — 住院 visit 1 of the year
                  - benefits.employee.inpatient.deductible_per_admission[level3] = 900.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.inpatient.repeat_factor[first] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 支付比例 (ratio) = 88.00%
                    formula: ratio[level3.in_service] + group_increase[general]
                  - benefits.employee.inpatient.ratio[level3.in_service] = 88%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.inpatient.group_increase[general] = 0pp  [parameter, effective 2020-01-01, FundMath illustrative value]
                - before cap = 154,968.00元
                    formula: round((177,000.00元 − 900.00元) × 88.00%)
                    rounding: to the fen, AwayFromZero
                - cap room (最高支付限额 / 年度限额) = 60,000.00元
                    formula: min(60,000.00元 − 0.00元)
                  - benefits.employee.annual_cap = 60000.00元  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第一章第二节 《安康市"十四五"医疗保障事业发展规划》]
                  - 最高支付限额 used earlier this year (住院 + 门诊慢特病) = 0.00元  [input]
              - 大病保险支付 (serious-illness insurance, 普通参保人员) = 81,800.00元
                  formula: min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)
                  note: below the cap
                - counted base (in-scope patient share after the basic layer × counted share) = 117,000.00元
                    formula: round((177,000.00元 − 60,000.00元) × 100.00%)
                  - benefits.employee.serious_illness.counted_share[inpatient] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - year base before → after = 0.00元 → 117,000.00元
                - 大病保险起付线 (deductible for the group) = 15,000.00元
                    formula: 15,000.00元 × deductible_factor[general]
                    rounding: to the fen, AwayFromZero
                  - benefits.employee.serious_illness.deductible = 15000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.serious_illness.deductible_factor[general] = 100%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - band band1 from 0.00元 above the deductible = 80.00%
                    formula: band_ratio[band1] + ratio_increase[general]
                  - benefits.employee.serious_illness.band_from[band1] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.serious_illness.band_ratio[band1] = 80%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2020-01-01, FundMath illustrative value]
                - band band2 from 100,000.00元 above the deductible = 90.00%
                    formula: band_ratio[band2] + ratio_increase[general]
                  - benefits.employee.serious_illness.band_from[band2] = 100000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.serious_illness.band_ratio[band2] = 90%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.employee.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2020-01-01, FundMath illustrative value]
                - H(after) − H(before) = 81,800.00元
                    formula: 81,800.00元 − 0.00元
                    rounding: H rounds the year's banded amount once, to the fen, AwayFromZero
                - cap room (大病保险最高支付限额) = 200,000.00元
                  - benefits.employee.serious_illness.cap = 200000.00元  [parameter, effective 2016-01-01, 安医保发〔2021〕104号 第一章第二节 《安康市"十四五"医疗保障事业发展规划》]
                  - benefits.employee.serious_illness.cap_applies[general] = 1  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - 大病保险 paid earlier this year = 0.00元  [input]
              - 医疗救助支付 (medical assistance, 普通参保人员) = 17,600.00元
                  formula: min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A
                  rounding: to the fen, AwayFromZero
                  note: below the cap
                - assistance base (what remained after 大病保险) = 35,200.00元
                    formula: 177,000.00元 − 60,000.00元 − 81,800.00元
                - year base before → after = 0.00元 → 35,200.00元
                - benefits.employee.assistance.deductible[general] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.employee.assistance.ratio[general] = 50%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.employee.assistance.cap[general] = 400000.00元  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第一章第二节 《安康市"十四五"医疗保障事业发展规划》]
                - 医疗救助 paid earlier this year = 0.00元  [input]
              - 个人负担 (patient pays) = 40,600.00元
                  formula: 200,000.00元 − 60,000.00元 − 81,800.00元 − 17,600.00元 = out of scope 20,000.00元 + 乙类先行自付 3,000.00元 + in scope 17,600.00元
            """), ExplanationTrace.Of(BenefitSettlement.Explain(Employee2021, claim, BenefitAccumulator.ForYear(5, 2021))));
    }

    [Fact]
    public void An_outpatient_visit_explains_the_yearly_deductible_left_and_the_kind_cap()
    {
        // Visit 1 (80.00) used 80.00 of the 100.00 yearly 起付线: visit 2 (150.00) pays the 20.00 left, then 50%.
        var acc = BenefitAccumulator.ForYear(3, 2021);
        BenefitSettlement.Settle(Resident2021, Claim(31, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 80), ref acc);
        BenefitClaim second = Claim(32, 3, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level2, 150);
        Assert.Equal(Text("""
            结算 claim 32 (person 3, 2021-05-10, benefits.resident plan (ankang) 2021-01-01..9999-12-31) = 150.00元
                150.00元 = 基本医保 65.00元 + 大病保险 0.00元 + 医疗救助 0.00元 + 个人负担 85.00元
              - 医疗费用总额 (claim total) = 150.00元  [input]
              - 政策范围外费用 (out of scope, paid by the patient) = 0.00元  [input]
              - 乙类先行自付 (class-B self-pay) = 0.00元
                  formula: round(乙类 0.00元 × 10.00%)
                  rounding: to the fen, AwayFromZero
                - 乙类 amount = 0.00元  [input]
                - benefits.resident.class_b_self_pay = 10%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - 政策范围内费用 (in scope) = 150.00元
                  formula: 150.00元 − 0.00元 − 0.00元
              - 基本医保统筹基金支付 (basic layer, 门诊统筹, 二级, 居民) = 65.00元
                  formula: min(round((in scope − 起付线) × 支付比例), cap room)
                  note: below the cap
                - 起付线 (deductible paid by this claim) = 20.00元
                    formula: min(in scope 150.00元, max(0, 100.00元 − 80.00元 used) = 20.00元)
                  - benefits.resident.outpatient.deductible_per_year[level2] = 100.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - 起付线 used earlier this year = 80.00元  [input]
                - 支付比例 (ratio) = 50.00%
                    formula: ratio[level2.resident]
                  - benefits.resident.outpatient.ratio[level2.resident] = 50%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - before cap = 65.00元
                    formula: round((150.00元 − 20.00元) × 50.00%)
                    rounding: to the fen, AwayFromZero
                - cap room (最高支付限额 / 年度限额) = 400.00元
                    formula: min(400.00元 − 0.00元)
                  - benefits.resident.outpatient.annual_cap = 400.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - 门诊统筹 payments earlier this year = 0.00元  [input]
              - 大病保险支付 (serious-illness insurance, 普通参保人员) = 0.00元
                  formula: min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)
                  note: below the cap
                - counted base (in-scope patient share after the basic layer × counted share) = 0.00元
                    formula: round((150.00元 − 65.00元) × 0.00%)
                  - benefits.resident.serious_illness.counted_share[outpatient] = 0%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - year base before → after = 0.00元 → 0.00元
                - 大病保险起付线 (deductible for the group) = 10,000.00元
                    formula: 10,000.00元 × deductible_factor[general]
                    rounding: to the fen, AwayFromZero
                  - benefits.resident.serious_illness.reference_income = 20000.00元/人·年  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.deductible_income_share = 50%  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
                  - benefits.resident.serious_illness.deductible_factor[general] = 100%  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - band band1 from 0.00元 above the deductible = 60.00%
                    formula: band_ratio[band1] + ratio_increase[general]
                  - benefits.resident.serious_illness.band_from[band1] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band1] = 60%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - band band2 from 100,000.00元 above the deductible = 70.00%
                    formula: band_ratio[band2] + ratio_increase[general]
                  - benefits.resident.serious_illness.band_from[band2] = 100000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.band_ratio[band2] = 70%  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.ratio_increase[general] = 0pp  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                - H(after) − H(before) = 0.00元
                    formula: 0.00元 − 0.00元
                    rounding: H rounds the year's banded amount once, to the fen, AwayFromZero
                - cap room (大病保险最高支付限额) = 300,000.00元
                  - benefits.resident.serious_illness.cap = 300000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                  - benefits.resident.serious_illness.cap_applies[general] = 1  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
                  - 大病保险 paid earlier this year = 0.00元  [input]
              - 医疗救助支付 (medical assistance, 普通参保人员) = 0.00元
                  formula: min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A
                  rounding: to the fen, AwayFromZero
                  note: 普通参保人员 receive no 医疗救助 under this plan (ratio 0%).
                - assistance base (what remained after 大病保险) = 0.00元
                    formula: 0 (not an assistance recipient: the base is not accumulated)
                - year base before → after = 0.00元 → 0.00元
                - benefits.resident.assistance.deductible[general] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.ratio[general] = 0%  [parameter, effective 2020-01-01, FundMath illustrative value]
                - benefits.resident.assistance.cap[general] = 0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
                - 医疗救助 paid earlier this year = 0.00元  [input]
              - 个人负担 (patient pays) = 85.00元
                  formula: 150.00元 − 65.00元 − 0.00元 − 0.00元 = out of scope 0.00元 + 乙类先行自付 0.00元 + in scope 85.00元
            """), ExplanationTrace.Of(BenefitSettlement.Explain(Resident2021, second, acc)));
        Assert.Throws<System.ArgumentNullException>(() => BenefitSettlement.Explain(null!, second, acc));
    }

    [Fact]
    public void The_plan_explains_every_parameter_it_read_in_name_order()
    {
        Assert.Equal(Text("""
            待遇方案 benefit plan benefits.resident (ankang) = 2021-01-01..9999-12-31
                Resident plan of parameter set ankang, valid 2021-01-01..9999-12-31; payments rounded to the fen (AwayFromZero).
              - benefits.resident.annual_cap = 150000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.assistance.cap = general=0.00元, destitute=50000.00元, dibao=50000.00元, poverty_relapse=50000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.assistance.deductible = general=0.00元, destitute=0.00元, dibao=0.00元, poverty_relapse=1000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.assistance.ratio = general=0%, destitute=80%, dibao=70%, poverty_relapse=60%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.chronic.annual_cap = 5000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.chronic.deductible_per_year = level1=0.00元, level2=0.00元, level3=0.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.chronic.ratio = level1.resident=70%, level2.resident=65%, level3.resident=60%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.class_b_self_pay = 10%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.inpatient.deductible_per_admission = level1=200.00元, level2=500.00元, level3=1000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.inpatient.group_increase = general=0pp, destitute=0pp, dibao=0pp, poverty_relapse=0pp  [parameter, effective 2021-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
              - benefits.resident.inpatient.in_scope_ratio_target = 70%  [parameter, effective 2021-01-01, 安医保发〔2021〕104号 第三章第三节二 《安康市"十四五"医疗保障事业发展规划》]
              - benefits.resident.inpatient.ratio = level1.resident=88%, level2.resident=80%, level3.resident=70%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.inpatient.repeat_factor = first=100%, second=50%, subsequent=50%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.outpatient.annual_cap = 400.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.outpatient.deductible_per_year = level1=0.00元, level2=100.00元, level3=200.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.outpatient.ratio = level1.resident=60%, level2.resident=50%, level3.resident=40%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.serious_illness.band_from = band1=0.00元, band2=100000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.serious_illness.band_ratio = band1=60%, band2=70%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.serious_illness.cap = 300000.00元  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.serious_illness.cap_applies = general=1, destitute=0, dibao=0, poverty_relapse=0  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
              - benefits.resident.serious_illness.counted_share = inpatient=100%, outpatient=0%, chronic=100%  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.serious_illness.deductible_factor = general=100%, destitute=50%, dibao=50%, poverty_relapse=50%  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
              - benefits.resident.serious_illness.deductible_income_share = 50%  [parameter, effective 2019-01-01, 医保发〔2019〕30号 《关于做好2019年城乡居民基本医疗保障工作的通知》]
              - benefits.resident.serious_illness.funding_per_person = 65.00元/人·年  [parameter, effective 2020-01-01, 安医保发〔2021〕104号 第一章第二节 《安康市"十四五"医疗保障事业发展规划》]
              - benefits.resident.serious_illness.ratio_increase = general=0pp, destitute=5pp, dibao=5pp, poverty_relapse=5pp  [parameter, effective 2021-01-01, 医保发〔2021〕32号 二 《关于做好2021年城乡居民基本医疗保障工作的通知》]
              - benefits.resident.serious_illness.reference_income = 20000.00元/人·年  [parameter, effective 2020-01-01, FundMath illustrative value]
              - benefits.resident.target.max = general=100%, destitute=100%, dibao=100%, poverty_relapse=100%  [parameter, effective 2021-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
              - benefits.resident.target.min = general=0%, destitute=0%, dibao=0%, poverty_relapse=0%  [parameter, effective 2021-01-01, 安医保发〔2021〕104号 第四章第六节三 《安康市"十四五"医疗保障事业发展规划》]
            """), ExplanationTrace.Of(Resident2021.Explain()));
        Assert.Equal("benefits.resident plan (ankang) 2021-01-01..9999-12-31", Resident2021.ToString());
    }
}
