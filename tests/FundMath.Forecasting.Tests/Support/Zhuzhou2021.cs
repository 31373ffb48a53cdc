using System.Collections.Generic;
using FundMath.Forecasting.Projection;

namespace FundMath.Forecasting.Tests.Support;

/// <summary>
/// The 2021 starting position of 株洲市 from 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 (the same figures as
/// samples/forecasting/zhuzhou-2021.yaml and docs/forecasting.md), and the illustrative baseline assumptions.
/// </summary>
public static class Zhuzhou2021
{
    public static ProjectionStart Start => new()
    {
        Region = "株洲市",
        BaseYear = 2021,
        Employee = new EmployeeStart
        {
            PooledBalance = Money.Parse("23.89亿元"),          // 三(三): 统筹基金23.89亿元
            PersonalAccountBalance = Money.Parse("25.24亿元"), // 三(三): 个账基金25.24亿元
            InService = Headcount.Parse("45.48万"),             // 一(一)2: 在职职工45.48万人
            Retired = Headcount.Parse("27.26万"),               // 一(一)2: 退休职工27.26万人
            AverageMonthlyBase = Money.FromYuan(5054),          // 二(一)2(1): 2021年缴费基数为5054元/人.月
            EmployerRate = Rate.FromPercent(8.7m),              // 二(一)2(1): 单位缴费率8.7%
            IndividualRate = Rate.FromPercent(2m),              // 国发〔1998〕44号: 职工缴费率一般为本人工资收入的2%
            PremiumIncome = Money.Parse("27.10亿元"),           // 二(一)1: 基金征缴收入 27.10亿元
            PooledBenefits = Money.Parse("15.50亿元"),          // 二(二)1: 职工医保支出26.55亿 − 二(二)2(2): 个人账户支出11.05亿
            RetiredCostWeight = 4.65,                           // 一(一)4: 退休 127,654万/27.26万 = 4,682.83元 vs 在职 45,805万/45.48万 = 1,007.15元
            RetireeAccountCredit = Money.FromYuan(50),          // illustrative (国办发〔2021〕14号: about 2% of the average basic pension)
        },
        Resident = new ResidentStart
        {
            Balance = Money.Parse("22.73亿元"),  // 三(三): 居民医保22.73亿元
            Benefits = Money.Parse("27.04亿元"), // 二(二)1: 居民医保27.04亿元
            Cohorts =
            [
                // 一(二)1–2: 成年人2,269,284人 of whom 60岁以上923,705人; 学生儿童637,103人; 大学生113,426人. Weights illustrative.
                new("adults-under-60", Headcount.FromPersons(1_345_579), 1.0),
                new("aged-60-plus", Headcount.FromPersons(923_705), 2.5),
                new("students-children", Headcount.FromPersons(637_103), 0.5),
                new("college", Headcount.FromPersons(113_426), 0.3),
            ],
            IndividualContributionLag = 1, // 一(二)1: 2021 collected 280元/人, the 2020 standard
        },
    };

    public static ProjectionAssumptions Baseline => new()
    {
        Name = "baseline",
        ContributionBaseGrowth = 0.06,   // 二(一)2(1): 4,764 → 5,054元 = +6.09%
        InServiceJoinRate = 0.03,        // illustrative
        InServiceLeaveRate = 0.01,       // illustrative
        RetirementRate = 0.04,           // 一(一)2: 退休 +1.52万 net on 49.21万 in service, with 2% mortality ≈ 4.1%
        RetireeMortality = 0.02,         // illustrative
        InServiceCostGrowth = 0.05,      // illustrative
        RetiredCostGrowth = 0.06,        // illustrative
        ResidentCostGrowth = 0.07,       // illustrative (二(二)1: 居民医保支出 +10.05% in 2021)
        ResidentCohortGrowth = new Dictionary<string, double> { ["adults-under-60"] = -0.015, ["aged-60-plus"] = 0.02, ["students-children"] = -0.01 }, // illustrative
        PersonalAccountDrawdown = 0.3045, // 11.05 / (25.24 − 1.73 + 12.78): spent / (opening + income) in 2021
        InterestRate = 0.015,            // illustrative
        SubsidyExtrapolation = ExtrapolationRule.LastIncrement,
        IndividualExtrapolation = ExtrapolationRule.HoldLastValue,
    };

    public static ProjectionModel Model(int horizon = 10) => ProjectionModel.Create(Start, Baseline, horizon);
}
