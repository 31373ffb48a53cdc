namespace FundMath.Cli.Views;

/// <summary>A legend entry of a bar chart: what bars of a tone mean ("Over", "&lt; 3 months").</summary>
internal sealed record ChartLegendEntry(Tone Tone, string Label);
