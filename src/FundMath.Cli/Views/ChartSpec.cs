using System.Collections.Generic;

namespace FundMath.Cli.Views;

/// <summary>
/// A horizontal bar chart: one bar per label, with reference lines (band edges) across the bars and a legend that
/// says what each bar colour means (derived from the tones when not given).
/// </summary>
internal sealed record ChartSpec(string Id, string Title, string Unit, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartLine> Lines, IReadOnlyList<ChartLegendEntry>? Legend = null);

/// <summary>One bar: its label, its value (exact decimal, drawn to scale) and its colour tone.</summary>
internal sealed record ChartBar(string Label, decimal Value, string ValueText, Tone Tone);

/// <summary>A vertical reference line at a value (e.g. the 3-month band edge), with its label.</summary>
internal sealed record ChartLine(decimal Value, string Label);

/// <summary>A legend entry: what bars of a tone mean ("Over 超预算").</summary>
internal sealed record ChartLegendEntry(Tone Tone, string Label);
