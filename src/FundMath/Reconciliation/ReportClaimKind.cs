namespace FundMath.Reconciliation;

/// <summary>What a claim in a report's text asserts — 文字表述类型.</summary>
public enum ReportClaimKind
{
    /// <summary>
    /// "有N个统筹区可支付月数低于3个月" / "没有…": how many regions of a fund's region table have months of cover in a
    /// band (below a bound, between two bounds inclusive, or above a bound), counted on the printed months.
    /// </summary>
    BandCount,

    /// <summary>"各项执行率均低于25%" / "均在9个月以上": every figure of a kind is below (or above) a limit.</summary>
    AllBelow,

    /// <summary>Every figure of a kind is above a limit.</summary>
    AllAbove,

    /// <summary>"本报告期为2021年一季度": the period the text states, checked against the report's period and every table's.</summary>
    Period,
}
