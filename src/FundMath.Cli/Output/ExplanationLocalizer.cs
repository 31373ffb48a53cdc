using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FundMath.Explain;

namespace FundMath.Cli.Output;

/// <summary>
/// The explanations (计算说明, --explain) in the reader's language. The core writes an explanation's names
/// bilingually ("预算数 budgeted") and its sentences, formulas, roundings and notes in English; for --lang zh a name
/// keeps its Chinese part, a finding's sentence is the Chinese one the view already holds (from the finding's
/// message and arguments), and the other texts are said in Chinese by the templates below, which read the core's
/// fixed wording and keep every figure as printed. A text no template knows stays English (never dropped).
/// </summary>
internal static partial class ExplanationLocalizer
{
    /// <summary>The explanation tree in Chinese (every node), or <paramref name="explanation"/> itself for English.</summary>
    /// <param name="explanation">The tree as the core built it.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="chinese">Chinese for texts the view's builders can say themselves (a finding's sentence).</param>
    public static Explanation Localize(Explanation explanation, Language language, IReadOnlyDictionary<string, string> chinese) =>
        language == Language.English ? explanation : Translate(explanation, chinese);

    /// <summary>The explanation as indented text, one node a line: <see cref="Explanation.ToText"/> in English, the same layout with Chinese labels in Chinese.</summary>
    public static string ToText(Explanation explanation, Language language)
    {
        if (language == Language.English)
        {
            return explanation.ToText();
        }

        var sb = new StringBuilder();
        Write(explanation, sb, 0);
        return sb.ToString();
    }

    private static Explanation Translate(Explanation e, IReadOnlyDictionary<string, string> chinese)
    {
        string? Say(string? text) => text is null ? null : chinese.TryGetValue(text, out string? said) ? said : Sentence(text);
        string? sentence = Say(e.Sentence);

        // A note the view says in Chinese already (the English twin of a Chinese sentence) maps to "" and is left out.
        string? note = e.Note is null ? null : ParameterNotes.Chinese(e.Note) ?? Say(e.Note);
        return new(chinese.TryGetValue(e.Name, out string? name) ? name : Name(e.Name), chinese.TryGetValue(e.Value, out string? value) ? value : Value(e.Value), e.Kind)
        {
            Formula = Say(e.Formula),
            Rounding = Say(e.Rounding),
            Citation = e.Citation,
            EffectiveFrom = e.EffectiveFrom,
            Sentence = sentence is { Length: > 0 } ? sentence : null,
            Note = note is { Length: > 0 } && note != sentence ? note : null,
            Inputs = e.Inputs.Select(i => Translate(i, chinese)).ToArray(),
        };
    }

    /// <summary>
    /// The Chinese part of a bilingual label — "期初余额 opening" → "期初余额", "过渡期结余纳入 transition surpluses (70%)"
    /// → "过渡期结余纳入", "当期缺口 deficit 60,000,000.00元" → "当期缺口 60,000,000.00元" — or null when the text is not
    /// Chinese followed by an English gloss (data, a Chinese sentence).
    /// </summary>
    internal static string? ChinesePart(string text)
    {
        Match m = BilingualLabel().Match(text);
        if (!m.Success || !HasChinese(m.Groups["zh"].Value))
        {
            return null;
        }

        return m.Groups["figure"].Success ? m.Groups["zh"].Value + " " + m.Groups["figure"].Value : m.Groups["zh"].Value;
    }

    private static void Write(Explanation e, StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2);
        sb.Append(depth == 0 ? string.Empty : "- ").Append(e.Name).Append(" = ").Append(e.Value);
        if (e.Kind == ExplanationKind.Input)
        {
            sb.Append("  [输入]");
        }

        if (e.Kind == ExplanationKind.Parameter)
        {
            sb.Append("  [参数");
            if (e.EffectiveFrom is { } from)
            {
                sb.Append("，").Append(from.ToString("uuuu-MM-dd", null)).Append(" 起生效");
            }

            if (e.Citation is not null)
            {
                sb.Append("，").Append(e.Citation);
            }

            sb.Append(']');
        }

