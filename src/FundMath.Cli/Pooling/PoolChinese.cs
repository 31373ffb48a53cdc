using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Funds;
using FundMath.Pooling;

namespace FundMath.Cli.Pooling;

/// <summary>
/// The Chinese of <c>fundmath pool</c>'s own texts (--lang zh): the rules fired by their names in
/// 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》, the roll-forward line and the notes the view adds,
/// built from the same values as the English.
/// </summary>
internal static class PoolChinese
{
    /// <summary>A rule by its Chinese name (YearStartTopUp → 年初补充上划).</summary>
    public static string Rule(PoolingRules rule) => rule switch
    {
        PoolingRules.None => "无",
        PoolingRules.UpwardTransfer => "上划",
        PoolingRules.TransferAppropriation => "上划不足由财政专项资金补足",
        PoolingRules.PersonalAccountsExcluded => "剔除统筹前个人账户结余",
        PoolingRules.YearStartTopUp => "年初补充上划",
        PoolingRules.DeficitShared => "缺口分担",
        PoolingRules.CountyAppropriation => "财政专项补助承担",
        PoolingRules.CollectedFundShort => "归集基金不足支付",
        PoolingRules.CityTreasuryCapped => "市财政封顶",
        PoolingRules.PriorYearDeficit => "上年出现当期缺口",
        PoolingRules.AssessmentBelowGood => "考核未达优良",
        PoolingRules.TransitionFill => "过渡期差额弥补",
        PoolingRules.TransitionSurplusSplit => "过渡期结余分配",
        PoolingRules.SurplusOutsideTransition => "过渡期外当期结余",
        _ => rule.ToString(),
    };

    /// <summary>The rules fired, as <see cref="PoolingRules"/>'s ToString lists them ("YearStartTopUp, DeficitShared"), by their Chinese names.</summary>
    public static string Rules(PoolingRules rules) =>
        rules == PoolingRules.None ? Rule(PoolingRules.None) : string.Join("、", System.Enum.GetValues<PoolingRules>().Where(r => r != PoolingRules.None && rules.HasFlag(r)).Select(Rule));

    /// <summary>Every rule's name and Chinese name, for the explanation nodes named after a rule.</summary>
    public static IEnumerable<KeyValuePair<string, string>> RuleNames() =>
        System.Enum.GetValues<PoolingRules>().Select(r => KeyValuePair.Create(r.ToString(), Rule(r)));

    /// <summary>The roll-forward line (<see cref="RollForward.Describe"/>) in Chinese.</summary>
    public static string RollForward(RollForward roll) => string.Create(
        CultureInfo.InvariantCulture,
        $"期初 {roll.Opening:N2} + 收入 {roll.Income:N2} − 支出 {roll.Expenditure:N2} = {roll.ExpectedClosing:N2} 元，报告期末 {roll.ReportedClosing:N2} 元（差额 {roll.Difference:N2} 元）");

    /// <summary>A roll-forward's outcome in Chinese.</summary>
    public static string Outcome(RollForwardOutcome outcome) => outcome == RollForwardOutcome.Holds ? "相符" : "不符";

    /// <summary>How 减少5% is read, in Chinese.</summary>
    public static string Reading(PriorDeficitReading reading) => reading == PriorDeficitReading.PercentagePoints ? "减少5个百分点" : "减少分担比例的5%";
}
