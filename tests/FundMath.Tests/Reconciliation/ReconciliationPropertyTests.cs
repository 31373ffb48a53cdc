using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Reconciliation;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Reconciliation;

public sealed class ReconciliationPropertyTests
{
    [FundMathProperty]
    public Property A_report_printed_from_exact_data_at_any_precision_has_no_findings() =>
        Prop.ForAll(ReconciliationArbitraries.ConsistentReports(), generated =>
        {
            ReconciliationResult result = ReportChecker.Check(generated.Report);
            return (result.Findings.Count == 0 && result.ChecksRun > 20)
                .Label($"findings: {string.Join(" | ", result.Findings)}; checks {result.ChecksRun}");
        });

    [FundMathProperty]
    public Property Moving_any_single_figure_beyond_its_precision_yields_an_error_naming_it() =>
        Prop.ForAll(ReconciliationArbitraries.ConsistentReports(), ArbMap.Default.ArbFor<int>(), (generated, index) =>
        {
            (ReportDocument changed, PrintedFigure figure) = generated.WithFigureChanged(index);
            ReconciliationResult result = ReportChecker.Check(changed);
            return result.Findings.Any(f => f.Severity == FindingSeverity.Error && f.Involves(figure.Location))
                .Label($"changed {figure}; findings: {string.Join(" | ", result.Findings)}");
        });

    [Fact]
    public void Every_figure_of_a_generated_report_takes_part_in_some_check()
    {
        // The mutation property above is only meaningful when each index hits a checked figure: count them.
        var generated = new GeneratedReport([7, 11, 13], regions: 3);
        Assert.True(generated.FigureCount >= 40, $"only {generated.FigureCount} figures");
        for (int i = 0; i < generated.FigureCount; i++)
        {
            (ReportDocument changed, PrintedFigure figure) = generated.WithFigureChanged(i);
            Assert.Contains(ReportChecker.Check(changed).Findings, f => f.Severity == FindingSeverity.Error && f.Involves(figure.Location));
        }
    }
}
