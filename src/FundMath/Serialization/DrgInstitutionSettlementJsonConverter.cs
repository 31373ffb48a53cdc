using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgInstitutionSettlement"/>: pointPayment, reference, band, retained, sharedRequested and
/// shared, read through an internal factory (the policy is not kept, so <see cref="DrgSettlement.ForInstitution"/>
/// cannot be rerun) that checks them against each other; kind, eligible, clawedBack, final and adjustment derived.
/// </summary>
internal sealed class DrgInstitutionSettlementJsonConverter : ResultJsonConverter<DrgInstitutionSettlement>
{
    protected override DrgInstitutionSettlement Read(ResultMembers members)
    {
        Money payment = members.Required<Money>("pointPayment");
        Money reference = members.Required<Money>("reference");
        Money band = members.Required<Money>("band");
        Money retained = members.Required<Money>("retained");
        Money requested = members.Required<Money>("sharedRequested");
        Money shared = members.Required<Money>("shared");
        DrgInstitutionSettlement settlement = members.Create(() => DrgInstitutionSettlement.FromAmounts(payment, reference, band, retained, requested, shared));
        members.Derived("kind", settlement.Kind);
        members.Derived("eligible", settlement.Eligible);
        members.Derived("clawedBack", settlement.ClawedBack);
        members.Derived("final", settlement.Final);
        members.Derived("adjustment", settlement.Adjustment);
        return settlement;
    }

    protected override void Write(ResultWriter writer, DrgInstitutionSettlement value) =>
        writer.Member("pointPayment", value.PointPayment).Member("reference", value.Reference).Member("band", value.Band)
            .Member("retained", value.Retained).Member("sharedRequested", value.SharedRequested).Member("shared", value.Shared)
            .Member("kind", value.Kind).Member("eligible", value.Eligible).Member("clawedBack", value.ClawedBack)
            .Member("final", value.Final).Member("adjustment", value.Adjustment);
}
