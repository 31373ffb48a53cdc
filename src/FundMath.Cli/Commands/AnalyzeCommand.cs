using FundMath.Analysis;
using FundMath.Cli.Analysis;
using FundMath.Policies;
using FundMath.Cli.Reconciliation;
using FundMath.Cli.Views;
using FundMath.Reconciliation;
using FundMath.Samples;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath analyze [FILE]</c>: statements, budget execution, months of cover, regions, deficit scan, findings.</summary>
internal static class AnalyzeCommand
{
    public static CommandResult Run(string? file, AnalysisSettings settings)
    {
        (AnalysisInput input, ReportDocument? report) = AnalysisInputReader.Load(file);
        if (input.Period is { } period)
        {
            // Tolerance and bands are policy data: take the values in force at the end of the report's period. The
            // ±5pp tolerance is dated from the seed city's 2021 convention; for an earlier report the documented
            // built-in default (also ±5pp, BudgetTolerancePolicy.Default) stays.
            settings = settings with { Bands = CoverBandPolicy.FromParameters(ParameterSet.National, period.End) };
            try
            {
                settings = settings with { Tolerance = BudgetTolerancePolicy.FromParameters(ParameterSet.National, period.End) };
            }
            catch (ParameterNotFoundException)
            {
            }
        }

        var view = new ReportView("analyze", "fundmath analyze — " + input.Title, file ?? AnalysisInputReader.SampleName);
        AnalysisView.AddStatements(view, input);
        AnalysisView.AddBudgetExecution(view, input, settings);
        AnalysisView.AddMonthsOfCover(view, input, settings);
        AnalysisView.AddRegions(view, input, settings);
        AnalysisView.AddDeficitScan(view, input);
        if (report is not null)
        {
            FindingsView.Add(view, report);
        }

        return new CommandResult(view, ExitCodes.Ok);
    }
}
