using System;
using System.Text;

namespace FundMath.Cases;

/// <summary>
/// Renders a <see cref="CaseRunReport"/> as text for people — 报告输出: a failure diff per failing case (expected,
/// actual, difference, tolerance, location, explanation) and the final line "N passed, N failed".
/// </summary>
public static class CaseReporter
{
    /// <summary>The report text; with <paramref name="listPassed"/> each passing case is listed too.</summary>
    public static string ToText(CaseRunReport report, bool listPassed = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        foreach (CaseRunResult r in report.Results)
        {
            if (r.Passed)
            {
                if (listPassed)
                {
                    sb.Append("PASS ").Append(r.QualifiedId).AppendLine();
                }

                continue;
            }

            AppendFailure(sb, r);
        }

        sb.Append(report.Summary);
        return sb.ToString();
    }

    /// <summary>The failure diff of one case (empty for a passing case).</summary>
    public static string Describe(CaseRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        if (!result.Passed)
        {
            AppendFailure(sb, result);
        }

        return sb.ToString();
    }

    private static void AppendFailure(StringBuilder sb, CaseRunResult r)
    {
        sb.Append(r.Outcome == CaseOutcome.Error ? "ERROR " : "FAIL ").Append(r.Id);
        if (!string.IsNullOrEmpty(r.Calculation))
        {
            sb.Append(" (").Append(r.Calculation).Append(')');
        }

        sb.Append(" at ").Append(r.Location).AppendLine();
        if (!string.IsNullOrEmpty(r.Description))
        {
            sb.Append("  ").AppendLine(r.Description);
        }

        if (!string.IsNullOrEmpty(r.Source))
        {
            sb.Append("  source: ").AppendLine(r.Source);
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

            sb.Append("  ").Append(c.Output).Append(" at ").Append(c.Location).AppendLine();
            sb.Append("    - expected: ").Append(c.Expected).Append(" (").Append(c.Tolerance).AppendLine(")");
            sb.Append("    + actual:   ").AppendLine(c.Actual ?? "(none)");
            if (c.Difference is not null)
            {
                sb.Append("      difference: ").AppendLine(c.Difference);
            }

            if (c.Explanation is not null)
            {
                foreach (string line in c.Explanation.ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    sb.Append("      ").AppendLine(line.TrimEnd('\r'));
                }
            }
        }
    }
}
