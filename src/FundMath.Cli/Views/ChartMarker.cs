namespace FundMath.Cli.Views;

/// <summary>A vertical marker at a year, with its label and tone (Warning: deficit, Bad: exhaustion).</summary>
internal sealed record ChartMarker(int Year, string Label, Tone Tone);
