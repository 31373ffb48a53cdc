using FundMath.Cli.Analysis;
using FundMath.Cli.Views;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath analyze [FILE]</c>: statements, budget execution, months of cover, regions, deficit scan, findings.</summary>
internal static class AnalyzeCommand
{
    public static CommandResult Run(string? file, AnalysisSettings settings)
    {
        AnalysisInput input = file is null ? AnalysisInputReader.Sample() : AnalysisInputReader.Load(file);
        var view = new ReportView("analyze", "fundmath analyze — " + input.Title, file ?? AnalysisInputReader.SampleName);
        AnalysisView.AddStatements(view, input);
        AnalysisView.AddBudgetExecution(view, input, settings);
        AnalysisView.AddMonthsOfCover(view, input, settings);
        AnalysisView.AddRegions(view, input, settings);
        AnalysisView.AddDeficitScan(view, input);
        return new CommandResult(view, ExitCodes.Ok);
    }
}
