using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="FundStatementChange"/>: the current and previous statements (the growth of each line is derived from them, not written).</summary>
internal sealed class FundStatementChangeJsonConverter : ResultJsonConverter<FundStatementChange>
{
    protected override FundStatementChange Read(ResultMembers members)
    {
        FundStatement current = members.Required<FundStatement>("current");
        FundStatement previous = members.Required<FundStatement>("previous");
        return new FundStatementChange(current, previous);
    }

    protected override void Write(ResultWriter writer, FundStatementChange value) =>
        writer.Member("current", value.Current).Member("previous", value.Previous);
}
