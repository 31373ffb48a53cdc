using System.Collections.Generic;
using FundMath.Reconciliation;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for reconciling a published report — 报表数字核对: reconciliation.check.
/// </summary>
public static class Reconciliation
{
    /// <summary>reconciliation.check: runs every <see cref="ReportChecker"/> relation on an inline report (docs/report-format.md).</summary>
    public static ICaseCalculation Check { get; } = CaseCalculation.Create(
        "reconciliation.check",
        "Checks an inline published report (the 'report' input, in the format of docs/report-format.md): errors, notes, checks run, and each finding as findings[k] = \"Check/Kind/Severity\".",
        [
            new("report", CaseValueKind.Text, "a report mapping as in docs/report-format.md (title, statements, budgets, …), figures as printed"),
        ],
        static (inputs, _) =>
        {
            ReportDocument report = PublishedReportReader.Read(inputs.Get("report"));
            ReconciliationResult result = ReportChecker.Check(report);
            var outputs = new CaseResult()
                .Add("errors", CaseValue.Of((long)result.ErrorCount))
                .Add("notes", CaseValue.Of((long)result.NoteCount))
                .Add("checks_run", CaseValue.Of((long)result.ChecksRun))
                .Add("consistent", CaseValue.Of(result.IsConsistent));
            for (int k = 0; k < result.Findings.Count; k++)
            {
                Finding f = result.Findings[k];
                outputs.Add($"findings[{k}]", CaseValue.Of($"{f.Check}/{f.Kind}/{f.Severity}"), f.Explain());
            }

            return outputs;
        });

    /// <summary>Every reconciliation calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } = [Check];
}
