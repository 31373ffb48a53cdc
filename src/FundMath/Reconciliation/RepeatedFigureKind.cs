namespace FundMath.Reconciliation;

/// <summary>What a repeated figure is, which decides how a disagreement is explained — 重复数字类别.</summary>
public enum RepeatedFigureKind
{
    /// <summary>The same quantity printed in two places (a table and the text).</summary>
    SameFigure,

    /// <summary>
    /// A per-person contribution standard (个人缴费标准): a disagreement may be the collection year vs the coverage
    /// year (the standard set in year N is collected in year N for coverage year N + 1).
    /// </summary>
    ContributionStandard,
}
