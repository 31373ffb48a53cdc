namespace FundMath.Reconciliation;

/// <summary>How serious a finding is — 问题等级.</summary>
public enum FindingSeverity
{
    /// <summary>
    /// 提示: explained only by a rounding the report does not use elsewhere (truncation, mixed roundings), or the
    /// same figure printed twice with two values that arithmetic cannot choose between.
    /// </summary>
    Note,

    /// <summary>错误: rounding to the printed precision cannot explain the difference.</summary>
    Error,
}
