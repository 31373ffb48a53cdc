using FundMath.Reconciliation;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Finding"/>: check, kind, severity, printed, expected (null when nothing was recomputed), formula, figures, sentence, and the message with its arguments (to say the sentence in another language) — every member required.</summary>
internal sealed class FindingJsonConverter : ResultJsonConverter<Finding>
{
    protected override Finding Read(ResultMembers members)
    {
        ReconciliationCheck check = members.Required<ReconciliationCheck>("check");
        FindingKind kind = members.Required<FindingKind>("kind");
        FindingSeverity severity = members.Required<FindingSeverity>("severity");
        PrintedFigure printed = members.Required<PrintedFigure>("printed");
        FigureInterval? expected = members.RequiredOrNull<FigureInterval?>("expected");
        string formula = members.Required<string>("formula");
        PrintedFigure[] figures = members.Required<PrintedFigure[]>("figures");
        string sentence = members.Required<string>("sentence");
        FindingMessage message = members.Required<FindingMessage>("message");
        string[] arguments = members.Required<string[]>("arguments");
        return new Finding(check, kind, severity, printed, expected, formula, figures, sentence, message, arguments);
    }

    protected override void Write(ResultWriter writer, Finding value)
    {
        writer.Member("check", value.Check).Member("kind", value.Kind).Member("severity", value.Severity).Member("printed", value.Printed)
            .Member("expected", value.Expected).Member("formula", value.Formula).Member("figures", value.Figures).Member("sentence", value.Sentence)
            .Member("message", value.Message).Member("arguments", value.Arguments);
    }
}
