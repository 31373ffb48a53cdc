using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Reconciliation;

namespace FundMath.Cli.Reconciliation;

/// <summary>
/// A finding's sentence in Chinese (--lang zh), from its <see cref="Finding.Message"/> and
/// <see cref="Finding.Arguments"/>: the same facts as the core's English <see cref="Finding.Sentence"/>, with the
/// printed figures, locations and ranges as the core formatted them. A finding whose arguments do not fit its
/// message (e.g. read from a JSON file written by another version) keeps its English sentence.
/// </summary>
internal static class FindingSentences
{
    public static string Chinese(Finding finding)
    {
        IReadOnlyList<string> a = finding.Arguments;
        int minimum = finding.Message switch
        {
            FindingMessage.Mismatch => 5,
            FindingMessage.DirectedRounding => 6,
            FindingMessage.SharesCannotMakeWhole => 1,
            FindingMessage.TablePeriod => 5,
            FindingMessage.RateDoublePrinted => 9,
            FindingMessage.MixedMonthsRounding => 6,
            FindingMessage.StandardPrintedTwice or FindingMessage.RepeatedDoublePrinted => 3,
            FindingMessage.RepeatedDirectedRounding => 5,
            FindingMessage.ClaimCount => 6,
            FindingMessage.ClaimAllBeyond => 4,
            FindingMessage.ClaimPeriod => 6,
            _ => int.MaxValue,
        };
        if (a.Count < minimum)
        {
            return finding.Sentence;
        }

        return finding.Message switch
        {
            FindingMessage.Mismatch =>
                $"{a[0]}（{a[1]}）与 {a[2]} 不符：由 {a[3]} 重算应在 {a[4]} 之间，按印刷精度舍入无法解释这一差异。",
            FindingMessage.DirectedRounding =>
                $"{a[0]}（{a[1]}）只有在{Directed(a[5])}时才与 {a[2]} 相符（由 {a[3]} 重算为 {a[4]}），而报告其他数字都是四舍五入。",
            FindingMessage.SharesCannotMakeWhole =>
                $"印刷的占比（{string.Join(" + ", a.Skip(1))}）合计不可能为 100%：按印刷精度，其和在 {a[0]} 之间。",
            FindingMessage.TablePeriod =>
                $"表“{a[0]}”所列报告期为 {a[1]}，而报告的报告期为 {a[2]}：表中数字属于另一期间（时间进度 {a[3]}，而非 {a[4]}）。",
            FindingMessage.RateDoublePrinted =>
                $"{a[0]} {a[1]} 执行率印刷了两个不同的值：{a[2]}（{a[3]}）和 {a[4]}（{a[5]}）。按印刷精度，{a[6]} / {a[7]} 在 {a[8]} 之间，"
                + "每个值单独都可由舍入解释，但两处印刷之差超出其精度，算术无法判断哪一个有误；请只印一个值。",
            FindingMessage.MixedMonthsRounding =>
                $"没有一种舍入方式能解释全部可支付月数，报告混用了舍入方式：{string.Join("；", Groups(a, 6).Select(g => $"{g[0]}（{g[1]}：{g[2]} / {g[3]} ∈ {g[4]}）{Fits(g[5])}"))}。"
                + "每个数字单独都可解释，但读者比较时会被误导；请写明一种舍入方式（如向下取整）并通篇使用。",
            FindingMessage.StandardPrintedTwice =>
                $"{a[0]} 印刷了不同的值：{Mentions(a, 1)}。当年确定的缴费标准常在当年征收、用于下一参保年度（征缴年度与待遇年度不同），可能由此造成；请写明每个值所属的年度。",
            FindingMessage.RepeatedDirectedRounding =>
                $"{a[0]} 印刷为 {Mentions(a, 3)}；只有在 {a[1]} 是{Directed(a[2])}时两者才一致，而报告其他数字都是四舍五入。",
            FindingMessage.RepeatedDoublePrinted =>
                $"{a[0]} 印刷了不同的值：{Mentions(a, 1)}。差异超出印刷精度，任何舍入都无法使其一致，报告中的算术无法判断哪一个有误；请只印一个值。",
            FindingMessage.ClaimCount =>
                $"正文“{a[0]}”（{a[1]}）称{(a[4].Length > 0 ? a[4] : string.Empty)}可支付月数{Band(a[3])}的地区有 {a[2]} 个，但地区表印刷的是 {a[5]} 个：{(a.Count == 6 ? "无" : string.Join("、", a.Skip(6)))}。",
            FindingMessage.ClaimAllBeyond =>
                $"正文“{a[0]}”（{a[1]}）称所有数字均{(a[2] == "Below" ? "低于" : "高于")} {a[3]}，但 {string.Join("、", a.Skip(4))} 并非如此。",
            FindingMessage.ClaimPeriod =>
                $"正文“{a[0]}”（{a[1]}）所述报告期为 {a[2]}，但{(a[3] == "report" ? "报告的报告期" : "表“" + a[4] + "”的报告期")}为 {a[5]}。",
            _ => finding.Sentence,
        };
    }

    private static string Directed(string rounding) => rounding == nameof(PrintRounding.Floor) ? "向下取整（截尾）" : "向上取整";

    private static string Fits(string modes)
    {
        string[] names = modes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => m switch
        {
            "Nearest" => "四舍五入",
            "Floor" => "向下取整",
            "Ceiling" => "向上取整",
            _ => m,
        }).ToArray();
        return (names.Length == 1 ? "仅在" : "在") + string.Join("或", names) + "时相符";
    }

    private static string Band(string band) =>
        band.StartsWith("below:", StringComparison.Ordinal) ? "低于 " + band[6..] + " 个月"
        : band.StartsWith("above:", StringComparison.Ordinal) ? "高于 " + band[6..] + " 个月"
        : "在 " + band + " 个月之间";

    private static string Mentions(IReadOnlyList<string> a, int start) =>
        string.Join("和", Groups(a.Skip(start).ToArray(), 2).Select(m => $"{m[0]}（{m[1]}）"));

    private static IEnumerable<string[]> Groups(IReadOnlyList<string> a, int size)
    {
        for (int i = 0; i + size <= a.Count; i += size)
        {
            yield return a.Skip(i).Take(size).ToArray();
        }
    }
}
