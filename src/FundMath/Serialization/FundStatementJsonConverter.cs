using System.Text.Json;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="FundStatement"/>: kind, region, period, opening, income, expenditure, closing and the
/// personal-account balances, read through <see cref="FundStatement.FromReported"/> (a closing that breaks the
/// roll-forward is kept as reported) and <see cref="FundStatement.WithPersonalAccounts"/>; the totals, current
/// surplus, expected closing and pooled-fund balance are derived and checked. The empty statement is
/// <c>{"empty":true}</c>.
/// </summary>
internal sealed class FundStatementJsonConverter : ResultJsonConverter<FundStatement>
{
    protected override FundStatement Read(ResultMembers members)
    {
        if (members.Has("empty"))
        {
            return members.Required<bool>("empty")
                ? FundStatement.Empty
                : throw new JsonException("FundStatement: \"empty\" is only written as true, for the empty statement.");
        }

        FundKind kind = members.Required<FundKind>("kind");
        string region = members.Required<string>("region");
        ReportingPeriod period = members.Required<ReportingPeriod>("period");
        Money opening = members.Required<Money>("opening");
        IncomeLines income = members.Required<IncomeLines>("income");
        ExpenditureLines expenditure = members.Required<ExpenditureLines>("expenditure");
        Money closing = members.Required<Money>("closing");
        Money personalOpening = members.Required<Money>("personalAccountOpening");
        Money personalClosing = members.Required<Money>("personalAccountClosing");
        FundStatement statement = members.Create(() =>
            FundStatement.FromReported(kind, region, period, opening, income, expenditure, closing, IdentityMode.Report).WithPersonalAccounts(personalOpening, personalClosing));
        members.Derived("currentSurplus", statement.CurrentSurplus);
        members.Derived("expectedClosing", statement.ExpectedClosing);
        members.Derived("pooledFundBalance", statement.PooledFundBalance);
        return statement;
    }

    protected override void Write(ResultWriter writer, FundStatement value)
    {
        if (!value.HasPeriod)
        {
            writer.Member("empty", true);
            return;
        }

        writer.Member("kind", value.Kind).Member("region", value.Region).Member("period", value.Period).Member("opening", value.Opening)
            .Member("income", value.Income).Member("expenditure", value.Expenditure).Member("closing", value.Closing)
            .Member("personalAccountOpening", value.PersonalAccountOpening).Member("personalAccountClosing", value.PersonalAccountClosing)
            .Member("currentSurplus", value.CurrentSurplus).Member("expectedClosing", value.ExpectedClosing).Member("pooledFundBalance", value.PooledFundBalance);
    }
}
