using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>A printed total and its printed parts — 合计. Formula checked: total = Σ parts.</summary>
/// <param name="Label">What is totalled.</param>
/// <param name="Total">The printed total.</param>
/// <param name="Parts">The printed parts.</param>
public sealed record TotalFigures(string Label, PrintedFigure Total, IReadOnlyList<PrintedFigure> Parts)
{
    /// <summary>What is totalled.</summary>
    public string Label { get; init => field = value ?? throw new ArgumentNullException(nameof(Label)); } = Label ?? throw new ArgumentNullException(nameof(Label));

    /// <summary>The printed total.</summary>
    public PrintedFigure Total { get; init => field = value ?? throw new ArgumentNullException(nameof(Total)); } = Total ?? throw new ArgumentNullException(nameof(Total));

    /// <summary>The printed parts.</summary>
    public IReadOnlyList<PrintedFigure> Parts { get; init => field = value ?? throw new ArgumentNullException(nameof(Parts)); } = Parts ?? throw new ArgumentNullException(nameof(Parts));
}
