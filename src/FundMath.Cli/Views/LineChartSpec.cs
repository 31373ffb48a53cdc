using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>
/// A line chart over years: one line (e.g. the projected balance), an optional band around it (e.g. the stress test's
/// P5–P95), and vertical markers at key years (first deficit, exhaustion), each with a legend entry.
/// </summary>
internal sealed record LineChartSpec(string Id, string Title, string Unit, IReadOnlyList<int> Years, string LineLabel, IReadOnlyList<decimal> Line,
    string? BandLabel, IReadOnlyList<decimal>? BandLow, IReadOnlyList<decimal>? BandHigh, IReadOnlyList<ChartMarker> Markers);
