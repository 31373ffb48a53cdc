using System.Globalization;
using System.Linq;
using FundMath.Cli.Views;
using FundMath.Reconciliation;

namespace FundMath.Cli.Reconciliation;

/// <summary>The reconciliation findings of a published report as a view section (analyze and check-report).</summary>
internal static class FindingsView
{
    public static ReconciliationResult Add(ReportView view, ReconciliationResult result)
    {
        Section section = view.AddSection("findings", "报告核对 Reconciliation findings");
        ViewTable table = section.AddTable(
            "findings",
            "Printed figures that disagree beyond what printing precision explains (error) or only under a rounding the report does not use elsewhere (note)",
            new Column("severity", "Severity", CellKind.Severity),
            new Column("check", "Check", CellKind.Text),
            new Column("kind", "Kind", CellKind.Text),
            new Column("printed", "Printed", CellKind.Text),
            new Column("expected", "Recomputed", CellKind.Text),
            new Column("location", "Where", CellKind.Text, Detail: true),
            new Column("sentence", "Finding", CellKind.Text, Detail: true));
        foreach (Finding finding in result.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Check))
        {
            table.AddRow(
                Cell.Severity(finding.Severity.ToString(), finding.Severity == FindingSeverity.Error ? Tone.Bad : Tone.Warning),
                Cell.Of(finding.Check.ToString()),
                Cell.Of(finding.Kind.ToString()),
                Cell.Of(finding.Printed.Text),
                Cell.Of(finding.Expected is { } expected ? expected.Format(finding.Printed.Unit, Decimals(finding.Printed)) : string.Empty),
                Cell.Of(finding.Printed.Location.ToString()),
                Cell.Of(finding.Sentence));
            view.Chinese[finding.Sentence] = FindingSentences.Chinese(finding);
            view.Explanations.Add(finding.Explain());
        }

        section.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{result.ChecksRun} checks run: {result.ErrorCount} error(s), {result.NoteCount} note(s)."));
        string uncheckable = string.Create(CultureInfo.InvariantCulture, $"{result.Unchecked.Count} printed figure(s) not checkable.");
        section.Notes.Add(uncheckable);
        view.Chinese[uncheckable] = string.Create(CultureInfo.InvariantCulture, $"有 {result.Unchecked.Count} 个印刷数字无法核对。");
        foreach (UncheckedFigure figure in result.Unchecked)
        {
            string where = $"{figure.Figure.Location}{(figure.Figure.Location.Source is { } source ? ", " + source : string.Empty)}";
            string note = $"Not checked: {figure.Figure.Text} ({where}): {figure.Reason}.";
            section.Notes.Add(note);
            view.Chinese[note] = $"未核对：{figure.Figure.Text}（{where}）：{UncheckedReasons.Chinese(figure)}。";
        }
        return result;
    }

    private static int Decimals(PrintedFigure figure) => figure.Unit == FigureUnit.Percent ? 2 : System.Math.Max(2, (int)figure.Precision.Scale);
}
