namespace FundMath.Cli.Output;

/// <summary>The language of the human-readable text (--lang): headers, titles, outcomes, findings.</summary>
internal enum Language
{
    /// <summary>English (the default).</summary>
    English,

    /// <summary>Simplified Chinese (中文), for analysts: Chinese headers, outcomes and finding labels.</summary>
    Chinese,
}
