namespace FundMath.Explain;

/// <summary>What a node of an <see cref="Explanation"/> is.</summary>
public enum ExplanationKind
{
    /// <summary>A computed figure (the result, or an intermediate result).</summary>
    Result,

    /// <summary>A figure supplied by the caller.</summary>
    Input,

    /// <summary>A policy parameter value, with its citation and effective date.</summary>
    Parameter,
}
