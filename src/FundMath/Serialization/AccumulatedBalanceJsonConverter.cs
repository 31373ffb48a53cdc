using FundMath.Funds;
using FundMath.Ratios;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="AccumulatedBalance"/>: pooledFund and personalAccounts; total and sharesOutcome derived; the two shares only when the total is not zero.</summary>
internal sealed class AccumulatedBalanceJsonConverter : ResultJsonConverter<AccumulatedBalance>
{
    protected override AccumulatedBalance Read(ResultMembers members)
    {
        Money pooled = members.Required<Money>("pooledFund");
        Money personal = members.Required<Money>("personalAccounts");
        var balance = new AccumulatedBalance(pooled, personal);
        members.Derived("total", balance.Total);
        members.Derived("sharesOutcome", balance.SharesOutcome);
        if (balance.SharesOutcome == RatioOutcome.Meaningful)
        {
            members.Derived("pooledShare", balance.PooledShare);
            members.Derived("personalAccountShare", balance.PersonalAccountShare);
        }
        else
        {
            members.Absent("pooledShare", "the shares of a zero balance are not meaningful");
            members.Absent("personalAccountShare", "the shares of a zero balance are not meaningful");
        }

        return balance;
    }

    protected override void Write(ResultWriter writer, AccumulatedBalance value)
    {
        writer.Member("pooledFund", value.PooledFund).Member("personalAccounts", value.PersonalAccounts).Member("total", value.Total).Member("sharesOutcome", value.SharesOutcome);
        if (value.SharesOutcome == RatioOutcome.Meaningful)
        {
            writer.Member("pooledShare", value.PooledShare).Member("personalAccountShare", value.PersonalAccountShare);
        }
    }
}
