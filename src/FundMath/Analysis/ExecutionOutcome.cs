namespace FundMath.Analysis;

/// <summary>The judgement of a budget execution rate against its tolerance band.</summary>
public enum ExecutionOutcome
{
    /// <summary>The rate lies within the band around expected progress (edges included).</summary>
    Within,

    /// <summary>The rate lies above the band (超预算).</summary>
    Over,

    /// <summary>The rate lies below the band (未达预算进度).</summary>
    Under,

    /// <summary>The budget is zero or negative: no rate is defined (无预算).</summary>
    NoBudget,
}
