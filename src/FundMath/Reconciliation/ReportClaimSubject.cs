namespace FundMath.Reconciliation;

/// <summary>Which printed figures an "all below / all above" claim is about — 表述对象.</summary>
public enum ReportClaimSubject
{
    /// <summary>Every 执行率 of the budget tables (the table's rate and the text's).</summary>
    ExecutionRates,

    /// <summary>Every printed months-of-cover figure of the fund's region rows (可支付月数).</summary>
    Months,

    /// <summary>Every printed book months-of-cover figure of the fund's region rows (账面可支付月数).</summary>
    BookMonths,
}
