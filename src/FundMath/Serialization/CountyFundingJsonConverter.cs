using System.Text.Json;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CountyFunding"/>: due and fromBalance (0 ≤ fromBalance ≤ due), with specialAppropriation and source derived.</summary>
internal sealed class CountyFundingJsonConverter : ResultJsonConverter<CountyFunding>
{
    protected override CountyFunding Read(ResultMembers members)
    {
        Money due = members.Required<Money>("due");
        Money fromBalance = members.Required<Money>("fromBalance");
        if (due.IsNegative || fromBalance.IsNegative || fromBalance > due)
        {
            throw new JsonException($"CountyFunding: fromBalance {fromBalance:N2} 元 must be between 0 and what is due ({due:N2} 元).");
        }

        Money usable = fromBalance;
        CountyFunding funding = CountyFunding.Draw(due, ref usable);
        members.Derived("specialAppropriation", funding.SpecialAppropriation);
        members.Derived("source", funding.Source);
        return funding;
    }

    protected override void Write(ResultWriter writer, CountyFunding value)
    {
        writer.Member("due", value.Due).Member("fromBalance", value.FromBalance).Member("specialAppropriation", value.SpecialAppropriation).Member("source", value.Source);
    }
}
