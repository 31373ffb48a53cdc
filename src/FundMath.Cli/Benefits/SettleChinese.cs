using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FundMath.Benefits;
using FundMath.Cli.Output;
using FundMath.Cli.Views;
using FundMath.Explain;

namespace FundMath.Cli.Benefits;

/// <summary>
/// The Chinese of <c>fundmath settle</c>'s texts (--lang zh): the cap states, the view's titles and notes, and the
/// names, formulas, roundings and notes of a claim's explanation (the core's fixed wording, read by the templates
/// below with every figure kept as printed). A text no template knows stays as the core wrote it.
/// </summary>
internal static partial class SettleChinese
{
    /// <summary>A cap state in Chinese (BelowCap → 未达上限).</summary>
    public static string Cap(CapState state) => state switch
    {
        CapState.ReachedOnThisClaim => "本次达到上限",
        CapState.ExhaustedBefore => "此前已用完",
        CapState.Uncapped => "不封顶",
        _ => "未达上限",
    };

    /// <summary>Every cap state's name and Chinese, for the view's lookup.</summary>
    public static IEnumerable<KeyValuePair<string, string>> CapNames() =>
        Enum.GetValues<CapState>().Select(s => KeyValuePair.Create(s.ToString(), Cap(s)));

    /// <summary>Registers the Chinese of every text of a claim's explanation that the general localizer does not read.</summary>
    /// <param name="view">The view whose Chinese lookup receives the texts.</param>
    /// <param name="e">The explanation (and, recursively, its inputs).</param>
    public static void Register(ReportView view, Explanation e)
    {
        Add(view, e.Name, Name(e.Name));
        Add(view, e.Value, e.Value == "no cap" ? "不封顶" : null);
        Add(view, e.Formula, Formula(e.Formula));
        Add(view, e.Rounding, e.Rounding is { } r && r.StartsWith("H rounds the year's banded amount once, ", StringComparison.Ordinal)
            ? "H 对全年分段金额只舍入一次，" + ExplanationLocalizer.Sentence(r["H rounds the year's banded amount once, ".Length..])
            : null);
        Add(view, e.Note, Note(e.Note));
        foreach (Explanation input in e.Inputs)
        {
            Register(view, input);
        }
    }

