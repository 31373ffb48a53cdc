using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FundMath.Cases;
using FundMath.Explain;

namespace FundMath.Cli.Output;

/// <summary>
/// The case runner's report (<see cref="CaseReporter"/>) in Chinese for <c>fundmath test --lang zh</c>: the same
/// layout — a diff per failing case (预期, 实际, 差异, 容差, 位置, 计算说明) and the summary "通过 N 个，未通过 N 个" last —
/// with the case ids, calculations, output names, figures and locations as the case file gives them. A case's
/// description is the file's own text; a runner error stays as the runner says it.
/// </summary>
internal static class CaseReportChinese
{
    private static readonly Dictionary<string, string> NoChinese = [];

    /// <summary>The report text; only failing cases are listed, as in <see cref="CaseReporter.ToText"/>.</summary>
    public static string ToText(CaseRunReport report)
    {
        var sb = new StringBuilder();
        foreach (CaseRunResult r in report.Results)
        {
            if (!r.Passed)
            {
                AppendFailure(sb, r);
            }
        }

        sb.Append(Summary(report));
        return sb.ToString();
    }

    /// <summary>The failure diff of one case (empty for a passing case).</summary>
    public static string Describe(CaseRunResult result)
    {
        var sb = new StringBuilder();
        if (!result.Passed)
        {
            AppendFailure(sb, result);
        }

        return sb.ToString();
    }

    /// <summary>"通过 1 个，未通过 1 个" (<see cref="CaseRunReport.Summary"/> in Chinese).</summary>
    public static string Summary(CaseRunReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"通过 {report.PassedCount} 个，未通过 {report.FailedCount} 个");

    /// <summary>A case's outcome by its Chinese name.</summary>
    public static string Outcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Passed => "通过",
        CaseOutcome.Failed => "未通过",
        CaseOutcome.Error => "出错",
        _ => outcome.ToString(),
    };

    /// <summary>"精确", or e.g. "±1 分，±0.5万元，相对 ±0.1%" (<see cref="CaseTolerance.ToString"/> in Chinese).</summary>
    public static string Tolerance(CaseTolerance tolerance)
    {
        if (tolerance.IsExact)
        {
            return "精确相等";
        }

        var parts = new List<string>(3);
        if (tolerance.Fen is { } fen)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"±{fen} 分"));
        }

        if (tolerance.Absolute is { } abs)
        {
            parts.Add($"±{abs.Text}");
        }

        if (tolerance.Relative is { } rel)
        {
            parts.Add($"相对 ±{CaseValue.Of(rel).Text}");
        }

        return string.Join("，", parts);
    }

    private static void AppendFailure(StringBuilder sb, CaseRunResult r)
    {
        sb.Append(r.Outcome == CaseOutcome.Error ? "出错 " : "未通过 ").Append(r.Id);
        if (!string.IsNullOrEmpty(r.Calculation))
        {
            sb.Append('（').Append(r.Calculation).Append('）');
        }

        sb.Append(" 位置 ").Append(r.Location).AppendLine();
        if (!string.IsNullOrEmpty(r.Description))
        {
            sb.Append("  ").AppendLine(r.Description);
        }

        if (!string.IsNullOrEmpty(r.Source))
        {
            sb.Append("  依据：").AppendLine(r.Source);
        }

        if (r.Error is not null)
        {
            sb.Append("  ").AppendLine(r.Error);
        }

        foreach (OutputCheck c in r.Checks)
        {
            if (c.Passed)
            {
                continue;
            }

            sb.Append("  ").Append(c.Output).Append(" 位置 ").Append(c.Location).AppendLine();
            sb.Append("    - 预期：").Append(c.Expected).Append('（').Append(Tolerance(c.Tolerance)).AppendLine("）");
            sb.Append("    + 实际：").AppendLine(c.Actual ?? "（无）");
            if (c.Difference is not null)
            {
                sb.Append("      差异：").AppendLine(c.Difference);
            }

            if (c.Explanation is not null)
            {
                Explanation chinese = ExplanationLocalizer.Localize(c.Explanation, Language.Chinese, NoChinese);
                foreach (string line in ExplanationLocalizer.ToText(chinese, Language.Chinese).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    sb.Append("      ").AppendLine(line.TrimEnd('\r'));
                }
            }
        }
    }
}
