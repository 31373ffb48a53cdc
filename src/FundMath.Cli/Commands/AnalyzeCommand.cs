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
    /// <summary>The parameters analyze needs from a set: tolerance and bands (conventions), reasonable range (national).</summary>
    private static readonly string[] AnalysisParameters =
    [
        ConventionParameters.Analysis.BudgetTolerance.Name, ConventionParameters.Analysis.MonthsOfCoverWarningBelow.Name,
        ConventionParameters.Analysis.MonthsOfCoverHighAbove.Name, NationalParameters.Analysis.MonthsOfCoverReasonableMin.Name,
        NationalParameters.Analysis.MonthsOfCoverReasonableMax.Name,
    ];

    public static CommandResult Run(string? file, AnalysisSettings settings, bool strict = false, string? parametersFile = null)
    {
        // --params FILE: a city's own conventions (the format of conventions.json) layered over the national set,
        // instead of the built-in 株洲市 conventions. Read before the report, so a bad parameter file fails first.
        ParameterSet set = parametersFile is null ? ParameterSet.NationalWithConventions : LoadParameters(parametersFile);
        (AnalysisInput input, ReportDocument? report) = AnalysisInputReader.Load(file);
        if (strict && input.Warnings.Count > 0)
        {
            throw new InputException(
                $"{input.Warnings.Count} part(s) of the input cannot be analysed (--strict): " + string.Join(" | ", input.Warnings.Take(5)) + (input.Warnings.Count > 5 ? " | …" : string.Empty),
                file);
        }

        try
        {
            if (input.Period is { } period)
            {
                settings = WithConventions(settings, set, period.End);
            }
            else if (parametersFile is not null)
            {
                // No period to date the values: the file's values at the first date all of them are in force.
                settings = WithConventions(settings, set, FirstDate(set, AnalysisParameters));
            }
        }
        catch (ParameterNotFoundException e) when (parametersFile is not null)
        {
            throw new InputException(
                $"{e.Message} A --params file gives analyze its conventions in the format of FundMath's conventions.json: {string.Join(", ", AnalysisParameters.Take(3))} (docs/cli.md).",
                parametersFile);
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

        AnalysisView.AddWarnings(view, input.Warnings, input.ChineseWarnings);
        return new CommandResult(view, ExitCodes.Ok);
    }

    /// <summary>
    /// Tolerance and bands are policy data: the national set with FundMath's conventions layer (local conventions,
    /// not national rules), in force at the end of the report's period. A period that ends before the conventions'
    /// first date gets their first values, and the output says so.
    /// </summary>
    internal static AnalysisSettings WithConventions(AnalysisSettings settings, ParameterSet set, LocalDate periodEnd)
    {
        LocalDate first = FirstDate(set, AnalysisParameters);
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
        string originChinese = conventions
            ? $"为 FundMath 约定层中的本地约定（{source.Document}），不是全国规定"
            : $"分别来自 {source.Document}（容差）和 {bandSource.Document}（分档）";
        string chinese = string.Create(
            CultureInfo.InvariantCulture,
            $"参数（{string.Join(" ⟶ ", set.Layers.Select(LayerName))}，{Date(at)}）：容差 {tolerance.For(BudgetLine.TotalIncome)} 和分档 < {bands.WarningBelow} | {bands.WarningBelow}–{bands.HighAbove} | > {bands.HighAbove} 个月{originChinese}；合理区间 {bands.ReasonableFrom}–{bands.ReasonableTo} 个月依据 {reasonable.Document}。`fundmath params analysis` 列出这些参数。");
        if (at != periodEnd)
        {
            note += $" The period ends {Date(periodEnd)}, before the conventions' first date {Date(first)}: their first values are applied.";
            chinese += $"报告期止于 {Date(periodEnd)}，早于约定的首个生效日期 {Date(first)}：采用其最早的值。";
        }

        return settings with
        {
            Tolerance = tolerance,
            Bands = bands,
            ParametersNote = note,
            ParametersNoteChinese = chinese,
        };
    }

    private static ParameterSet LoadParameters(string path)
    {
        try
        {
            return FundMath.Yaml.ParameterFiles.Load(path, ParameterSet.National);
        }
        catch (System.IO.IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
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
            LocalDate from = set.Get(name).Entries[0].EffectiveFrom; // Get throws ParameterNotFoundException naming a missing one
            first = from > first ? from : first;
        }

        return first;
    }

    private static string LayerName(string layer) => layer switch
    {
        "national" => "全国",
        "conventions" => "本地约定",
        _ => layer,
    };

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
