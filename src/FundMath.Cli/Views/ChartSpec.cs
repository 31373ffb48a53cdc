using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>A horizontal bar chart: one bar per label, with reference lines (band edges) across the bars.</summary>
internal sealed record ChartSpec(string Id, string Title, string Unit, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartLine> Lines);
