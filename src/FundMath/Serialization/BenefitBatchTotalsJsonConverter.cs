using System.Text.Json;
using FundMath.Benefits;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitBatchTotals"/>: claims, total, outOfScope, classBSelfPay, inScope, basic, seriousIllness,
/// assistance, patient and the inpatient in-scope cost and basic payment by level (inpatientLevel1…3); fundPaid derived.
/// Reading checks what every batch of settled claims satisfies: no negative figure, total = outOfScope + classBSelfPay +
/// inScope and total = basic + seriousIllness + assistance + patient.
/// </summary>
internal sealed class BenefitBatchTotalsJsonConverter : ResultJsonConverter<BenefitBatchTotals>
{
    private static readonly HospitalLevel[] Levels = [HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3];

    protected override BenefitBatchTotals Read(ResultMembers members)
    {
        long claims = members.Required<long>("claims");
        long total = Fen(members, "total"), outOfScope = Fen(members, "outOfScope"), classB = Fen(members, "classBSelfPay"), inScope = Fen(members, "inScope");
        long basic = Fen(members, "basic"), serious = Fen(members, "seriousIllness"), assist = Fen(members, "assistance"), patient = Fen(members, "patient");
        var levelInScope = new long[Levels.Length];
        var levelBasic = new long[Levels.Length];
        for (int i = 0; i < Levels.Length; i++)
        {
            ResultMembers level = members.Nested(LevelName(i));
            levelInScope[i] = Fen(level, "inScope");
            levelBasic[i] = Fen(level, "basic");
            level.EnsureAllRead();
        }

        if (claims < 0)
        {
            throw new JsonException($"BenefitBatchTotals.claims is {claims}; a count of claims cannot be negative.");
        }

        long scope = outOfScope + classB + inScope, paid = basic + serious + assist + patient;
        if (total != scope || total != paid)
        {
            throw new JsonException($"BenefitBatchTotals: total {Money.FromFen(total):N2} 元 must equal outOfScope + classBSelfPay + inScope ({Money.FromFen(scope):N2} 元) and basic + seriousIllness + assistance + patient ({Money.FromFen(paid):N2} 元).");
        }

        var totals = new BenefitBatchTotals(claims, total, outOfScope, classB, inScope, basic, serious, assist, patient,
            levelInScope[0], levelInScope[1], levelInScope[2], levelBasic[0], levelBasic[1], levelBasic[2]);
        members.Derived("fundPaid", totals.FundPaid);
        return totals;
    }

    protected override void Write(ResultWriter writer, BenefitBatchTotals value)
    {
        writer.Member("claims", value.Claims).Member("total", value.Total).Member("outOfScope", value.OutOfScope).Member("classBSelfPay", value.ClassBSelfPay)
            .Member("inScope", value.InScope).Member("basic", value.Basic).Member("seriousIllness", value.SeriousIllness).Member("assistance", value.Assistance)
            .Member("patient", value.Patient);
        for (int i = 0; i < Levels.Length; i++)
        {
            HospitalLevel level = Levels[i];
            writer.Object(LevelName(i), w => w.Member("inScope", value.InpatientInScope(level)).Member("basic", value.InpatientBasic(level)));
        }

        writer.Member("fundPaid", value.FundPaid);
    }

    private static string LevelName(int i) => "inpatientLevel" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long Fen(ResultMembers members, string name) => SettledAmount.Fen(members, name);
}
