namespace FundMath.Cli.Views;

/// <summary>A vertical reference line at a value (e.g. the 3-month band edge), with its label.</summary>
internal sealed record ChartLine(decimal Value, string Label);
