namespace FundMath.Contributions;

/// <summary>How a year-on-year change is attributed to its factors. 增减因素分析方法.</summary>
public enum DecompositionMethod
{
    /// <summary>
    /// Symmetric (Shapley) attribution: each factor's effect is its average marginal effect over the 6 orders of
    /// change. No factor is favoured by its position.
    /// </summary>
    Shapley = 0,

    /// <summary>
    /// Sequential (chain substitution, 连环替代法) in the order headcount → base → rate: headcount at the old base and
    /// rate, base at the new headcount and old rate, rate at the new headcount and base.
    /// </summary>
    Sequential = 1,
}
