namespace FundMath.Reconciliation;

/// <summary>
/// What a column of a region table holds — 分布表列类型. Typed columns take part in the per-row identities:
/// 应付未付款小计 = Σ 各类应付未付款; 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款;
/// 月平均支出 = 本期支出 / 本期月数; 可支付月数 = 实际结余 / 月平均支出 (账面可支付月数 = 期末累计结余 / 月平均支出).
/// </summary>
public enum RegionColumnRole
{
    /// <summary>期末累计结余 — the book balance at the end of the period.</summary>
    Balance,

    /// <summary>一次性预缴款 / 预付款 — prepayments deducted from the balance.</summary>
    Prepayments,

    /// <summary>应付未付款 小计 — the payables subtotal (Σ of the kinds below).</summary>
    Payables,

    /// <summary>业务已结算财务未支付 — settled by the agency but not yet paid out.</summary>
    SettledUnpaid,

    /// <summary>业务未结算 — medical costs incurred but not yet settled.</summary>
    Unsettled,

    /// <summary>暂扣预留金 — amounts withheld from providers (reserve, 质量保证金).</summary>
    WithheldReserve,

    /// <summary>其他未付款 — other payables.</summary>
    OtherUnpaid,

    /// <summary>实际结余 — the balance net of prepayments and payables.</summary>
    ActualBalance,

    /// <summary>本期基金支出 — the period's expenditure (the monthly average is it divided by the period's months).</summary>
    Expenditure,

    /// <summary>月平均基金支出 — the average monthly expenditure.</summary>
    MonthlyExpenditure,

    /// <summary>可支付月数 — months of cover on the actual balance, as printed.</summary>
    Months,

    /// <summary>账面可支付月数 — months of cover on the book balance, as printed.</summary>
    BookMonths,

    /// <summary>Any other column (checked only by its total when summable).</summary>
    Other,
}
