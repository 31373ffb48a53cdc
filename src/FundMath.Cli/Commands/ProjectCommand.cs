using FundMath.Cli.Forecasting;
using FundMath.Cli.Input;
using FundMath.Cli.Views;
using FundMath.Forecasting;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Scenarios;
using FundMath.Forecasting.Stress;

namespace FundMath.Cli.Commands;

/// <summary>
/// <c>fundmath project FILE</c>: a fund's start position and assumptions → the projection table, key dates, scenarios,
/// sensitivity, a Monte Carlo stress test and trend fits of the history (docs/forecasting.md).
/// </summary>
internal static class ProjectCommand
{
    public static CommandResult Run(string file)
    {
        DataNodeAmounts.EnsureFile(file);
        ProjectionInput input = ProjectionInputReader.Load(file);
        var view = new ReportView("project", "fundmath project — " + input.Title, file);
        try
        {
            if (input.Start is { } start)
            {
                ProjectionModel model = ProjectionModel.Create(start, input.Baseline, input.Horizon, input.Parameters);
                ScenarioComparison comparison = ScenarioComparison.Compare(model, input.Scenarios);
                ProjectionResult baseline = comparison.Baseline;
                StressResult? stress = input.Stress is { } settings ? MonteCarlo.Run(model, settings) : null;
                ProjectionView.AddStart(view, model);
                ProjectionView.AddProjection(view, baseline);
                ProjectionView.AddKeyDates(view, baseline);
                if (input.Scenarios.Count > 0)
                {
                    ProjectionView.AddScenarios(view, comparison);
                }

                ProjectionView.AddSensitivity(view, model, input.SensitivityDelta);
                if (stress is not null)
                {
                    ProjectionView.AddStress(view, stress);
                }

                ProjectionView.AddCharts(view, baseline, stress);
                view.Explanations.Add(baseline.Explain());
            }

            if (input.History.Count > 0)
            {
                ProjectionView.AddFits(view, input.History);
            }
        }
        catch (ForecastInputException e)
        {
            throw new InputException(e.Message, file, inner: e);
        }

        ProjectionChinese.Register(view);

        return new CommandResult(view, ExitCodes.Ok);
    }
}
