namespace FundMath.Contributions;

/// <summary>Whether the individual contribution reaches its minimum share of per-capita funding. 个人缴费占比是否达标.</summary>
public enum IndividualShareOutcome
{
    /// <summary>individual ≥ minimum share × funding.</summary>
    Meets = 0,

    /// <summary>individual &lt; minimum share × funding.</summary>
    Below = 1,

    /// <summary>Per-capita funding is zero; the share is not meaningful.</summary>
    NoFunding = 2,
}
