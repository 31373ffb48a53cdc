namespace FundMath.Reconciliation;

/// <summary>What a finding says — 问题类型.</summary>
public enum FindingKind
{
    /// <summary>The printed figure disagrees with the figure recomputed from the others.</summary>
    Mismatch,

    /// <summary>The printed figure agrees only if it was rounded down (or up) rather than to nearest.</summary>
    DirectedRounding,

    /// <summary>The report rounds the same kind of figure (months of cover) in different ways.</summary>
    MixedRounding,

    /// <summary>The same figure is printed twice with two values, each explainable; arithmetic cannot tell which is wrong.</summary>
    DoublePrinting,

    /// <summary>The same per-person parameter is printed with two values (collection year vs coverage year?).</summary>
    ParameterPrintedTwice,
}
