using FundMath.Benefits;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitClaimTable"/>: its columns as the public constructor takes them — personStarts (one more
/// than there are persons), personIds, then one array per claim field (ids, dates, kinds, levels, statuses, groups,
/// totals, outOfScope, classB). Read through that constructor: the columns must have one element per claim and the
/// person starts must partition the claims (start at 0, never decrease, end at the claim count). The claims'
/// amounts are checked when they are settled, as for a table built in code.
/// </summary>
internal sealed class BenefitClaimTableJsonConverter : ResultJsonConverter<BenefitClaimTable>
{
    protected override BenefitClaimTable Read(ResultMembers members)
    {
        int[] starts = members.Required<int[]>("personStarts");
        long[] persons = members.Required<long[]>("personIds");
        long[] ids = members.Required<long[]>("ids");
        LocalDate[] dates = members.Required<LocalDate[]>("dates");
        ClaimKind[] kinds = members.Required<ClaimKind[]>("kinds");
        HospitalLevel[] levels = members.Required<HospitalLevel[]>("levels");
        PersonStatus[] statuses = members.Required<PersonStatus[]>("statuses");
        AssistanceGroup[] groups = members.Required<AssistanceGroup[]>("groups");
        Money[] totals = members.Required<Money[]>("totals");
        Money[] outOfScope = members.Required<Money[]>("outOfScope");
        Money[] classB = members.Required<Money[]>("classB");
        return members.Create(() => new BenefitClaimTable(starts, persons, ids, dates, kinds, levels, statuses, groups, totals, outOfScope, classB));
    }

    protected override void Write(ResultWriter writer, BenefitClaimTable value)
    {
        BenefitClaimColumns c = value.Columns;
        writer.Member("personStarts", c.PersonStarts.ToArray()).Member("personIds", ToArray(value.PersonIds)).Member("ids", c.Ids.ToArray())
            .Member("dates", c.Dates.ToArray()).Member("kinds", c.Kinds.ToArray()).Member("levels", c.Levels.ToArray()).Member("statuses", c.Statuses.ToArray())
            .Member("groups", c.Groups.ToArray()).Member("totals", c.Totals.ToArray()).Member("outOfScope", c.OutOfScope.ToArray()).Member("classB", c.ClassB.ToArray());
    }

    private static long[] ToArray(System.Collections.Generic.IReadOnlyList<long> list)
    {
        var array = new long[list.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }
}
