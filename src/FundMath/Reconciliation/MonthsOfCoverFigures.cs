using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A months-of-cover calculation as printed — 累计结余可支付月数: balance, each deduction, the actual balance, the
/// monthly expenditure and the printed months. Formula checked: 实际结余 = 期末累计结余 − Σ 扣除项;
/// 月平均支出 = 本期支出 / 本期月数 (年度支出 / 12); 可支付月数 = 结余 / 月平均支出 under the rounding the report
/// appears to use. When the monthly figure is not printed it is derived from the period's expenditure.
/// </summary>
/// <param name="Fund">The fund ("职工医保统筹基金").</param>
/// <param name="Balance">期末累计结余.</param>
/// <param name="MonthlyExpenditure">月平均基金支出 as printed, or null when the report prints only the period's expenditure.</param>
public sealed record MonthsOfCoverFigures(string Fund, PrintedFigure Balance, PrintedFigure? MonthlyExpenditure)
{
    /// <summary>The fund ("职工医保统筹基金").</summary>
    public string Fund { get; init => field = value ?? throw new ArgumentNullException(nameof(Fund)); } = Fund ?? throw new ArgumentNullException(nameof(Fund));

    /// <summary>期末累计结余.</summary>
    public PrintedFigure Balance { get; init => field = value ?? throw new ArgumentNullException(nameof(Balance)); } = Balance ?? throw new ArgumentNullException(nameof(Balance));

    /// <summary>The region the figures are for ("全市"), or null when the report does not say.</summary>
    public string? Region { get; init; }

    /// <summary>The year's expenditure the monthly figure is derived from (monthly = annual / 12), or null.</summary>
    public PrintedFigure? AnnualExpenditure { get; init; }

    /// <summary>
    /// The reporting period's expenditure (本期支出: a quarter's for a Q1 report), or null. Monthly = it / the
    /// period's months (<see cref="ReportDocument.Period"/>).
    /// </summary>
    public PrintedFigure? Expenditure { get; init; }

    /// <summary>Months of cover on the book balance ("可支撑约18个月"), or null.</summary>
    public PrintedFigure? BookMonths { get; init; }

    /// <summary>Each deduction (一次性预缴款, 应付未付款 …).</summary>
    public IReadOnlyList<PrintedFigure> Deductions { get; init => field = value ?? throw new ArgumentNullException(nameof(Deductions)); } = [];

    /// <summary>The printed total of the deductions ("合计4.99亿元"), or null.</summary>
    public PrintedFigure? DeductionsTotal { get; init; }

    /// <summary>实际结余 (balance net of deductions), or null.</summary>
    public PrintedFigure? ActualBalance { get; init; }

    /// <summary>Months of cover on the actual balance ("可支撑月数约15个月"), or null.</summary>
    public PrintedFigure? ActualMonths { get; init; }
}
