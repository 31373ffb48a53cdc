using System.Collections.Generic;
using System.Globalization;

namespace FundMath.Pooling;

/// <summary>Names, amounts and rule descriptions shared by the pooling explanations and sentences (off the hot path).</summary>
internal static class PoolingText
{
    internal const string Plan = "《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》";

    internal static string Yuan(Money amount) => amount.ToString("N2元", CultureInfo.InvariantCulture);

    internal static string Percent(Rate rate) => rate.ToString(null, CultureInfo.InvariantCulture);

    internal static string SchemeChinese(PooledScheme scheme) => scheme == PooledScheme.Resident ? "居民医保" : "职工医保";

    internal static string SchemeEnglish(PooledScheme scheme) => scheme == PooledScheme.Resident ? "resident fund" : "employee fund";

    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Each rule with its clause and the words it applies, in flag order.</summary>
    internal static IEnumerable<(PoolingRules Rule, string Clause, string Text)> Describe(PoolingRules rules)
    {
        foreach ((PoolingRules rule, string clause, string text) in All)
        {
            if ((rules & rule) != 0)
            {
                yield return (rule, clause, text);
            }
        }
    }

    private static readonly (PoolingRules Rule, string Clause, string Text)[] All =
    [
        (PoolingRules.UpwardTransfer, "四(二)7(2)/(3)", "累计结余按规定额度上划至市财政专户：以上年度实际支出计算3个月（职工）/1个月（居民）支付能力为额度"),
        (PoolingRules.TransferAppropriation, "四(二)7(2)/(3)", "累计结余不足上划的部分由当地财政安排专项资金补足"),
        (PoolingRules.PersonalAccountsExcluded, "四(二)7, 7(2)", "统筹前的职工医保个人账户结余基金全额留存于县（市、区），不得用于弥补当地以后年度统筹基金缺口；不得用留存的统筹前职工医保个人账户资金抵付上划资金"),
        (PoolingRules.YearStartTopUp, "四(二)7(2)/(3)", "2023年起，每年年初归集基金支付能力不足3个月（职工）/1个月（居民）时，不足部分按照上年各地参保人数占全市参保人数比例从各地上划"),
        (PoolingRules.DeficitShared, "四(二)8(1)", "出现当期基金收支缺口时，由市级归集基金承担30%，缺口地从累计结余当中或通过财政专项补助承担70%"),
        (PoolingRules.CountyAppropriation, "四(二)8(1)", "缺口地…通过财政专项补助承担（累计结余不足）"),
        (PoolingRules.CollectedFundShort, "四(二)8(1)", "归集基金不足支付时，不足的部分由市财政、缺口地财政分别按20%、80%比例补足"),
        (PoolingRules.CityTreasuryCapped, "四(二)8(1)", "其中市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%"),
        (PoolingRules.PriorYearDeficit, "四(二)8(3)", "对于上一年度已经出现当期收支缺口的县（市、区），市级归集基金分担比例在原基础上减少5%，归集基金不足支付时，市财政分担比例减半"),
        (PoolingRules.AssessmentBelowGood, "四(二)8(3)", "县（市、区）政府考核未达到优良的，市级对年度基金缺口分担比例在原基础上降低5个百分点"),
        (PoolingRules.TransitionFill, "四(二)8(2)", "过渡期内…县（市、区）2021年的财政标准高于全市统筹后标准的，先由缺口地按该部分差额弥补缺口，仍有不足时，再由缺口地与市级归集基金按比例分担"),
        (PoolingRules.TransitionSurplusSplit, "四(二)8(2)", "在过渡期内出现当期收支结余的县（市、区），结余部分的30%增加分县核算的基金累计结余，70%纳入市级归集基金统筹使用"),
        (PoolingRules.SurplusOutsideTransition, "四(二)8", "分县核算当期盈余按比例补充归集基金 — no ratio is given outside the transition, so the surplus stays in the county's balance"),
    ];
}
