namespace FundMath.Drg;

/// <summary>An institution's position at the year-end settlement — 结余或超支.</summary>
public enum DrgSettlementKind
{
    /// <summary>The point payment equals the reference amount: nothing to retain or share.</summary>
    Balanced,

    /// <summary>结余: the point payment exceeds the reference amount; part of the surplus may be retained (结余留用).</summary>
    Surplus,

    /// <summary>超支: the reference amount exceeds the point payment; part of the overrun may be shared (合理超支分担).</summary>
    Overrun,
}
