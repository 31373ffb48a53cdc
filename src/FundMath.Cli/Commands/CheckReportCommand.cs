using FundMath.Analysis;
using FundMath.Cli.Analysis;
using FundMath.Policies;
using FundMath.Cli.Reconciliation;
using FundMath.Cli.Views;
using FundMath.Reconciliation;
using FundMath.Samples;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath check-report [FILE]</c>: the reconciliation findings alone; exit code 1 when an error is found.</summary>
internal static class CheckReportCommand
{
    public static CommandResult Run(string? file)
    {
        ReportDocument report = file is null ? SampleReports.Zhuzhou2021 : AnalysisInputReader.LoadReport(file);
        var view = new ReportView("check-report", "fundmath check-report — " + report.Title, file ?? AnalysisInputReader.SampleName);
        ReconciliationResult result = FindingsView.Add(view, report);
        return new CommandResult(view, result.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Ok);
    }
}
