namespace FundMath.Cli.Views;

/// <summary>How a terminal colours a cell.</summary>
internal enum Tone
{
    None,
    Good,
    Warning,
    Bad,
    Info,
}
