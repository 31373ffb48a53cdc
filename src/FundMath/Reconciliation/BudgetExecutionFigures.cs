using System;

namespace FundMath.Reconciliation;

/// <summary>
/// One budget-execution line — 预算执行情况: budget, executed amount and printed 执行率, plus the same rate when it
/// is printed again in the running text. Formula checked: 执行率 = 执行数 / 预算数.
/// </summary>
/// <param name="Fund">The fund ("职工医保").</param>
/// <param name="Line">The line ("本年收入", "保险费收入", "本年支出", "保险待遇支出").</param>
/// <param name="Budget">预算数.</param>
/// <param name="Executed">执行数.</param>
/// <param name="Rate">执行率 as printed in the table.</param>
public sealed record BudgetExecutionFigures(string Fund, string Line, PrintedFigure Budget, PrintedFigure Executed, PrintedFigure Rate)
{
    /// <summary>The fund ("职工医保").</summary>
    public string Fund { get; init => field = value ?? throw new ArgumentNullException(nameof(Fund)); } = Fund ?? throw new ArgumentNullException(nameof(Fund));

    /// <summary>The line ("本年收入", "保险费收入", "本年支出", "保险待遇支出").</summary>
    public string Line { get; init => field = value ?? throw new ArgumentNullException(nameof(Line)); } = Line ?? throw new ArgumentNullException(nameof(Line));

    /// <summary>预算数.</summary>
    public PrintedFigure Budget { get; init => field = value ?? throw new ArgumentNullException(nameof(Budget)); } = Budget ?? throw new ArgumentNullException(nameof(Budget));

    /// <summary>执行数.</summary>
    public PrintedFigure Executed { get; init => field = value ?? throw new ArgumentNullException(nameof(Executed)); } = Executed ?? throw new ArgumentNullException(nameof(Executed));

    /// <summary>执行率 as printed in the table.</summary>
    public PrintedFigure Rate { get; init => field = value ?? throw new ArgumentNullException(nameof(Rate)); } = Rate ?? throw new ArgumentNullException(nameof(Rate));

    /// <summary>The same 执行率 as printed in the running text, or null.</summary>
    public PrintedFigure? TextRate { get; init; }
}
