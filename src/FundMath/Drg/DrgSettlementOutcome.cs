namespace FundMath.Drg;

/// <summary>Whether the year-end settlement could pay every overrun share it granted — 超支分担资金是否足额.</summary>
public enum DrgSettlementOutcome
{
    /// <summary>The reserve plus the clawed-back surplus covered every share; what is left stays unspent.</summary>
    AllShared,

    /// <summary>
    /// The shares asked for more than the reserve plus the clawed-back surplus: that pool was apportioned over the
    /// overrun institutions in proportion to their shares (largest remainder), and nothing is left unspent.
    /// </summary>
    SharingScaled,
}
