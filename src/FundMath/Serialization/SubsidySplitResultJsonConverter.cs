using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="SubsidySplitResult"/>: total and central, read through <see cref="SubsidySplitResult.Of"/> (0 ≤ central ≤ total); local derived.</summary>
internal sealed class SubsidySplitResultJsonConverter : ResultJsonConverter<SubsidySplitResult>
{
    protected override SubsidySplitResult Read(ResultMembers members)
    {
        Money total = members.Required<Money>("total");
        Money central = members.Required<Money>("central");
        SubsidySplitResult split = members.Create(() => SubsidySplitResult.Of(total, central));
        members.Derived("local", split.Local);
        return split;
    }

    protected override void Write(ResultWriter writer, SubsidySplitResult value)
    {
        writer.Member("total", value.Total).Member("central", value.Central).Member("local", value.Local);
    }
}
