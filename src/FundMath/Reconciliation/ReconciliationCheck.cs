namespace FundMath.Reconciliation;

/// <summary>Which relation a check tests — 校验规则.</summary>
public enum ReconciliationCheck
{
    /// <summary>合计 = Σ 分项.</summary>
    Total,

    /// <summary>当期结余 = 收入 − 支出.</summary>
    Surplus,

    /// <summary>实际结余 = 期末累计结余 − Σ 扣除项.</summary>
    ActualBalance,

    /// <summary>占比 = 分项 / 合计.</summary>
    Share,

    /// <summary>执行率 = 执行数 / 预算数.</summary>
    ExecutionRate,

    /// <summary>可支付月数 = 结余 / 月平均支出.</summary>
    MonthsOfCover,

    /// <summary>月平均支出 = 本期支出 / 本期月数 (年度支出 / 12).</summary>
    MonthlyExpenditure,

    /// <summary>同比增长率 = (本期 − 上期) / 上期, and 增减额 = 本期 − 上期.</summary>
    Growth,

    /// <summary>The same figure printed twice agrees.</summary>
    Repeated,

    /// <summary>A printed quotient = numerator / denominator.</summary>
    Quotient,

    /// <summary>A printed product = left × right.</summary>
    Product,

    /// <summary>应付未付款小计 = Σ 各类应付未付款 (a region row).</summary>
    Payables,

    /// <summary>A claim of the text (band count, all below / above a limit) against the tables.</summary>
    Claim,

    /// <summary>The report's period against a table's stated period or the text's.</summary>
    Period,
}
