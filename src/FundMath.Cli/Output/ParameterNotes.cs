using System.Collections.Generic;

namespace FundMath.Cli.Output;

/// <summary>
/// The notes of the parameters shipped with FundMath (src/FundMath/Policies/Resources: national.json and
/// conventions.json) in Chinese, for <c>fundmath params --lang zh</c> and the parameter nodes of every explanation.
/// A note is the file's English text; the Chinese keeps its quotations of the documents, figures and document
/// numbers as written. A note not listed here (a city's own parameter file) is that file's text and is printed as written.
/// </summary>
internal static class ParameterNotes
{
    /// <summary>The Chinese of a shipped parameter's note, or null when the note is not one of them.</summary>
    public static string? Chinese(string note) => Notes.TryGetValue(note, out string? chinese) ? chinese : null;

    private const string Tilt = "医保发〔2019〕30号 对贫困人口实行大病保险倾斜；FundMath 把倾斜用于其三类救助对象";

    private static readonly Dictionary<string, string> Notes = new(System.StringComparer.Ordinal)
    {
        ["the national notice of 2018 (document number not verified); 490 not verified against its text"] = "2018年的国家通知（文号未核实）；490 未与其原文核对",
        ["number not verified; 520 (+30) not verified against the notice text"] = "文号未核实；520（+30）未与通知原文核对",
        ["the national notice of 2020 (document number not verified); 550 not verified against its text — 株洲市's 2021 annual report gives 550元/人 for 2020 (上年550元/人), consistent with it"] = "2020年的国家通知（文号未核实）；550 未与其原文核对 — 株洲市2021年年度报告印 2020年为 550元/人（上年550元/人），与之一致",
        ["人均财政补助标准新增30元，达到每人每年不低于580元 (a minimum)"] = "人均财政补助标准新增30元，达到每人每年不低于580元（下限）",
        ["2022年…新增30元，达到每人每年610元 as restated by 桂医保发〔2022〕30号, which implements 医保发〔2022〕20号; the national text itself was not at hand (value not verified in it)"] = "2022年…新增30元，达到每人每年610元，据 桂医保发〔2022〕30号 转述（该文件落实 医保发〔2022〕20号）；未见国家原文（数值未在其中核对）",
        ["the national notice of 2023 (document number not verified); 640 (+30) not verified against its text"] = "2023年的国家通知（文号未核实）；640（+30）未与其原文核对",
        ["the national notice of 2024 (document number not verified); 670 (+30) not verified against its text"] = "2024年的国家通知（文号未核实）；670（+30）未与其原文核对",
        ["the national notice of 2025 (document number not verified); 700 (+30) not verified against its text"] = "2025年的国家通知（文号未核实）；700（+30）未与其原文核对",
        ["the national notice of 2018 (document number not verified); 220 not verified against its text"] = "2018年的国家通知（文号未核实）；220 未与其原文核对",
        ["number not verified; 250 (+30) not verified against the notice text"] = "文号未核实；250（+30）未与通知原文核对",
        ["the national notice of 2020 (document number not verified); 280 not verified against its text — 株洲市's 2021 annual report gives 280元/人 for 2020 (上年280元/人), consistent with it"] = "2020年的国家通知（文号未核实）；280 未与其原文核对 — 株洲市2021年年度报告印 2020年为 280元/人（上年280元/人），与之一致",
        ["同步提高个人缴费标准40元，达到每人每年320元; often collected in 2021 for coverage year 2022 (株洲市's 2021 report prints both 280 and 320 for 2021)"] = "同步提高个人缴费标准40元，达到每人每年320元；常在2021年征收、用于2022年度（株洲市2021年报告对2021年同时印有 280 和 320）",
        ["350 (+30) not verified in the text of 医保发〔2022〕20号; 桂医保发〔2022〕30号 (Guangxi) sets 每人每年不低于350元 for coverage year 2023"] = "350（+30）未在 医保发〔2022〕20号 原文中核对；桂医保发〔2022〕30号（广西）规定2023年度每人每年不低于350元",
        ["the national notice of 2023 (document number not verified); 380 (+30) not verified against its text"] = "2023年的国家通知（文号未核实）；380（+30）未与其原文核对",
        ["the national notice of 2024 (document number not verified); 400 (+20) not verified against its text"] = "2024年的国家通知（文号未核实）；400（+20）未与其原文核对",
        ["the national notice of 2025 (document number not verified); 400 (unchanged) not verified against its text"] = "2025年的国家通知（文号未核实）；400（不变）未与其原文核对",
        ["第一档: 12 western provinces; 医保发〔2021〕32号 一 confirms 对西部…按照80%"] = "第一档：西部12个省份；医保发〔2021〕32号 一 确认 对西部…按照80%",
        ["第二档: 10 central provinces; 医保发〔2021〕32号 一 confirms 对…中部地区…60%"] = "第二档：中部10个省份；医保发〔2021〕32号 一 确认 对…中部地区…60%",
        ["第三档: 辽宁, 福建, 山东 (value not verified)"] = "第三档：辽宁、福建、山东（数值未核实）",
        ["第四档: 天津, 江苏, 浙江, 广东 and the 5 cities with separate budget status (value not verified)"] = "第四档：天津、江苏、浙江、广东及5个计划单列市（数值未核实）",
        ["第五档: 北京, 上海 (value not verified)"] = "第五档：北京、上海（数值未核实）",
        ["counties granted western treatment inside tier-2 provinces (value not verified)"] = "第二档省份中享受西部待遇的县（数值未核实）",
        ["number not verified; applies from 2019. 医保发〔2021〕32号 一 states the western 80% and central 60% shares and 'a certain share' for eastern provinces; the eastern tiers are not verified"] = "文号未核实；自2019年起适用。医保发〔2021〕32号 一 写明西部80%、中部60%，东部省份按一定比例；东部各档未核实",
        ["number not verified; reference wage: 全口径城镇单位就业人员平均工资. 丽水市全面做实基本医疗保险市级统筹实施方案 uses the same 60% of 全省社会单位就业人员月平均工资"] = "文号未核实；参照工资：全口径城镇单位就业人员平均工资。丽水市全面做实基本医疗保险市级统筹实施方案 同样取全省社会单位就业人员月平均工资的60%",
        ["number not verified. 丽水市全面做实基本医疗保险市级统筹实施方案 uses the same cap: 高于…300%的，按照300%确定"] = "文号未核实。丽水市全面做实基本医疗保险市级统筹实施方案 采用相同上限：高于…300%的，按照300%确定",
        ["number not verified; 用人单位缴费率应控制在职工工资总额的6%左右 (a guideline, not a cap)"] = "文号未核实；用人单位缴费率应控制在职工工资总额的6%左右（指导值，不是上限）",
        ["number not verified; 职工缴费率一般为本人工资收入的2%"] = "文号未核实；职工缴费率一般为本人工资收入的2%",
        ["number not verified; 统筹基金累计结余 of 6–9 months' average expenditure is reasonable"] = "文号未核实；统筹基金累计结余以6–9个月平均支出为合理",
        ["政策范围内基金支付比例稳定在70%左右 (about 70%)"] = "政策范围内基金支付比例稳定在70%左右（约70%）",
        ["number not verified; magnitude not verified against the text of the 2019 notice: 原则上按上一年度居民人均可支配收入的50%确定"] = "文号未核实；幅度未与2019年通知原文核对：原则上按上一年度居民人均可支配收入的50%确定",
        ["one band from the deductible up"] = "起付线以上一个分段",
        ["number not verified; one ratio for the in-scope amount above the deductible (cities add tiers)"] = "文号未核实；起付线以上政策范围内费用一个支付比例（各市可增设分段）",
        ["a minimum: cities may pay more"] = "下限：各市可以更高",
        ["number not verified; magnitude not verified against the text of the 2019 notice: 政策范围内支付比例由50%提高至60%"] = "文号未核实；幅度未与2019年通知原文核对：政策范围内支付比例由50%提高至60%",
        ["number not verified; magnitude not verified against the text of the 2019 notice: 起付线降低50% — 医保发〔2019〕30号 tilts 大病保险 for 贫困人口; FundMath applies the tilt to its three assistance groups"] = "文号未核实；幅度未与2019年通知原文核对：起付线降低50% — " + Tilt,
        ["大病保险继续实施对特困人员、低保对象和返贫致贫人口倾斜支付政策; the 2021 notice does not restate the magnitudes (those of 医保发〔2019〕30号, not verified)"] = "大病保险继续实施对特困人员、低保对象和返贫致贫人口倾斜支付政策；2021年通知未重述幅度（沿用 医保发〔2019〕30号 的幅度，未核实）",
        ["number not verified; magnitude not verified against the text of the 2019 notice: 支付比例提高5个百分点 — 医保发〔2019〕30号 tilts 大病保险 for 贫困人口; FundMath applies the tilt to its three assistance groups"] = "文号未核实；幅度未与2019年通知原文核对：支付比例提高5个百分点 — " + Tilt,
        ["number not verified; magnitude not verified against the text of the 2019 notice: 取消建档立卡贫困人口大病保险封顶线 — 医保发〔2019〕30号 tilts 大病保险 for 贫困人口; FundMath applies the tilt to its three assistance groups"] = "文号未核实；幅度未与2019年通知原文核对：取消建档立卡贫困人口大病保险封顶线 — " + Tilt,
        ["不低于70% (a floor)"] = "不低于70%（下限）",
        ["number and magnitude not verified against the document text: 对低保对象、特困人员符合规定的医疗费用可按不低于70%的比例救助; other groups are local. Effective date: the document is of late 2021; taken from 2022-01-01 (an assumption)"] = "文号和幅度未与文件原文核对：对低保对象、特困人员符合规定的医疗费用可按不低于70%的比例救助；其他人群由地方确定。生效日期：文件印发于2021年底，按 2022-01-01 起计（假定）",
        ["原则上取消起付标准"] = "原则上取消起付标准",
        ["number and wording not verified against the document text: 对低保对象、特困人员原则上取消起付标准; other groups are local. Effective date: taken from 2022-01-01 (an assumption)"] = "文号和措辞未与文件原文核对：对低保对象、特困人员原则上取消起付标准；其他人群由地方确定。生效日期：按 2022-01-01 起计（假定）",
        ["local convention of 株洲市 (its 2021 annual fund report): regions are grouped 低于3个月, 3-9个月, 高于9个月; dated from 2020 because the report counts the previous year's regions the same way. Not a national rule"] = "株洲市本地约定（其2021年年度基金报告）：地区分为 低于3个月、3-9个月、高于9个月 三组；自2020年起计，因为报告对上年地区也这样计数。不是全国规定",
        ["local convention of 株洲市 (its 2021 annual fund report): 可支撑月数高于9个月 is the top group; dated from 2020 as warning_below. Not a national rule"] = "株洲市本地约定（其2021年年度基金报告）：可支撑月数高于9个月 为最高一组；与 warning_below 一样自2020年起计。不是全国规定",
        ["local convention of 株洲市 (its 2021 annual fund report): 按上下浮动5个百分点的控制标准来评价预算执行情况. No national rule sets this band"] = "株洲市本地约定（其2021年年度基金报告）：按上下浮动5个百分点的控制标准来评价预算执行情况。全国规定未设此容差",
    };
}
