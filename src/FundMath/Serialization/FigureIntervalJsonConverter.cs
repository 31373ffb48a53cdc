using FundMath.Reconciliation;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="FigureInterval"/>: <c>{"low":"1451/100","high":"1453/100"}</c> (exact fractions), read through <see cref="FigureInterval.Create"/> (low ≤ high).</summary>
internal sealed class FigureIntervalJsonConverter : ResultJsonConverter<FigureInterval>
{
    protected override FigureInterval Read(ResultMembers members)
    {
        Fraction low = members.Required<Fraction>("low");
        Fraction high = members.Required<Fraction>("high");
        return members.Create(() => FigureInterval.Create(low, high));
    }

    protected override void Write(ResultWriter writer, FigureInterval value)
    {
        writer.Member("low", value.Low).Member("high", value.High);
    }
}