    private static void Add(ReportView view, string? english, string? chinese)
    {
        if (english is not null && chinese is not null)
        {
            view.Chinese[english] = chinese;
        }
    }

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["医疗费用总额 (claim total)"] = "医疗费用总额",
        ["政策范围外费用 (out of scope, paid by the patient)"] = "政策范围外费用（由个人负担）",
        ["乙类先行自付 (class-B self-pay)"] = "乙类先行自付",
        ["政策范围内费用 (in scope)"] = "政策范围内费用",
        ["起付线 (deductible paid by this claim)"] = "起付线（本次结算承担）",
        ["支付比例 (ratio)"] = "支付比例",
        ["before cap"] = "限额前金额",
        ["cap room (最高支付限额 / 年度限额)"] = "剩余限额（最高支付限额 / 年度限额）",
        ["cap room (大病保险最高支付限额)"] = "剩余限额（大病保险最高支付限额）",
        ["counted base (in-scope patient share after the basic layer × counted share)"] = "计入基数（基本医保后政策范围内个人负担 × 计入比例）",
        ["year base before → after"] = "年度基数 结算前 → 结算后",
        ["大病保险起付线 (deductible for the group)"] = "大病保险起付线（按人群）",
        ["H(after) − H(before)"] = "H(结算后) − H(结算前)",
        ["assistance base (what remained after 大病保险)"] = "医疗救助基数（大病保险后剩余部分）",
        ["个人负担 (patient pays)"] = "个人负担",
        ["三重保障后政策范围内报销比例 (three-layer in-scope ratio)"] = "三重保障后政策范围内报销比例",
        ["最高支付限额 used earlier this year (住院 + 门诊慢特病)"] = "本年此前已用最高支付限额（住院 + 门诊慢特病）",
        ["大病保险 paid earlier this year"] = "本年此前大病保险已支付",
        ["医疗救助 paid earlier this year"] = "本年此前医疗救助已支付",
    };

    private static string? Name(string name)
    {
        if (Names.TryGetValue(name, out string? known))
        {
            return known;
        }

        if (ClaimName().Match(name) is { Success: true } c)
        {
            return $"结算 结算单 {c.Groups[1].Value}（参保人 {c.Groups[2].Value}，{c.Groups[3].Value}，{Plan(c.Groups[4].Value)}）";
        }

        if (LayerName().Match(name) is { Success: true } l)
        {
            return l.Groups[1].Value + "（" + l.Groups[3].Value.Replace(", ", "，", StringComparison.Ordinal) + "）";
        }

        if (BandName().Match(name) is { Success: true } b)
        {
            return $"分段 {b.Groups[1].Value} 起付线以上 {b.Groups[2].Value} 起";
        }

        if (EarlierName().Match(name) is { Success: true } p)
        {
            return $"本年此前{p.Groups[1].Value}已支付";
        }

        return null;
    }

    /// <summary>"benefits.resident plan (ankang) 2021-01-01..9999-12-31" → "benefits.resident 待遇方案（ankang）2021-01-01..9999-12-31".</summary>
    private static string Plan(string plan) => PlanText().Replace(plan, m => $"{m.Groups[1].Value} 待遇方案（{m.Groups[2].Value}）{m.Groups[3].Value}", 1);

    private static readonly Dictionary<string, string> Formulas = new(StringComparer.Ordinal)
    {
        ["min(round((in scope − 起付线) × 支付比例), cap room)"] = "min(round((政策范围内 − 起付线) × 支付比例), 剩余限额)",
        ["min(H(year base after) − H(year base before), cap − paid); H(x) = round(Σ bands (x − deductible) × ratio)"] =
            "min(H(结算后年度基数) − H(结算前年度基数), 限额 − 已支付)；H(x) = round(Σ 各分段 (x − 起付线) × 比例)",
        ["min(round((A₁ − d) × ratio) − round((A₀ − d) × ratio), cap − paid) on the year's assistance base A"] =
            "min(round((A₁ − d) × 比例) − round((A₀ − d) × 比例), 限额 − 已支付)，A 为全年医疗救助基数",
        ["0 (not an assistance recipient: the base is not accumulated)"] = "0（非医疗救助对象：基数不累计）",
    };

    private static string? Formula(string? formula)
    {
        if (formula is null)
        {
            return null;
        }

        if (Formulas.TryGetValue(formula, out string? known))
        {
            return known;
        }

        string said = Visit().Replace(formula, m => $"— 本年第 {m.Groups[2].Value} 次{m.Groups[1].Value}");
        said = Against().Replace(said, m => $" 对照 {m.Groups[1].Value}");
        said = said.Replace("min(in scope ", "min(政策范围内 ", StringComparison.Ordinal)
            .Replace(" used)", " 已用)", StringComparison.Ordinal)
            .Replace("= out of scope ", "= 政策范围外 ", StringComparison.Ordinal)
            .Replace("+ in scope ", "+ 政策范围内 ", StringComparison.Ordinal);
        return said == formula ? null : said;
    }

    private static string? Note(string? note)
    {
        switch (note)
        {
            case null:
                return null;
            case "below the cap":
                return "未达上限";
            case "this claim reached the cap: only the remaining room was paid":
                return "本次结算达到上限：只支付剩余限额";
            case "the cap was used up by earlier claims this year":
                return "本年此前的结算已用完限额";
            case "no cap applies":
                return "不设封顶";
        }

        if (NoAssistance().Match(note) is { Success: true } a)
        {
            return $"{a.Groups[1].Value} 在本方案下不享受医疗救助（比例 {a.Groups[2].Value}）。";
        }

        if (TargetNote().Match(note) is { Success: true } t)
        {
            return "目标 " + t.Groups[1].Value switch
            {
                "Within" => "达标",
                "Below" => "低于目标",
                "Above" => "高于目标",
                "NoInScopeCost" => "无政策范围内费用",
                _ => "无目标",
            };
        }

        return null;
    }

    [GeneratedRegex(@"^结算 claim (\S+) \(person (\S+), (\S+), (.+)\)$")]
    private static partial Regex ClaimName();

    [GeneratedRegex(@"^(\S+) plan \((.*)\) (\S+)$")]
    private static partial Regex PlanText();

    [GeneratedRegex(@"^(\S+) \((basic layer|serious-illness insurance|medical assistance), (.+)\)$")]
    private static partial Regex LayerName();

    [GeneratedRegex(@"^band (\S+) from (\S+) above the deductible$")]
    private static partial Regex BandName();

    [GeneratedRegex(@"^(\S+) payments earlier this year$")]
    private static partial Regex EarlierName();

    [GeneratedRegex(@"— (\S+) visit (\d+) of the year$")]
    private static partial Regex Visit();

    [GeneratedRegex(@" against (\S+)$")]
    private static partial Regex Against();

    [GeneratedRegex(@"^(.+) receive no 医疗救助 under this plan \(ratio (\S+)\)\.$")]
    private static partial Regex NoAssistance();

    [GeneratedRegex(@"^target (\w+)$")]
    private static partial Regex TargetNote();
}
