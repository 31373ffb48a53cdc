using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>What <c>fundmath analyze</c> reads: a report's statements, budget lines, cover figures, region rows and deficit table.</summary>
internal sealed record AnalysisInput(
    string Title,
    ReportingPeriod? Period,
    IReadOnlyList<StatementInput> Statements,
    IReadOnlyList<BudgetLineInput> Budgets,
    IReadOnlyList<CoverInput> Cover,
    IReadOnlyList<RegionInput> Regions,
    IReadOnlyList<DeficitYearInput> Deficits);
