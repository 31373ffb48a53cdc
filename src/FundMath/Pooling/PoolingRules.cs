using System;

namespace FundMath.Pooling;

/// <summary>
/// The rules of 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8 that fired in a county's settlement —
/// 适用规则. A flags set: <see cref="CountySettlement.Rules"/>; <see cref="CountySettlement.Explain"/> names each with
/// its clause.
/// </summary>
[Flags]
public enum PoolingRules
{
    /// <summary>No rule fired (no transfer, top-up, deficit or surplus).</summary>
    None = 0,

    /// <summary>上划: the county transferred its quota (N months of previous-year expenditure) — 四(二)7(2)/(3).</summary>
    UpwardTransfer = 1 << 0,

    /// <summary>累计结余不足上划的部分由当地财政安排专项资金补足: a transfer or top-up needed a special appropriation — 四(二)7(2)/(3).</summary>
    TransferAppropriation = 1 << 1,

    /// <summary>统筹前职工医保个人账户结余 was excluded from the usable balance — 四(二)7, 7(2).</summary>
    PersonalAccountsExcluded = 1 << 2,

    /// <summary>年初补充上划: a share of the year-start top-up, by previous-year insured headcount — 四(二)7(2)/(3).</summary>
    YearStartTopUp = 1 << 3,

    /// <summary>缺口分担: the current deficit was shared between the collected fund and the county — 四(二)8(1).</summary>
    DeficitShared = 1 << 4,

    /// <summary>通过财政专项补助承担: the county's part exceeded its usable balance — 四(二)8(1).</summary>
    CountyAppropriation = 1 << 5,

    /// <summary>归集基金不足支付: the collected fund could not pay its share; 20% city / 80% county treasury — 四(二)8(1).</summary>
    CollectedFundShort = 1 << 6,

    /// <summary>市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%: the city treasury's part was capped — 四(二)8(1).</summary>
    CityTreasuryCapped = 1 << 7,

    /// <summary>上一年度已经出现当期收支缺口: collected-fund share cut ("减少5%"), city-treasury share halved — 四(二)8(3).</summary>
    PriorYearDeficit = 1 << 8,

    /// <summary>考核未达到优良: the city-level share lowered by 5 percentage points — 四(二)8(3).</summary>
    AssessmentBelowGood = 1 << 9,

    /// <summary>过渡期: the 2021 subsidy standard's excess over the unified one filled the deficit first — 四(二)8(2).</summary>
    TransitionFill = 1 << 10,

    /// <summary>过渡期当期结余: 30% kept in the county's balance, 70% to the collected fund — 四(二)8(2).</summary>
    TransitionSurplusSplit = 1 << 11,

    /// <summary>
    /// A current surplus outside the transition years: the plan gives no ratio ("按比例补充归集基金", 四(二)8), so the
    /// whole surplus stays in the county's balance.
    /// </summary>
    SurplusOutsideTransition = 1 << 12,
}
