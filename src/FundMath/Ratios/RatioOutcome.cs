namespace FundMath.Ratios;

/// <summary>Whether a ratio can be stated.</summary>
public enum RatioOutcome
{
    /// <summary>The denominator is non-zero: the ratio is stated.</summary>
    Meaningful,

    /// <summary>The denominator is zero: no ratio can be stated.</summary>
    NotMeaningful,
}
