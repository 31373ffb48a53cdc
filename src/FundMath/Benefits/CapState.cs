namespace FundMath.Benefits;

/// <summary>
/// Where a layer's annual cap (最高支付限额 / 封顶线) stood for one claim — 封顶状态.
/// </summary>
public enum CapState : byte
{
    /// <summary>The layer paid what its rules give; the cap did not bind.</summary>
    BelowCap = 0,

    /// <summary>This claim reached the cap: the layer paid only the remaining room.</summary>
    ReachedOnThisClaim = 1,

    /// <summary>The cap was already used up by earlier claims of the year: the layer paid nothing it would otherwise pay.</summary>
    ExhaustedBefore = 2,

    /// <summary>The layer has no cap for this person (e.g. 取消封顶线 for 特困人员).</summary>
    Uncapped = 3,
}
