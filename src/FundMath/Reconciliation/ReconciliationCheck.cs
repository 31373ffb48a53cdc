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

    /// <summary>月平均支出 = 年度支出 / 12.</summary>
    MonthlyExpenditure,

    /// <summary>同比增长率 = (本期 − 上期) / 上期, and 增减额 = 本期 − 上期.</summary>
    Growth,

    /// <summary>The same figure printed twice agrees.</summary>
    Repeated,

    /// <summary>A printed quotient = numerator / denominator.</summary>
    Quotient,

    /// <summary>A printed product = left × right.</summary>
    Product,
}
