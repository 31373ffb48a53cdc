namespace FundMath.Funds;

/// <summary>Whether the roll-forward identity holds.</summary>
public enum RollForwardOutcome
{
    /// <summary>期初 + 收入 − 支出 = 期末 exactly.</summary>
    Holds,

    /// <summary>The reported closing balance differs from 期初 + 收入 − 支出 by <see cref="RollForward.Difference"/>.</summary>
    Broken,
}
