using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgSettlementTotals"/>: pointPayments, reserve, retained, clawedBack, sharedRequested,
/// surplusInstitutions and overrunInstitutions, read through an internal factory that derives what the settlement
/// derives (the institutions are not kept, so <see cref="DrgSettlement.Settle"/> cannot be rerun); shared, final,
/// unspent and outcome derived and checked.
/// </summary>
internal sealed class DrgSettlementTotalsJsonConverter : ResultJsonConverter<DrgSettlementTotals>
{
    protected override DrgSettlementTotals Read(ResultMembers members)
    {
        Money payments = members.Required<Money>("pointPayments");
        Money reserve = members.Required<Money>("reserve");
        Money retained = members.Required<Money>("retained");
        Money clawedBack = members.Required<Money>("clawedBack");
        Money requested = members.Required<Money>("sharedRequested");
        int surplus = members.Required<int>("surplusInstitutions");
        int overrun = members.Required<int>("overrunInstitutions");
        DrgSettlementTotals totals = members.Create(() => DrgSettlementTotals.FromTotals(payments, reserve, retained, clawedBack, requested, surplus, overrun));
        members.Derived("shared", totals.Shared);
        members.Derived("final", totals.Final);
        members.Derived("unspent", totals.Unspent);
        members.Derived("outcome", totals.Outcome);
        return totals;
    }

    protected override void Write(ResultWriter writer, DrgSettlementTotals value) =>
        writer.Member("pointPayments", value.PointPayments).Member("reserve", value.Reserve).Member("retained", value.Retained)
            .Member("clawedBack", value.ClawedBack).Member("sharedRequested", value.SharedRequested)
            .Member("surplusInstitutions", value.SurplusInstitutions).Member("overrunInstitutions", value.OverrunInstitutions)
            .Member("shared", value.Shared).Member("final", value.Final).Member("unspent", value.Unspent).Member("outcome", value.Outcome);
}
