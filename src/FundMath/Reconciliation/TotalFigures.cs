using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A printed total and its printed parts — 合计. Formula checked: total = Σ parts.</summary>
/// <param name="Label">What is totalled.</param>
/// <param name="Total">The printed total.</param>
/// <param name="Parts">The printed parts.</param>
public sealed record TotalFigures(string Label, PrintedFigure Total, IReadOnlyList<PrintedFigure> Parts);
