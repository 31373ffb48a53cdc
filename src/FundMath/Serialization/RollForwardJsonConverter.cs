using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="RollForward"/>: opening, income, expenditure and reportedClosing, read through <see cref="RollForward.Of"/>; expectedClosing, difference and outcome derived.</summary>
internal sealed class RollForwardJsonConverter : ResultJsonConverter<RollForward>
{
    protected override RollForward Read(ResultMembers members)
    {
        Money opening = members.Required<Money>("opening");
        Money income = members.Required<Money>("income");
        Money expenditure = members.Required<Money>("expenditure");
        Money reported = members.Required<Money>("reportedClosing");
        RollForward roll = members.Create(() => RollForward.Of(opening, income, expenditure, reported));
        members.Derived("expectedClosing", roll.ExpectedClosing);
        members.Derived("difference", roll.Difference);
        members.Derived("outcome", roll.Outcome);
        return roll;
    }

    protected override void Write(ResultWriter writer, RollForward value)
    {
        writer.Member("opening", value.Opening).Member("income", value.Income).Member("expenditure", value.Expenditure).Member("reportedClosing", value.ReportedClosing)
            .Member("expectedClosing", value.ExpectedClosing).Member("difference", value.Difference).Member("outcome", value.Outcome);
    }
}
