namespace FundMath.Cli.Views;

/// <summary>One bar: its label, its value (exact decimal, drawn to scale) and its colour tone.</summary>
internal sealed record ChartBar(string Label, decimal Value, string ValueText, Tone Tone);
