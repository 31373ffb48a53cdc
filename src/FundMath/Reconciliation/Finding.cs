using System.Collections.Generic;
using System.Linq;
using FundMath.Explain;

namespace FundMath.Reconciliation;

/// <summary>
/// One inconsistency found in a published report — 勾稽问题: severity, the printed figure, the interval the
/// other printed figures allow, every figure involved (with its location) and a sentence.
/// </summary>
public sealed class Finding
{
    internal Finding(ReconciliationCheck check, FindingKind kind, FindingSeverity severity, PrintedFigure printed,
        FigureInterval? expected, string formula, IReadOnlyList<PrintedFigure> figures, string sentence, FindingMessage message, IReadOnlyList<string> arguments)
    {
        Message = message;
        Arguments = arguments;
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

    /// <summary>Which sentence this is, so a caller can say it in another language with <see cref="Arguments"/>.</summary>
    public FindingMessage Message { get; }

    /// <summary>The sentence's arguments (invariant texts, in the order <see cref="FindingMessage"/> lists for <see cref="Message"/>).</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>One sentence a report author can act on (English; <see cref="Message"/> and <see cref="Arguments"/> say the same).</summary>
    public string Sentence { get; }

    /// <summary>True when <paramref name="location"/> is the location of one of the figures involved.</summary>
    public bool Involves(FigureLocation location)
    {
        Preconditions.CheckNotNull(location, nameof(location));
        return Figures.Any(f => f.Location == location);
    }

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
