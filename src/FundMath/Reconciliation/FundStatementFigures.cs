using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// The printed figures of one fund in a fund statement — 基金收支余情况. Formula checked:
/// 当期结余 = 收入 − 支出; Σ components' 当期结余 = 当期结余; Σ components' 累计结余 = 累计结余.
/// </summary>
/// <param name="Fund">The fund's name as printed ("职工医保", "居民医保", "大病医疗").</param>
public sealed record FundStatementFigures(string Fund)
{
    /// <summary>The fund's name as printed ("职工医保", "居民医保", "大病医疗").</summary>
    public string Fund { get; init => field = value ?? throw new ArgumentNullException(nameof(Fund)); } = Fund ?? throw new ArgumentNullException(nameof(Fund));

    /// <summary>本年收入 (current income), or null when not printed.</summary>
    public PrintedFigure? Income { get; init; }

    /// <summary>收入同比增幅 (income growth), or null.</summary>
    public PrintedFigure? IncomeGrowth { get; init; }

    /// <summary>上年同期收入 (the same period's income a year earlier), or null; with it <see cref="IncomeGrowth"/> is checked.</summary>
    public PrintedFigure? PreviousIncome { get; init; }

    /// <summary>上年同期支出 (the same period's expenditure a year earlier), or null; with it <see cref="ExpenditureGrowth"/> is checked.</summary>
    public PrintedFigure? PreviousExpenditure { get; init; }

    /// <summary>本年支出 (current expenditure), or null.</summary>
    public PrintedFigure? Expenditure { get; init; }

    /// <summary>支出同比增幅 (expenditure growth), or null.</summary>
    public PrintedFigure? ExpenditureGrowth { get; init; }

    /// <summary>当期结余 (current surplus), or null.</summary>
    public PrintedFigure? CurrentSurplus { get; init; }

    /// <summary>期末累计结余 (accumulated balance), or null.</summary>
    public PrintedFigure? AccumulatedBalance { get; init; }

    /// <summary>The split into 统筹基金 (pooled fund) and 个人账户 (personal accounts), when printed.</summary>
    public IReadOnlyList<FundComponentFigures> Components { get; init => field = value ?? throw new ArgumentNullException(nameof(Components)); } = [];
}
