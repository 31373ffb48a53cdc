namespace FundMath.Pooling;

/// <summary>What the year-start check of the collected fund's payment capacity found — 年初支付能力判定.</summary>
public enum TopUpOutcome
{
    /// <summary>The top-up rule is not in force in the year (it applies "2023年起").</summary>
    NotInForce,

    /// <summary>The city had no previous-year expenditure, so no payment capacity in months is defined.</summary>
    NoExpenditure,

    /// <summary>The collected fund already covers the threshold months: nothing is raised.</summary>
    Sufficient,

    /// <summary>The collected fund is below the threshold: the shortfall is raised from the counties by headcount.</summary>
    Raised,
}
