using FundMath.Cli.Analysis;
using FundMath.Cli.Reconciliation;
using FundMath.Cli.Views;
using FundMath.Reconciliation;
using FundMath.Samples;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath check-report [FILE]</c>: the period and the reconciliation findings; exit code 1 when an error is found.</summary>
internal static class CheckReportCommand
{
    public static CommandResult Run(string? file)
    {
        ReportDocument report = file is null ? SampleReports.Zhuzhou2021 : AnalysisInputReader.LoadReport(file);
        var view = new ReportView("check-report", "fundmath check-report — " + report.Title, file ?? AnalysisInputReader.SampleName);
        AnalysisView.AddPeriod(view, report.Period);
        ReconciliationResult result = ReportChecker.Check(report);
        FindingsView.Add(view, result);
        return new CommandResult(view, result.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Ok);
    }
}
