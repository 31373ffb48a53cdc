using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Citations;
using FundMath.Cli.Analysis;
using FundMath.Cli.Input;
using FundMath.Cli.Reconciliation;
using FundMath.Cli.Views;
using FundMath.Policies;
using FundMath.Reconciliation;
using NodaTime;

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
            settings = WithConventions(settings, ParameterSet.NationalWithConventions, period.End);
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

    /// <summary>
    /// Tolerance and bands are policy data: the national set with FundMath's conventions layer (local conventions,
    /// not national rules), in force at the end of the report's period. A period that ends before the conventions'
    /// first date gets their first values, and the output says so.
    /// </summary>
    internal static AnalysisSettings WithConventions(AnalysisSettings settings, ParameterSet set, LocalDate periodEnd)
    {
        LocalDate first = FirstDate(set, ConventionParameters.Analysis.BudgetTolerance.Name, ConventionParameters.Analysis.MonthsOfCoverWarningBelow.Name,
            ConventionParameters.Analysis.MonthsOfCoverHighAbove.Name, NationalParameters.Analysis.MonthsOfCoverReasonableMin.Name, NationalParameters.Analysis.MonthsOfCoverReasonableMax.Name);
        LocalDate at = periodEnd < first ? first : periodEnd;
        Citation source = ConventionParameters.Analysis.BudgetTolerance.Entry(set, at).Citation;
        Citation bandSource = ConventionParameters.Analysis.MonthsOfCoverWarningBelow.Entry(set, at).Citation;
        Citation reasonable = NationalParameters.Analysis.MonthsOfCoverReasonableMin.Entry(set, at).Citation;
        var tolerance = BudgetTolerancePolicy.FromParameters(set, at);
        var bands = CoverBandPolicy.FromParameters(set, at);
        bool conventions = FromConventions(set, ConventionParameters.Analysis.BudgetTolerance.Name, ConventionParameters.Analysis.MonthsOfCoverWarningBelow.Name,
            ConventionParameters.Analysis.MonthsOfCoverHighAbove.Name);
        string origin = conventions
            ? $"are local conventions from FundMath's conventions layer ({source.Document}), not national rules"
            : $"come from {source.Document} (tolerance) and {bandSource.Document} (bands)";
        string note = string.Create(
            CultureInfo.InvariantCulture,
            $"Parameters ({string.Join(" ⟶ ", set.Layers)}, on {Date(at)}): tolerance {tolerance.For(BudgetLine.TotalIncome)} and bands < {bands.WarningBelow} | {bands.WarningBelow}–{bands.HighAbove} | > {bands.HighAbove} months {origin}; the reasonable range {bands.ReasonableFrom}–{bands.ReasonableTo} months is {reasonable.Document}. `fundmath params analysis` lists them.");
        if (at != periodEnd)
        {
            note += $" The period ends {Date(periodEnd)}, before the conventions' first date {Date(first)}: their first values are applied.";
        }

        return settings with
        {
            Tolerance = tolerance,
            Bands = bands,
            ParametersNote = note,
        };
    }

    private static bool FromConventions(ParameterSet set, params string[] names)
    {
        foreach (string name in names)
        {
            if (!ReferenceEquals(set.Find(name), ParameterSet.Conventions.Find(name)))
            {
                return false;
            }
        }

        return true;
    }

    private static LocalDate FirstDate(ParameterSet set, params string[] names)
    {
        LocalDate first = LocalDate.MinIsoValue;
        foreach (string name in names)
        {
            LocalDate from = set.Get(name).Entries[0].EffectiveFrom;
            first = from > first ? from : first;
        }

        return first;
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
