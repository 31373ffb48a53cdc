using System.Text.Json;
using FundMath.Benefits;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="ClaimSettlement"/>: the claim (claimId, personId, year, kind, group, deductibleBasis, visit),
/// each layer's figures as settled (deductibleDue, deductible, basicRatio, basicBeforeCap, basic, basicCap,
/// basicCapRoom, the 大病保险 and 医疗救助 bases, payments before and after the cap, cap states and the cap room each
/// found), patient and target. The plan is not kept, so settling cannot be rerun: reading checks what every
/// settlement satisfies (no negative amount, total = outOfScope + classBSelfPay + inScope, patient = total − basic −
/// seriousIllness − assistance, deductible ≤ min(inScope, deductibleDue), no layer above its payment before the cap);
/// afterBasic, inScopePatient, fundPaid and threeLayerRatio are derived and checked.
/// </summary>
internal sealed class ClaimSettlementJsonConverter : ResultJsonConverter<ClaimSettlement>
{
    protected override ClaimSettlement Read(ResultMembers members)
    {
        long claimId = members.Required<long>("claimId");
        long personId = members.Required<long>("personId");
        int year = members.Required<int>("year");
        ClaimKind kind = members.Required<ClaimKind>("kind");
        AssistanceGroup group = members.Required<AssistanceGroup>("group");
        DeductibleBasis basis = members.Required<DeductibleBasis>("deductibleBasis");
        int visit = members.Required<int>("visit");
        Rate ratio = members.Required<Rate>("basicRatio");
        var c = new BenefitSettlement.Core
        {
            Total = Fen(members, "total"),
            OutOfScope = Fen(members, "outOfScope"),
            ClassBSelfPay = Fen(members, "classBSelfPay"),
            InScope = Fen(members, "inScope"),
            Ordinal = visit - 1L,
            DeductibleDue = Fen(members, "deductibleDue"),
            Deductible = Fen(members, "deductible"),
            RatioNum = members.Create(() => BenefitArithmetic.ToFixed(ratio, "basicRatio")),
            BasicRaw = Fen(members, "basicBeforeCap"),
            Basic = Fen(members, "basic"),
            BasicCapState = (byte)members.Required<CapState>("basicCap"),
            BasicRoom = Fen(members, "basicCapRoom"),
            SeriousBase = Fen(members, "seriousIllnessBase"),
            SeriousRaw = Fen(members, "seriousIllnessBeforeCap"),
            Serious = Fen(members, "seriousIllness"),
            SeriousCapState = (byte)members.Required<CapState>("seriousIllnessCap"),
            SeriousRoom = Fen(members, "seriousIllnessCapRoom"),
            AssistBase = Fen(members, "assistanceBase"),
            AssistRaw = Fen(members, "assistanceBeforeCap"),
            Assist = Fen(members, "assistance"),
            AssistCapState = (byte)members.Required<CapState>("assistanceCap"),
            AssistRoom = Fen(members, "assistanceCapRoom"),
            Patient = Fen(members, "patient"),
        };
        TargetOutcome target = members.Required<TargetOutcome>("target");
        Check(c, visit);
        var settlement = new ClaimSettlement(c, claimId, personId, year, kind, group, target, basis == DeductibleBasis.PerAdmission);
        members.Derived("afterBasic", settlement.AfterBasic);
        members.Derived("inScopePatient", settlement.InScopePatient);
        members.Derived("fundPaid", settlement.FundPaid);
        members.Derived("threeLayerRatio", settlement.ThreeLayerRatio);
        return settlement;
    }

    protected override void Write(ResultWriter writer, ClaimSettlement value) =>
        writer.Member("claimId", value.ClaimId).Member("personId", value.PersonId).Member("year", value.Year).Member("kind", value.Kind)
            .Member("group", value.Group).Member("deductibleBasis", value.DeductibleBasis).Member("visit", value.Visit)
            .Member("total", value.Total).Member("outOfScope", value.OutOfScope).Member("classBSelfPay", value.ClassBSelfPay).Member("inScope", value.InScope)
            .Member("deductibleDue", value.DeductibleDue).Member("deductible", value.Deductible).Member("basicRatio", value.BasicRatio)
            .Member("basicBeforeCap", value.BasicBeforeCap).Member("basic", value.Basic).Member("basicCap", value.BasicCap).Member("basicCapRoom", value.BasicCapRoom)
            .Member("seriousIllnessBase", value.SeriousIllnessBase).Member("seriousIllnessBeforeCap", value.SeriousIllnessBeforeCap)
            .Member("seriousIllness", value.SeriousIllness).Member("seriousIllnessCap", value.SeriousIllnessCap).Member("seriousIllnessCapRoom", Money.FromFen(value.C.SeriousRoom))
            .Member("assistanceBase", value.AssistanceBase).Member("assistanceBeforeCap", value.AssistanceBeforeCap).Member("assistance", value.Assistance)
            .Member("assistanceCap", value.AssistanceCap).Member("assistanceCapRoom", Money.FromFen(value.C.AssistRoom))
            .Member("patient", value.Patient).Member("target", value.Target)
            .Member("afterBasic", value.AfterBasic).Member("inScopePatient", value.InScopePatient).Member("fundPaid", value.FundPaid).Member("threeLayerRatio", value.ThreeLayerRatio);

    private static void Check(in BenefitSettlement.Core c, int visit)
    {
        string? broken =
            visit < 1 ? $"visit is {visit}; the first visit of the year is 1"
            : c.Total != c.OutOfScope + c.ClassBSelfPay + c.InScope ? "total must equal outOfScope + classBSelfPay + inScope"
            : c.Patient != c.Total - c.Basic - c.Serious - c.Assist ? "patient must equal total − basic − seriousIllness − assistance"
            : c.Deductible > c.InScope || c.Deductible > c.DeductibleDue ? "deductible cannot exceed inScope or deductibleDue"
            : c.Basic > c.BasicRaw || c.Serious > c.SeriousRaw || c.Assist > c.AssistRaw ? "a layer cannot pay more than its payment before the cap"
            : c.Basic + c.Serious + c.Assist > c.InScope ? "the layers cannot pay more than inScope"
            : null;
        if (broken is not null)
        {
            throw new JsonException($"ClaimSettlement: the members do not make a valid settlement: {broken}.");
        }
    }

    /// <summary>A money member in fen; a negative amount is an error.</summary>
    private static long Fen(ResultMembers members, string name) => SettledAmount.Fen(members, name);
}
