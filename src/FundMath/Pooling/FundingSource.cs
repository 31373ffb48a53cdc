namespace FundMath.Pooling;

/// <summary>Where a county found an amount it owed (a transfer, a top-up, its part of a deficit) — 资金来源.</summary>
public enum FundingSource
{
    /// <summary>Nothing was due.</summary>
    NothingDue,

    /// <summary>All of it from the county's accumulated balance (累计结余).</summary>
    Balance,

    /// <summary>Part from the balance, the rest a special appropriation of the county treasury (当地财政安排专项资金补足).</summary>
    BalanceAndAppropriation,

    /// <summary>All of it a special appropriation: the county had no usable balance.</summary>
    Appropriation,
}
