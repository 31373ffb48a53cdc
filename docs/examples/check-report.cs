#:package FundMath@0.1.0
#:package FundMath.Samples@0.1.0
#:property PublishAot=false
// Reconcile a published report's figures against each other and list the findings (errors cannot be explained by
// printing precision). Run anywhere: dotnet run check-report.cs
using FundMath.Reconciliation;
using FundMath.Samples;

ReconciliationResult result = ReportChecker.Check(SampleReports.Zhuzhou2021);
foreach (Finding finding in result.Findings.Where(f => f.Severity == FindingSeverity.Error))
{
    Console.WriteLine($"{finding.Severity} {finding.Check}: printed {finding.Printed.Text}, recomputed {finding.Expected?.Format(finding.Printed.Unit, 2)}");
}

Console.WriteLine($"{result.ChecksRun} checks: {result.ErrorCount} errors, {result.NoteCount} notes");
