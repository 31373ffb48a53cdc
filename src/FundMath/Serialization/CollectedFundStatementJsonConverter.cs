using System.Text.Json;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="CollectedFundStatement"/>: the policy, scheme, year, counties, opening, initialTransfers, the
/// year-start <c>topUp</c> (its amounts and derived members; the policy and scheme are the statement's),
/// surplusInflows, interest, sharesDue, outflows and the city-wide totals (totalDeficit, transitionFills,
/// countyBalances, countyAppropriations, cityTreasury, countyTreasuries, capCutOffs, totalSurplus,
/// transferAppropriations), then the derived inflows, available, unpaid, closing, outcome and paidRatio (null when
/// nothing was due). The counties are not kept, so reading goes through <see cref="CollectedFundStatement.FromParts"/>,
/// which refuses parts that no settlement gives (they must add up); the derived members must agree. A <c>default</c>
/// statement (no policy) cannot be written.
/// </summary>
internal sealed class CollectedFundStatementJsonConverter : ResultJsonConverter<CollectedFundStatement>
{
    protected override CollectedFundStatement Read(ResultMembers members)
    {
        PoolingPolicy policy = members.Required<PoolingPolicy>("policy");
        PooledScheme scheme = members.Required<PooledScheme>("scheme");
        int yearNumber = members.Required<int>("year");
        int counties = members.Required<int>("counties");
        var year = new PoolingYear(yearNumber, scheme) { CollectedFundOpening = members.Required<Money>("opening"), Interest = members.Required<Money>("interest") };
        Money initialTransfers = members.Required<Money>("initialTransfers");
        ResultMembers topUpMembers = members.Nested("topUp");
        YearStartTopUp topUp = YearStartTopUpJsonConverter.ReadWith(topUpMembers, policy, scheme);
        topUpMembers.EnsureAllRead();
        Money surplusInflows = members.Required<Money>("surplusInflows");
        Money sharesDue = members.Required<Money>("sharesDue");
        Money outflows = members.Required<Money>("outflows");
        var totals = new CityTotals
        {
            Deficit = members.Required<Money>("totalDeficit"),
            TransitionFill = members.Required<Money>("transitionFills"),
            CountyBalance = members.Required<Money>("countyBalances"),
            CountyAppropriation = members.Required<Money>("countyAppropriations"),
            CityTreasury = members.Required<Money>("cityTreasury"),
            CountyTreasury = members.Required<Money>("countyTreasuries"),
            CapCutOff = members.Required<Money>("capCutOffs"),
            Surplus = members.Required<Money>("totalSurplus"),
            TransferAppropriation = members.Required<Money>("transferAppropriations"),
        };
        CollectedFundStatement s = members.Create(() => CollectedFundStatement.FromParts(policy, year, counties, initialTransfers, topUp, surplusInflows, sharesDue, outflows, totals));
        members.Derived("inflows", s.Inflows);
        members.Derived("available", s.Available);
        members.Derived("unpaid", s.Unpaid);
        members.Derived("closing", s.Closing);
        members.Derived("outcome", s.Outcome);
        YearStartTopUpJsonConverter.Derived(members, "paidRatio", s.PaidRatio);
        return s;
    }

    protected override void Write(ResultWriter writer, CollectedFundStatement value)
    {
        writer.Member("policy", value.Policy ?? throw new JsonException("a default CollectedFundStatement was not built by a settlement (it has no policy) and cannot be written."))
            .Member("scheme", value.Scheme).Member("year", value.Year).Member("counties", value.Counties)
            .Member("opening", value.Opening).Member("initialTransfers", value.InitialTransfers)
            .Object("topUp", w => YearStartTopUpJsonConverter.WriteWithoutPolicy(w, value.TopUp))
            .Member("surplusInflows", value.SurplusInflows).Member("interest", value.Interest)
            .Member("sharesDue", value.SharesDue).Member("outflows", value.Outflows)
            .Member("totalDeficit", value.TotalDeficit).Member("transitionFills", value.TransitionFills)
            .Member("countyBalances", value.CountyBalances).Member("countyAppropriations", value.CountyAppropriations)
            .Member("cityTreasury", value.CityTreasury).Member("countyTreasuries", value.CountyTreasuries).Member("capCutOffs", value.CapCutOffs)
            .Member("totalSurplus", value.TotalSurplus).Member("transferAppropriations", value.TransferAppropriations)
            .Member("inflows", value.Inflows).Member("available", value.Available).Member("unpaid", value.Unpaid)
            .Member("closing", value.Closing).Member("outcome", value.Outcome).Member("paidRatio", value.PaidRatio);
    }
}
