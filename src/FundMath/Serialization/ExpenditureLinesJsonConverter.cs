using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ExpenditureLines"/>: one member per line by its code ("premiums": 2910000000.00, …), every line required, then the derived total and benefits.</summary>
internal sealed class ExpenditureLinesJsonConverter : ResultJsonConverter<ExpenditureLines>
{
    protected override ExpenditureLines Read(ResultMembers members)
    {
        var amounts = new Money[ExpenditureLine.Count];
        for (int i = 0; i < amounts.Length; i++)
        {
            amounts[i] = members.Required<Money>(ExpenditureLine.FromIndex(i).Code);
        }

        ExpenditureLines lines = ExpenditureLines.FromSpan(amounts);
        members.Derived("total", lines.Total);
        members.Derived("benefits", lines.Benefits);
        return lines;
    }

    protected override void Write(ResultWriter writer, ExpenditureLines value)
    {
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            ExpenditureLine line = ExpenditureLine.FromIndex(i);
            writer.Member(line.Code, value[line]);
        }

        writer.Member("total", value.Total).Member("benefits", value.Benefits);
    }
}
