using System.Collections.Generic;
using System.Linq;
using FundMath.Explain;

namespace FundMath.Reconciliation;

/// <summary>How serious a finding is — 问题等级.</summary>
public enum FindingSeverity
{
    /// <summary>
    /// 提示: explained only by a rounding the report does not use elsewhere (truncation, mixed roundings), or the
    /// same figure printed twice with two values that arithmetic cannot choose between.
    /// </summary>
    Note,

    /// <summary>错误: rounding to the printed precision cannot explain the difference.</summary>
    Error,
}

/// <summary>What a finding says — 问题类型.</summary>
public enum FindingKind
{
    /// <summary>The printed figure disagrees with the figure recomputed from the others.</summary>
    Mismatch,

    /// <summary>The printed figure agrees only if it was rounded down (or up) rather than to nearest.</summary>
    DirectedRounding,

    /// <summary>The report rounds the same kind of figure (months of cover) in different ways.</summary>
    MixedRounding,

    /// <summary>The same figure is printed twice with two values, each explainable; arithmetic cannot tell which is wrong.</summary>
    DoublePrinting,

    /// <summary>The same per-person parameter is printed with two values (collection year vs coverage year?).</summary>
    ParameterPrintedTwice,
}

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

/// <summary>
/// One inconsistency found in a published report — 勾稽问题: severity, the printed figure, the interval the
/// other printed figures allow, every figure involved (with its location) and a sentence.
/// </summary>
public sealed class Finding
{
    internal Finding(ReconciliationCheck check, FindingKind kind, FindingSeverity severity, PrintedFigure printed,
        FigureInterval? expected, string formula, IReadOnlyList<PrintedFigure> figures, string sentence)
    {
        Check = check;
        Kind = kind;
        Severity = severity;
        Printed = printed;
        Expected = expected;
        Formula = formula;
        Figures = figures;
        Sentence = sentence;
    }

    /// <summary>The relation that failed.</summary>
    public ReconciliationCheck Check { get; }

    /// <summary>What the finding says.</summary>
    public FindingKind Kind { get; }

    /// <summary>Error or note.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The printed figure the finding is about.</summary>
    public PrintedFigure Printed { get; }

    /// <summary>The interval (base unit) the other printed figures allow for it, or null when there is none (a figure printed twice).</summary>
    public FigureInterval? Expected { get; }

    /// <summary>The relation, e.g. "当期结余 = 收入 − 支出".</summary>
    public string Formula { get; }

    /// <summary>Every figure involved, the printed one first.</summary>
    public IReadOnlyList<PrintedFigure> Figures { get; }

    /// <summary>One sentence a report author can act on.</summary>
    public string Sentence { get; }

    /// <summary>True when <paramref name="location"/> is the location of one of the figures involved.</summary>
    public bool Involves(FigureLocation location) => Figures.Any(f => f.Location == location);

    /// <summary>The interval derivation as an explanation tree: each input with its printed precision and interval.</summary>
    public Explanation Explain()
    {
        var inputs = new List<Explanation>();
        foreach (PrintedFigure figure in Figures)
        {
            inputs.Add(new Explanation(figure.Location.ToString(), figure.Text, ExplanationKind.Input)
            {
                Note = $"printed to {figure.Precision}{FigureUnits.Symbol(figure.Unit)}, {figure.Rounding}: true value in {figure.Interval.Format(figure.Unit, Decimals(figure) + 3)}",
            });
        }

        return new Explanation($"{Severity} {Kind}: {Printed.Location}", Printed.Text)
        {
            Formula = Formula,
            Rounding = "interval arithmetic: nearest x ± p/2, floor [x, x + p], ceiling [x − p, x], 约 x ± p; outward bounds",
            Sentence = Sentence,
            Note = Expected is { } e ? $"recomputed from the other printed figures: {e.Format(Printed.Unit, Decimals(Printed) + 2)}" : null,
            Inputs = inputs,
        };
    }

    /// <summary>Returns "Error: sentence".</summary>
    public override string ToString() => $"{Severity}: {Sentence}";

    internal static int Decimals(PrintedFigure figure) => figure.Precision.Scale;
}

/// <summary>
/// The outcome of checking a report — 勾稽结果: the findings, how many relations were checked, and counts by
/// severity. A consistent report has no findings.
/// </summary>
/// <param name="Findings">The findings, in report order.</param>
/// <param name="ChecksRun">How many relations were evaluated.</param>
public sealed record ReconciliationResult(IReadOnlyList<Finding> Findings, int ChecksRun)
{
    /// <summary>Number of errors.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>Number of notes.</summary>
    public int NoteCount => Findings.Count(f => f.Severity == FindingSeverity.Note);

    /// <summary>True when nothing was found.</summary>
    public bool IsConsistent => Findings.Count == 0;
}
