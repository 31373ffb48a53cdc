using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>
/// A horizontal bar chart: one bar per label, with reference lines (band edges) across the bars and a legend that
/// says what each bar colour means.
/// </summary>
internal sealed record ChartSpec(string Id, string Title, string Unit, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartLine> Lines, IReadOnlyList<ChartLegendEntry>? Legend = null);
