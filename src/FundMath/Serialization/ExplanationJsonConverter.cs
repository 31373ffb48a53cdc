using System.Linq;
using System.Text.Json;
using FundMath.Citations;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="Explanation"/>: name, value, kind, formula, rounding, citation, effectiveFrom, sentence and
/// note (each required, null for none) and inputs, an array of explanations read the same way; read through the
/// constructor (the name must say what the figure is).
/// </summary>
internal sealed class ExplanationJsonConverter : ResultJsonConverter<Explanation>
{
    protected override Explanation Read(ResultMembers members)
    {
        string name = members.Required<string>("name");
        string value = members.Required<string>("value");
        ExplanationKind kind = members.Required<ExplanationKind>("kind");
        string? formula = members.RequiredOrNull<string>("formula");
        string? rounding = members.RequiredOrNull<string>("rounding");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        LocalDate? effectiveFrom = members.RequiredOrNull<LocalDate?>("effectiveFrom");
        string? sentence = members.RequiredOrNull<string>("sentence");
        string? note = members.RequiredOrNull<string>("note");
        Explanation[] inputs = members.Required<Explanation[]>("inputs");
        if (System.Array.FindIndex(inputs, static x => x is null) is int i and >= 0)
        {
            throw new JsonException($"{members.Path}.inputs[{i}] is null; an input is an explanation.");
        }

        return members.Create(() => new Explanation(name, value, kind)
        {
            Formula = formula,
            Rounding = rounding,
            Citation = citation,
            EffectiveFrom = effectiveFrom,
            Sentence = sentence,
            Note = note,
            Inputs = inputs,
        });
    }

    protected override void Write(ResultWriter writer, Explanation value) =>
        writer.Member("name", value.Name).Member("value", value.Value).Member("kind", value.Kind).Member("formula", value.Formula)
            .Member("rounding", value.Rounding).Member("citation", value.Citation).Member("effectiveFrom", value.EffectiveFrom)
            .Member("sentence", value.Sentence).Member("note", value.Note).Member("inputs", value.Inputs.ToArray());
}
