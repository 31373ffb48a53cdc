using FundMath.Citations;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Drg;

/// <summary>The documents behind the point method itself (not its city parameters), for explanations.</summary>
internal static class DrgCitations
{
    /// <summary>《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(一)4.</summary>
    internal static readonly Citation Lishui = new(
        "丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）",
        clause: "四(一)4",
        title: null);

    /// <summary>医保发〔2021〕32号 四.</summary>
    internal static readonly Citation YiBaoFa2021No32 = new(
        "医保发〔2021〕32号",
        "国家医保局 财政部 国家税务总局关于做好2021年城乡居民基本医疗保障工作的通知",
        "四");

    /// <summary>The clause quoted for the method: DRG point payment, points and point values per scheme.</summary>
    internal const string LishuiClause = "全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值";

    /// <summary>The national clause: the point method combined with the pooling area's total budget.</summary>
    internal const string NationalClause = "积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制";

    /// <summary>A parameter node naming the method and its two sources.</summary>
    internal static Explanation MethodNode() =>
        new("付费方式 payment method", "DRG点数付费：按险种计算点数和点值", ExplanationKind.Parameter)
        {
            Citation = Lishui,
            EffectiveFrom = new LocalDate(2022, 1, 1),
            Note = $"“{LishuiClause}”; nationally 医保发〔2021〕32号 四: “{NationalClause}”",
        };
}