        sb.AppendLine();
        string pad = new(' ', (depth * 2) + 4);
        if (e.Sentence is not null)
        {
            sb.Append(pad).Append(e.Sentence).AppendLine();
        }

        if (e.Formula is not null)
        {
            sb.Append(pad).Append("公式：").Append(e.Formula).AppendLine();
        }

        if (e.Rounding is not null)
        {
            sb.Append(pad).Append("舍入：").Append(e.Rounding).AppendLine();
        }

        if (e.Note is not null)
        {
            sb.Append(pad).Append("说明：").Append(e.Note).AppendLine();
        }

        foreach (Explanation input in e.Inputs)
        {
            Write(input, sb, depth + 1);
        }
    }

    /// <summary>
    /// A node's name: "预算数 budgeted" → "预算数"; "职工医保 本年收入 income: 本年收入 预算执行率 budget execution rate" →
    /// "职工医保 本年收入：本年收入 预算执行率"; a finding's "Error Mismatch: 位置" → "错误 数字不符：位置".
    /// </summary>
    internal static string Name(string name)
    {
        if (Whole.TryGetValue(name, out string? whole))
        {
            return whole;
        }

        Match finding = FindingName().Match(name);
        if (finding.Success)
        {
            return ViewLocalizer.SeverityName(finding.Groups[1].Value) + " " + ViewLocalizer.KindName(finding.Groups[2].Value) + "：" + finding.Groups[3].Value;
        }

        int colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && HasChinese(name.AsSpan(0, colon)) && HasChinese(name.AsSpan(colon + 2)))
        {
            return Name(name[..colon]) + "：" + Name(name[(colon + 2)..]);
        }

        Match gloss = EnglishGloss().Match(name);
        int keep = gloss.Groups["name"].Length;
        if (gloss.Success && HasChinese(name.AsSpan(0, keep)))
        {
            return name[..keep];
        }

        // "点数付费 point payment of H1 (职工医保)" → "点数付费 H1（职工医保）"; "点值 point value (居民医保)" → "点值（居民医保）".
        Match of = GlossOf().Match(name);
        if (of.Success && HasChinese(of.Groups["zh"].Value))
        {
            return of.Groups["zh"].Value + (of.Groups["id"].Success ? " " + of.Groups["id"].Value : string.Empty) + "（" + of.Groups["inner"].Value + "）";
        }

        return ChinesePart(name) ?? ViewLocalizer.Text(name);
    }

    private static string Value(string value) => value switch
    {
        "no budget" => "无预算",
        "not defined (no expenditure)" => "无定义（无支出）",
        "PercentagePoints" => "百分点",
        "ShareOfShare" => "原比例的百分比",
        _ => ChinesePart(value) ?? Sentence(value),
    };

    /// <summary>A sentence, formula, rounding or note: the first template that reads it, then the fixed phrases.</summary>
    internal static string Sentence(string text)
    {
        if (Whole.TryGetValue(text, out string? whole))
        {
            return whole;
        }

        foreach ((Regex pattern, MatchEvaluator say) in Templates)
        {
            Match m = pattern.Match(text);
            if (m.Success)
            {
                return pattern.Replace(text, say, 1);
            }
        }

        string result = text;
        foreach ((string english, string chinese) in Phrases)
        {
            result = result.Replace(english, chinese, StringComparison.Ordinal);
        }

        return result;
    }

    private static bool HasChinese(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u4e00', '\u9fff');

    private static string Rounding(string name) => name switch
    {
        "Nearest" => "四舍五入",
        "Floor" => "向下取整",
        "Ceiling" => "向上取整",
        "Approximate" => "约数",
        _ => name,
    };

    private static string Band(string band) => band switch
    {
        "Warning" => "不足",
        "Middle" => "区间内",
        "High" => "偏高",
        "NotApplicable" => "不适用",
        _ => band,
    };

    private static string Outcome(string outcome) => outcome switch
    {
        "Covered" => "可支付",
        "NegativeBalance" => "实际结余为负",
        "NoExpenditure" => "无支出",
        "Over" => "超预算",
        "Under" => "未达进度",
        "Within" => "容差内",
        _ => outcome,
    };

    private static readonly (Regex Pattern, MatchEvaluator Say)[] Templates =
    [
        (WithinBand(), m => $"{m.Groups[1].Value} {m.Groups[2].Value} 在 {m.Groups[3].Value} 容差内（预期进度 {m.Groups[4].Value}，偏差 {m.Groups[5].Value}）"),
        (BeyondBand(), m => $"{m.Groups[1].Value} {m.Groups[2].Value} {(m.Groups[4].Value == "above" ? "超出容差上限" : "低于容差下限")} {m.Groups[5].Value} 达 {m.Groups[3].Value}（预期进度 {m.Groups[6].Value}，偏差 {m.Groups[7].Value}）"),
        (NotComputedRate(), m => $"{m.Groups[1].Value} 未计算：预算数为 {m.Groups[2].Value}，无预算（执行数 {m.Groups[3].Value}）"),
        (ToBandEdge(), m => $"{Outcome(m.Groups[1].Value)}：距最近的容差边界 {m.Groups[2].Value}（边界金额向内舍入到分）"),
        (JudgedExactly(), m => $"按精确值判断；印刷保留到 {m.Groups[1].Value}（四舍五入）"),
        (MonthsSentence(), m => $"{m.Groups[1].Value} 个月 = {m.Groups[2].Value} / 每月 {PerMonth(m.Groups[3].Value)}{(m.Groups[4].Success ? "（实际结余为负：扣除项超过累计结余）" : string.Empty)}"),
        (MonthsNotDefined(), m => $"可支付月数无定义：{m.Groups[1].Value} / 每月 {PerMonth(m.Groups[2].Value)}（无支出）"),
        (MonthsRounding(), m => $"精确值 {m.Groups[1].Value}；保留 {m.Groups[2].Value}（四舍五入）；报告式整数：向下取整 {m.Groups[3].Value}，四舍五入 {m.Groups[4].Value}"),
        (MonthsNote(), m => $"分档 {Band(m.Groups[1].Value)}；{(m.Groups[2].Value == "True" ? "在" : "不在")}合理区间内；账面月数 {m.Groups[3].Value}；结论 {Outcome(m.Groups[4].Value)}"),
        (PerMonths(), m => $"{m.Groups[1].Value} / {m.Groups[2].Value} 个月"),
        (BandPolicy(), m => $"{m.Groups[1].Value} 个月；合理区间 {m.Groups[2].Value}"),
        (PrintedTo(), m => $"印刷精度 {m.Groups[1].Value}（{Rounding(m.Groups[2].Value)}）：真实值在 {m.Groups[3].Value} 内"),
        (Recomputed(), m => $"由其他印刷数字重算：{m.Groups[1].Value}"),
        (OneValue(), m => $"{m.Groups[1].Value}：同一个值"),
        (WholeWord(), m => Outcome(m.Groups[1].Value)),
        (SurplusKept(), m => $"保留 = 当期结余 × {m.Groups[1].Value}（最大余数法，半分留县）；纳入归集基金 = 其余部分"),
        (SurplusRest(), m => $"Σ 当期结余 − 保留部分（{m.Groups[1].Value}），仅过渡期"),
        (CollectedShare(), m => $"{m.Groups[1].Value} − (上年缺口 ? 减少5% : 0) − (考核未达优良 ? 5个百分点 : 0)，均 在原基础上（按未调整的比例）"),
        (CityCap(), m => $"min(不足支付部分 × {m.Groups[1].Value}, 市财政最高分担金额)"),
        (PriorDeficitNote(), m => $"{m.Groups[1].Value} — 默认理解为 5 个百分点（{m.Groups[2].Value} 降为 {m.Groups[3].Value}）；PriorDeficitReading.ShareOfShare 理解为分担比例的 5%（{m.Groups[4].Value} 降为 {m.Groups[5].Value}）"),
        (PolicySentence(), m => $"{m.Groups[1].Value}四(二)7–8；减少5% 理解为 {Reading(m.Groups[2].Value)}；年初补充上划 {(m.Groups[3].Value == "in force" ? "已实施" : "未实施")}；过渡期 {m.Groups[4].Value}"),
        (SetOnDate(), m => $"{m.Groups[1].Value}，{m.Groups[2].Value} 有效"),
        (ShownToDecimals(), m => $"显示保留 {m.Groups[1].Value} 位小数（{Midpoint(m.Groups[2].Value)}）；支付按精确值计算，分配到分"),
        (ToTheFenAlone(), m => $"保留到分（{Midpoint(m.Groups[1].Value)}）；各机构单独舍入时，合计与预算最多相差每个机构一分"),
        (ToTheFen(), m => $"{BandAmount(m.Groups[1].Value)}保留到分（{Midpoint(m.Groups[2].Value)}）"),
        (ToDecimals(), m => $"保留 {m.Groups[1].Value} 位小数（{Midpoint(m.Groups[2].Value)}）"),
        (DecimalsValue(), m => $"{m.Groups[1].Value}（{Midpoint(m.Groups[2].Value)}）"),
        (Apportioned(), m => $"{m.Groups[1].Value} ≈ {m.Groups[2].Value}；分配后 {m.Groups[3].Value}（{m.Groups[4].Value} 分）"),
        (SurplusSettled(), m => $"结余 {m.Groups[1].Value}；范围内 {m.Groups[2].Value}（范围 {m.Groups[3].Value}）；留用 {m.Groups[4].Value}；收回 {m.Groups[5].Value}；最终 {m.Groups[6].Value}"),
        (OverrunSettled(), m => $"超支 {m.Groups[1].Value}；范围内 {m.Groups[2].Value}（范围 {m.Groups[3].Value}）；分担 {m.Groups[4].Value}；最终 {m.Groups[5].Value}"),
        (DrgRules(), m => $"点数保留 {m.Groups[1].Value} 位小数（{Midpoint(m.Groups[2].Value)}）；高倍率 > {m.Groups[3].Value}，低倍率 < {m.Groups[4].Value}；预留调节金 {m.Groups[5].Value}；结余留用 {m.Groups[6].Value}（范围 {m.Groups[7].Value}）；合理超支分担 {m.Groups[8].Value}（范围 {m.Groups[9].Value}）"),
        (RollForwardLine(), m => $"期初 {m.Groups[1].Value} + 收入 {m.Groups[2].Value} − 支出 {m.Groups[3].Value} = {m.Groups[4].Value} 元，报告期末 {m.Groups[5].Value} 元（差额 {m.Groups[6].Value} 元）"),
    ];

    /// <summary>A .NET midpoint rounding mode by its Chinese name.</summary>
    private static string Midpoint(string mode) => mode switch
    {
        "AwayFromZero" => "四舍五入",
        "ToEven" => "四舍六入五成双",
        "ToZero" => "向零截断",
        "ToNegativeInfinity" => "向下取整",
        "ToPositiveInfinity" => "向上取整",
        _ => mode,
    };

    private static string BandAmount(string english) => english switch
    {
        "band and retained amount " => "范围和留用金额",
        "band and shared amount " => "范围和分担金额",
        _ => string.Empty,
    };

    private static string Reading(string english) => english switch
    {
        "percentage points (减少5个百分点)" => "百分点（减少5个百分点）",
        "a proportion of the share (减少原比例的5%)" => "原比例的百分比（减少原比例的5%）",
        _ => english,
    };

    /// <summary>Whole formulas, roundings and notes of the core's explanations that carry no figure of their own.</summary>
    private static readonly Dictionary<string, string> Whole = new(StringComparer.Ordinal)
    {
        // Municipal pooling (市级统筹, 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》).
        ["Σ quotas (in 2022 only)"] = "Σ 上划额度（仅2022年）",
        ["max(0, threshold − balance), split by 上年参保人数 (largest remainder)"] = "max(0, 门槛 − 余额)，按上年参保人数分摊（最大余数法）",
        ["balance / (expenditure / 12), exact"] = "余额 / (支出 / 12)，精确值",
        ["printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly"] = "显示保留 0.01 个月（四舍五入）；按精确值比较",
        ["expenditure × months / 12"] = "支出 × 月数 / 12",
        ["up to the fen (ToPositiveInfinity)"] = "向上取整到分",
        ["down to the fen (never above the exact cap)"] = "向下取整到分（不超过精确上限）",
        ["all dues when they fit; otherwise all of Available, split pro rata to the shares due"] = "足以支付时全额支付应担份额；否则全部可支付金额按应担份额比例分配",
        ["largest remainder to the fen; equal remainders go to the county earlier in ordinal name order"] = "按最大余数法分配到分；余数相同时归名称序数排序在前的县",
        ["largest remainder to the fen across counties (ties: earlier county in ordinal name order)"] = "在各县之间按最大余数法分配到分（余数相同时归名称序数排序在前的县）",
        ["max(0, 累计结余 − 统筹前个人账户结余)"] = "max(0, 累计结余 − 统筹前个人账户结余)",
        ["city shortfall × 上年参保人数 / 全市上年参保人数"] = "全市缺额 × 上年参保人数 / 全市上年参保人数",
        ["largest remainder between the collected fund and the county (a half fen to the collected fund)"] = "归集基金与县之间按最大余数法分配（半分归归集基金）",
        ["min(应担, the county's pro-rata part of what the collected fund had)"] = "min(应担, 该县按比例可得的归集基金金额)",
        ["(当期缺口 − 过渡期差额弥补) − 归集基金应担; from the usable balance first, the rest by 财政专项补助"] = "(当期缺口 − 过渡期差额弥补) − 归集基金应担；先由可用结余承担，其余通过财政专项补助承担",
        ["当年统筹基金筹资总额 × cap"] = "当年统筹基金筹资总额 × 封顶比例",
        ["不足支付部分 × 市财政分担比例 (largest remainder)"] = "不足支付部分 × 市财政分担比例（最大余数法）",
        ["不足支付部分 − 市财政承担 (its 80% share plus what the cap cut off)"] = "不足支付部分 − 市财政承担（即其80%份额加封顶削减部分）",
        ["pro rata: every short county receives the same proportion of its due, whatever the input order; the unpaid parts fall under the 20%/80% rule with each county's own 1% cap"] =
            "按比例：每个未足额获付的县获付其应担份额的相同比例，与输入顺序无关；不足支付部分按 20%/80% 规则处理，各县有各自的 1% 上限",
        ["对居民医保统一财政补助标准设置三年过渡期 — read from the start of pooling, 从2022年1月1日起全面做实基本医疗保险市级统筹 (二)"] =
            "对居民医保统一财政补助标准设置三年过渡期 — 自统筹开始时起算，从2022年1月1日起全面做实基本医疗保险市级统筹 (二)",
        ["2022年1月底前，按照权责发生制的原则，各县（市、区）职工医保基金累计结余按规定额度上划至市财政专户，作为职工医保归集基金 (居民医保 the same, 7(3))"] =
            "2022年1月底前，按照权责发生制的原则，各县（市、区）职工医保基金累计结余按规定额度上划至市财政专户，作为职工医保归集基金（居民医保 同，7(3)）",
        ["read as percentage points (减少5个百分点): −5pp"] = "理解为百分点（减少5个百分点）：−5pp",

        // DRG/DIP point payment (点数法).
        ["按点值折算 points × point value, rounded alone"] = "按点值折算（各机构单独舍入）",
        ["Σ 机构点数 × 机构系数 (each rounded to the point decimals)"] = "Σ 机构点数 × 机构系数（各自按点数小数位舍入）",
        ["点数付费金额, then 结余留用 / 合理超支分担"] = "点数付费金额，再 结余留用 / 合理超支分担",
        ["结算点数 × 点值, apportioned over all institutions so that Σ = 预算 − 预留调节金"] = "结算点数 × 点值，在全部机构间分配，使 Σ = 预算 − 预留调节金",
        ["largest remainder (Apportionment): every payment within one fen of its exact share; earlier institution wins ties"] = "最大余数法：每笔支付与其精确份额相差不到一分；余数相同时归排序在前的机构",
        ["Σ 病例点数 (each: 基准点数 × 病例调整系数; outliers re-pointed)"] = "Σ 病例点数（每例：基准点数 × 病例调整系数；高低倍率病例重新计点）",
        ["surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios"] = "结余留用与合理超支分担：有文件依据的本地约定，范围和比例均为参数",
    };

    private static string PerMonth(string text) =>
        text.StartsWith('(') && text.EndsWith(')') ? "（" + text[1..^1] + "）" : text;

    /// <summary>Fixed phrases of the core's explanations, replaced where they occur.</summary>
    private static readonly (string English, string Chinese)[] Phrases =
    [
        ("执行率 = 执行数 / 预算数; deviation = 执行率 − 预期进度; Within when 预期进度 − below ≤ 执行率 ≤ 预期进度 + above",
            "执行率 = 执行数 / 预算数；偏差 = 执行率 − 预期进度；预期进度 − 下限容差 ≤ 执行率 ≤ 预期进度 + 上限容差 时为容差内"),
        ("interval arithmetic: nearest x ± p/2, floor [x, x + p], ceiling [x − p, x], 约 x ± p; outward bounds",
            "区间运算：四舍五入 x ± p/2，向下取整 [x, x + p]，向上取整 [x − p, x]，约 x ± p；区间端点向外取"),
        ("budget zero or negative: no rate (NoBudget)", "预算数为零或负数：无执行率（无预算）"),
        ("monthly expenditure is zero or negative (NoExpenditure)", "月平均支出为零或负数（无支出）"),
        ("exact to the fen", "精确到分"),
        ("; nationally ", "；全国层面 "),
        ("to the fen, AwayFromZero (四舍五入)", "保留到分（四舍五入）"),
        ("to the fen, AwayFromZero", "保留到分（四舍五入）"),
        (", printed as a whole number of months", "，印为整数月数"),
        ("exact; displayed to 0.01% (AwayFromZero, 四舍五入)", "精确值；显示保留 0.01%（四舍五入）"),
    ];

    [GeneratedRegex(@"^(?<zh>[^ A-Za-z]*[\u4e00-\u9fff][^ A-Za-z]*(?: [^ A-Za-z]*[\u4e00-\u9fff][^ A-Za-z]*)*) (?<gloss>[A-Za-z][A-Za-z\-' ]*(?: \([^()\u4e00-\u9fff]*\))?)(?: (?<figure>[-−]?\d[\d,.]*\S*))?$")]
    private static partial Regex BilingualLabel();

    [GeneratedRegex(@"^(?<zh>[^ A-Za-z]*[\u4e00-\u9fff][^ A-Za-z]*) [a-z][a-z\-' ]*?(?: of (?<id>\S+))? \((?<inner>[^()]*[\u4e00-\u9fff][^()]*)\)$")]
    private static partial Regex GlossOf();

    [GeneratedRegex(@"^(?<name>.*?)\s+(?<gloss>[A-Za-z][A-Za-z\-' ]*)$")]
    private static partial Regex EnglishGloss();

    [GeneratedRegex(@"^(Error|Note) (\w+): (.*)$")]
    private static partial Regex FindingName();

    [GeneratedRegex(@"^(.+) (\S+%) is within the (\S+) band \(expected (\S+), deviation (\S+)\)$")]
    private static partial Regex WithinBand();

    [GeneratedRegex(@"^(.+) (\S+%) is (\S+) (above|below) the (\S+) band \(expected (\S+), deviation (\S+)\)$")]
    private static partial Regex BeyondBand();

    [GeneratedRegex(@"^(.+) not computed: the budget is (\S+), no budget \(executed (\S+)\)$")]
    private static partial Regex NotComputedRate();

    [GeneratedRegex(@"^(Over|Under): (\S+) to the nearest band edge \(edge amount rounded inward to the fen\)$")]
    private static partial Regex ToBandEdge();

    [GeneratedRegex(@"^judged exactly; printed to (\S+) \(AwayFromZero, 四舍五入\)$")]
    private static partial Regex JudgedExactly();

    [GeneratedRegex(@"^(\S+) months = (.+) / (.+) per month( \(negative actual balance: deductions exceed the balance\))?$")]
    private static partial Regex MonthsSentence();

    [GeneratedRegex(@"^months of cover not defined: (.+) / (.+) per month \(no expenditure\)$")]
    private static partial Regex MonthsNotDefined();

    [GeneratedRegex(@"^exact (\S+); (\S+) AwayFromZero; report style: floor (\S+), nearest (\S+)$")]
    private static partial Regex MonthsRounding();

    [GeneratedRegex(@"^band (\w+); reasonable (True|False); book months (\S+); outcome (\w+)$")]
    private static partial Regex MonthsNote();

    [GeneratedRegex(@"^(.+) / (\d+) months$")]
    private static partial Regex PerMonths();

    [GeneratedRegex(@"^(.+) months; reasonable (\S+)$")]
    private static partial Regex BandPolicy();

    [GeneratedRegex(@"^printed to (.+), (Nearest|Floor|Ceiling|Approximate): true value in (.+)$")]
    private static partial Regex PrintedTo();

    [GeneratedRegex(@"^recomputed from the other printed figures: (.+)$")]
    private static partial Regex Recomputed();

    [GeneratedRegex(@"^(.+): one value$")]
    private static partial Regex OneValue();

    [GeneratedRegex(@"^(Within|Over|Under)$")]
    private static partial Regex WholeWord();

    [GeneratedRegex(@"^kept = surplus × (\S+) \(largest remainder, a half fen kept\); to the collected fund = the rest$")]
    private static partial Regex SurplusKept();

    [GeneratedRegex(@"^Σ surplus − kept \((\S+)\), transition years only$")]
    private static partial Regex SurplusRest();

    [GeneratedRegex(@"^(\S+) − \(上年缺口 \? 减少5% : 0\) − \(考核未达优良 \? 5个百分点 : 0\), both 在原基础上 \(from the unadjusted share\)$")]
    private static partial Regex CollectedShare();

    [GeneratedRegex(@"^min\(不足支付部分 × (\S+), 市财政最高分担金额\)$")]
    private static partial Regex CityCap();

    [GeneratedRegex(@"^(.+) — read by default as 5 percentage points \((\S+) to (\S+)\); PriorDeficitReading.ShareOfShare reads it as 5% of the share \((\S+) to (\S+)\)$")]
    private static partial Regex PriorDeficitNote();

    [GeneratedRegex(@"^(.*)四\(二\)7–8; 减少5% read as (.+); year-start top-up (in force|not in force); transition (\S+)$")]
    private static partial Regex PolicySentence();

    [GeneratedRegex(@"^shown to (\d+) decimals \((\w+)\); payments use the exact value, apportioned to the fen$")]
    private static partial Regex ShownToDecimals();

    [GeneratedRegex(@"^to the fen \((\w+)\); rounding each institution alone can miss the budget by up to one fen per institution$")]
    private static partial Regex ToTheFenAlone();

    [GeneratedRegex(@"^(band and retained amount |band and shared amount )?to the fen \((\w+)\)$")]
    private static partial Regex ToTheFen();

    [GeneratedRegex(@"^to (\d+) decimals \((\w+)\)$")]
    private static partial Regex ToDecimals();

    [GeneratedRegex(@"^(\d+) \((AwayFromZero|ToEven|ToZero|ToNegativeInfinity|ToPositiveInfinity)\)$")]
    private static partial Regex DecimalsValue();

    [GeneratedRegex(@"^(.+) ≈ (\S+); apportioned (\S+) \(([-+−]?\d+) fen\)$")]
    private static partial Regex Apportioned();

    [GeneratedRegex(@"^surplus (\S+); within the band (\S+) \(band (\S+)\); retained (\S+); clawed back (\S+); final (.+)$")]
    private static partial Regex SurplusSettled();

    [GeneratedRegex(@"^overrun (\S+); within the band (\S+) \(band (\S+)\); shared (\S+); final (.+)$")]
    private static partial Regex OverrunSettled();

    [GeneratedRegex(@"^points to (\d+) decimals \((\w+)\); outliers > (\S+) / < (\S+); reserve (\S+); surplus (\S+) within (\S+); overrun (\S+) within (\S+)$")]
    private static partial Regex DrgRules();

    [GeneratedRegex(@"^(\S+) on (\d{4}-\d{2}-\d{2})$")]
    private static partial Regex SetOnDate();

    [GeneratedRegex(@"^期初 opening (\S+) \+ 收入 income (\S+) − 支出 expenditure (\S+) = (\S+) 元, reported 期末 closing (\S+) 元 \(difference (\S+) 元\)$")]
    private static partial Regex RollForwardLine();
}
