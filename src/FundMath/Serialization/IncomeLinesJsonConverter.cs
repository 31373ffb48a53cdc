using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="IncomeLines"/>: one member per line by its code ("premiums": 2910000000.00, …), every line required, then the derived total.</summary>
internal sealed class IncomeLinesJsonConverter : ResultJsonConverter<IncomeLines>
{
    protected override IncomeLines Read(ResultMembers members)
    {
        var amounts = new Money[IncomeLine.Count];
        for (int i = 0; i < amounts.Length; i++)
        {
            amounts[i] = members.Required<Money>(IncomeLine.FromIndex(i).Code);
        }

        IncomeLines lines = IncomeLines.FromSpan(amounts);
        members.Derived("total", lines.Total);
        return lines;
    }

    protected override void Write(ResultWriter writer, IncomeLines value)
    {
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            IncomeLine line = IncomeLine.FromIndex(i);
            writer.Member(line.Code, value[line]);
        }

        writer.Member("total", value.Total);
    }
}
