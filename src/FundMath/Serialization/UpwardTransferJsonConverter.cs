using System.Text.Json;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="UpwardTransfer"/>: the policy, scheme and the county's three amounts, then the derived months,
/// usableBalance, quota, funding and retainedBalance; read through <see cref="UpwardTransfer.Compute"/> and every derived
/// member checked. A <c>default</c> transfer (no policy) cannot be written.
/// </summary>
internal sealed class UpwardTransferJsonConverter : ResultJsonConverter<UpwardTransfer>
{
    protected override UpwardTransfer Read(ResultMembers members)
    {
        PoolingPolicy policy = members.Required<PoolingPolicy>("policy");
        PooledScheme scheme = members.Required<PooledScheme>("scheme");
        Money expenditure = members.Required<Money>("previousYearExpenditure");
        Money balance = members.Required<Money>("accumulatedBalance");
        Money personal = members.Required<Money>("personalAccountBalance");
        UpwardTransfer transfer = members.Create(() => UpwardTransfer.Compute(policy, scheme, expenditure, balance, personal));
        members.Derived("months", transfer.Months);
        members.Derived("usableBalance", transfer.UsableBalance);
        members.Derived("quota", transfer.Quota);
        members.Derived("funding", transfer.Funding);
        members.Derived("retainedBalance", transfer.RetainedBalance);
        return transfer;
    }

    protected override void Write(ResultWriter writer, UpwardTransfer value) =>
        writer.Member("policy", value.Policy ?? throw new JsonException("a default UpwardTransfer was not computed (it has no policy) and cannot be written."))
            .Member("scheme", value.Scheme)
            .Member("previousYearExpenditure", value.PreviousYearExpenditure).Member("accumulatedBalance", value.AccumulatedBalance)
            .Member("personalAccountBalance", value.PersonalAccountBalance)
            .Member("months", value.Months).Member("usableBalance", value.UsableBalance).Member("quota", value.Quota)
            .Member("funding", value.Funding).Member("retainedBalance", value.RetainedBalance);
}
