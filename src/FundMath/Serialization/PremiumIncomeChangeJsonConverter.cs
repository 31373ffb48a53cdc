using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="PremiumIncomeChange"/>: previous, current, the three effects and the method, read through <see cref="PremiumIncomeChange.Of"/> (the effects must add up to the change to the fen); change derived.</summary>
internal sealed class PremiumIncomeChangeJsonConverter : ResultJsonConverter<PremiumIncomeChange>
{
    protected override PremiumIncomeChange Read(ResultMembers members)
    {
        Money previous = members.Required<Money>("previous");
        Money current = members.Required<Money>("current");
        Money headcount = members.Required<Money>("headcountEffect");
        Money @base = members.Required<Money>("baseEffect");
        Money rate = members.Required<Money>("rateEffect");
        DecompositionMethod method = members.Required<DecompositionMethod>("method");
        PremiumIncomeChange change = members.Create(() => PremiumIncomeChange.Of(previous, current, headcount, @base, rate, method));
        members.Derived("change", change.Change);
        return change;
    }

    protected override void Write(ResultWriter writer, PremiumIncomeChange value)
    {
        writer.Member("previous", value.Previous).Member("current", value.Current).Member("headcountEffect", value.HeadcountEffect).Member("baseEffect", value.BaseEffect)
            .Member("rateEffect", value.RateEffect).Member("method", value.Method).Member("change", value.Change);
    }
}
