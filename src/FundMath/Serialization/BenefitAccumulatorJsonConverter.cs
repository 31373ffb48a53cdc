using System.Text.Json;
using FundMath.Benefits;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitAccumulator"/>: personId, year, claims, claimed, inScope, one object per claim kind
/// (inpatient, outpatient, chronicOutpatient: visits, deductibleUsed, basicPaid) and the 大病保险 and 医疗救助 bases and
/// payments; admissions, basicPaid, annualCapUsed and fundPaid derived. Reading checks what settling claims
/// leaves: year 1900–9999 (or the default accumulator's 0), no negative count or amount.
/// </summary>
internal sealed class BenefitAccumulatorJsonConverter : ResultJsonConverter<BenefitAccumulator>
{
    private static readonly (ClaimKind Kind, string Name)[] Kinds = [(ClaimKind.Inpatient, "inpatient"), (ClaimKind.Outpatient, "outpatient"), (ClaimKind.ChronicOutpatient, "chronicOutpatient")];

    protected override BenefitAccumulator Read(ResultMembers members)
    {
        int year = members.Required<int>("year");
        var a = new BenefitAccumulator
        {
            PersonIdValue = members.Required<long>("personId"),
            YearValue = year is 0 or (>= 1900 and <= 9999) ? year : throw new JsonException($"{members.Path}.year is {year}; an accumulator's year is 1900–9999."),
            ClaimCount = Count(members, "claims"),
            ClaimedSum = SettledAmount.Fen(members, "claimed"),
            InScopeSum = SettledAmount.Fen(members, "inScope"),
            SeriousBaseSum = SettledAmount.Fen(members, "seriousIllnessBase"),
            SeriousPaidSum = SettledAmount.Fen(members, "seriousIllnessPaid"),
            AssistBaseSum = SettledAmount.Fen(members, "assistanceBase"),
            AssistPaidSum = SettledAmount.Fen(members, "assistancePaid"),
        };
        for (int k = 0; k < Kinds.Length; k++)
        {
            ResultMembers kind = members.Nested(Kinds[k].Name);
            a.VisitCounts[k] = Count(kind, "visits");
            a.DeductibleSums[k] = SettledAmount.Fen(kind, "deductibleUsed");
            a.BasicSums[k] = SettledAmount.Fen(kind, "basicPaid");
            kind.EnsureAllRead();
        }

        members.Derived("admissions", a.Admissions);
        members.Derived("basicPaid", a.BasicPaid);
        members.Derived("annualCapUsed", a.AnnualCapUsed);
        members.Derived("fundPaid", a.FundPaid);
        return a;
    }

    protected override void Write(ResultWriter writer, BenefitAccumulator value)
    {
        writer.Member("personId", value.PersonId).Member("year", value.Year).Member("claims", value.Claims).Member("claimed", value.Claimed).Member("inScope", value.InScope);
        foreach ((ClaimKind kind, string name) in Kinds)
        {
            writer.Object(name, w => w.Member("visits", value.Visits(kind)).Member("deductibleUsed", value.DeductibleUsed(kind)).Member("basicPaid", value.BasicPaidFor(kind)));
        }

        writer.Member("seriousIllnessBase", value.SeriousIllnessBase).Member("seriousIllnessPaid", value.SeriousIllnessPaid)
            .Member("assistanceBase", value.AssistanceBase).Member("assistancePaid", value.AssistancePaid)
            .Member("admissions", value.Admissions).Member("basicPaid", value.BasicPaid).Member("annualCapUsed", value.AnnualCapUsed).Member("fundPaid", value.FundPaid);
    }

    private static int Count(ResultMembers members, string name)
    {
        int count = members.Required<int>(name);
        return count >= 0 ? count : throw new JsonException($"{members.Path}.{name} is {count}; a count cannot be negative.");
    }
}
