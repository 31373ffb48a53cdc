using System.Linq;
using FundMath.Analysis;
using FundMath.Cli.Analysis;
using FundMath.Cli.Input;
using FundMath.Cli.Reconciliation;
using FundMath.Cli.Views;
using FundMath.Policies;
using FundMath.Reconciliation;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath analyze [FILE]</c>: period, statements, budget execution, months of cover, regions, deficit scan, findings, warnings.</summary>
internal static class AnalyzeCommand
{
    public static CommandResult Run(string? file, AnalysisSettings settings, bool strict = false)
    {
        (AnalysisInput input, ReportDocument? report) = AnalysisInputReader.Load(file);
        if (strict && input.Warnings.Count > 0)
        {
            throw new InputException(
                $"{input.Warnings.Count} part(s) of the input cannot be analysed (--strict): " + string.Join(" | ", input.Warnings.Take(5)) + (input.Warnings.Count > 5 ? " | …" : string.Empty),
                file);
        }

        if (input.Period is { } period)
        {
            // Tolerance and bands are policy data: take the values in force at the end of the report's period. The
            // ±5pp tolerance is dated from the Zhuzhou 2021 report's convention; for an earlier report the
            // documented built-in default (also ±5pp, BudgetTolerancePolicy.Default) stays.
            settings = settings with { Bands = CoverBandPolicy.FromParameters(ParameterSet.National, period.End) };
            try
            {
                settings = settings with { Tolerance = BudgetTolerancePolicy.FromParameters(ParameterSet.National, period.End) };
            }
            catch (ParameterNotFoundException)
            {
            }
        }

        ReconciliationResult? findings = report is null ? null : ReportChecker.Check(report);
        var view = new ReportView("analyze", "fundmath analyze — " + input.Title, file ?? AnalysisInputReader.SampleName);
        AnalysisView.AddPeriod(view, input.Period);
        AnalysisView.AddStatements(view, input);
        AnalysisView.AddBudgetExecution(view, input, settings);
        AnalysisView.AddMonthsOfCover(view, input, settings);
        AnalysisView.AddRegions(view, input, settings, findings);
        AnalysisView.AddDeficitScan(view, input);
        if (findings is not null)
        {
            FindingsView.Add(view, findings);
        }

        AnalysisView.AddWarnings(view, input.Warnings);
        return new CommandResult(view, ExitCodes.Ok);
    }
}
