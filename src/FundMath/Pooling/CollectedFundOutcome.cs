namespace FundMath.Pooling;

/// <summary>How the collected fund (归集基金) met the deficit shares due from it in a settlement year.</summary>
public enum CollectedFundOutcome
{
    /// <summary>No county had a deficit share due from the collected fund.</summary>
    NothingDue,

    /// <summary>The collected fund paid every share due in full.</summary>
    PaidInFull,

    /// <summary>
    /// 归集基金不足支付: the fund could not pay every share; it paid out all it had, pro rata to the shares due, and the
    /// unpaid parts fell to the city and county treasuries (20% / 80%).
    /// </summary>
    PaidProRata,
}
