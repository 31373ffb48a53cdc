using System.Collections.Generic;

namespace FundMath.Cli.Analysis;

/// <summary>
/// What <c>fundmath analyze</c> reads: a report's statements, budget lines, cover figures, region rows and deficit
/// table, and a warning for every part of the input it cannot use (nothing is dropped in silence).
/// </summary>
internal sealed record AnalysisInput(
    string Title,
    ReportingPeriod? Period,
    IReadOnlyList<StatementInput> Statements,
    IReadOnlyList<BudgetLineInput> Budgets,
    IReadOnlyList<CoverInput> Cover,
    IReadOnlyList<RegionInput> Regions,
    IReadOnlyList<DeficitYearInput> Deficits)
{
    /// <summary>What the analysis could not use, each with its file:line:col and location ("analyze --strict" makes them errors).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Each warning of <see cref="Warnings"/> in Chinese (for --lang zh), by its English text.</summary>
    public IReadOnlyDictionary<string, string> ChineseWarnings { get; init; } = new Dictionary<string, string>();
}
