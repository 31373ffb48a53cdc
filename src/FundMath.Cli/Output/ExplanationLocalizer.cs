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

    private static Explanation Translate(Explanation e, IReadOnlyDictionary<string, string> chinese) =>
        new(Name(e.Name), Value(e.Value), e.Kind)
        {
            Formula = e.Formula is null ? null : Sentence(e.Formula),
            Rounding = e.Rounding is null ? null : Sentence(e.Rounding),
            Citation = e.Citation,
            EffectiveFrom = e.EffectiveFrom,
            Sentence = e.Sentence is null ? null : chinese.TryGetValue(e.Sentence, out string? said) ? said : Sentence(e.Sentence),
            Note = e.Note is null ? null : ParameterNotes.Chinese(e.Note) ?? Sentence(e.Note),
            Inputs = e.Inputs.Select(i => Translate(i, chinese)).ToArray(),
        };

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
        return gloss.Success && HasChinese(name.AsSpan(0, keep)) ? name[..keep] : ViewLocalizer.Text(name);
    }

    private static string Value(string value) => value switch
    {
        "no budget" => "无预算",
        "not defined (no expenditure)" => "无定义（无支出）",
        _ => Sentence(value),
    };

    /// <summary>A sentence, formula, rounding or note: the first template that reads it, then the fixed phrases.</summary>
    internal static string Sentence(string text)
    {
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
    ];

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
        ("to the fen, AwayFromZero (四舍五入)", "保留到分（四舍五入）"),
        ("to the fen, AwayFromZero", "保留到分（四舍五入）"),
        (", printed as a whole number of months", "，印为整数月数"),
        ("exact; displayed to 0.01% (AwayFromZero, 四舍五入)", "精确值；显示保留 0.01%（四舍五入）"),
    ];

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
}
