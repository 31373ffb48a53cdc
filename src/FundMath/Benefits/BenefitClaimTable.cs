using System;
using System.Collections.Generic;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// Claims grouped by person in arrays (structure of arrays) — 结算批次: the owning form of
/// <see cref="BenefitClaimColumns"/>, needed by the parallel settlement (spans cannot cross threads). Person p
/// (<see cref="PersonIds"/>[p]) has the claims [PersonStarts[p], PersonStarts[p + 1]).
/// </summary>
public sealed class BenefitClaimTable
{
    private readonly int[] personStarts;
    private readonly long[] personIds;
    private readonly long[] ids;
    private readonly LocalDate[] dates;
    private readonly ClaimKind[] kinds;
    private readonly HospitalLevel[] levels;
    private readonly PersonStatus[] statuses;
    private readonly AssistanceGroup[] groups;
    private readonly Money[] totals;
    private readonly Money[] outOfScope;
    private readonly Money[] classB;

    /// <summary>Wraps arrays (not copied; do not change them while a settlement runs).</summary>
    /// <exception cref="ArgumentException">Lengths disagree or the person starts are not a partition of the claims.</exception>
    public BenefitClaimTable(int[] personStarts, long[] personIds, long[] ids, LocalDate[] dates, ClaimKind[] kinds, HospitalLevel[] levels,
        PersonStatus[] statuses, AssistanceGroup[] groups, Money[] totals, Money[] outOfScope, Money[] classB)
    {
        Preconditions.CheckNotNull(personStarts, nameof(personStarts));
        Preconditions.CheckNotNull(personIds, nameof(personIds));
        Preconditions.CheckNotNull(ids, nameof(ids));
        Preconditions.CheckNotNull(dates, nameof(dates));
        Preconditions.CheckNotNull(kinds, nameof(kinds));
        Preconditions.CheckNotNull(levels, nameof(levels));
        Preconditions.CheckNotNull(statuses, nameof(statuses));
        Preconditions.CheckNotNull(groups, nameof(groups));
        Preconditions.CheckNotNull(totals, nameof(totals));
        Preconditions.CheckNotNull(outOfScope, nameof(outOfScope));
        Preconditions.CheckNotNull(classB, nameof(classB));
        if (personIds.Length != personStarts.Length - 1)
        {
            Preconditions.ThrowArgument(nameof(personIds), $"personIds ({personIds.Length}) must have one element per person (personStarts.Length − 1 = {personStarts.Length - 1}).");
        }

        _ = new BenefitClaimColumns(personStarts, ids, dates, kinds, levels, statuses, groups, totals, outOfScope, classB); // validates the shape
        this.personStarts = personStarts;
        this.personIds = personIds;
        this.ids = ids;
        this.dates = dates;
        this.kinds = kinds;
        this.levels = levels;
        this.statuses = statuses;
        this.groups = groups;
        this.totals = totals;
        this.outOfScope = outOfScope;
        this.classB = classB;
    }

    /// <summary>The claims as spans.</summary>
    [System.Text.Json.Serialization.JsonIgnore] // a span view; its JSON converter writes the columns as arrays
    public BenefitClaimColumns Columns => new(personStarts, ids, dates, kinds, levels, statuses, groups, totals, outOfScope, classB);

    /// <summary>The persons, in order.</summary>
    public IReadOnlyList<long> PersonIds => personIds;

    /// <summary>The number of persons.</summary>
    public int Persons => personIds.Length;

    /// <summary>The number of claims.</summary>
    public int Count => ids.Length;

    internal int[] PersonStartsArray => personStarts;

    /// <summary>
    /// Groups claims by person: persons in order of their first claim, each person's claims in their given order
    /// (the order they are settled).
    /// </summary>
    public static BenefitClaimTable FromClaims(IEnumerable<BenefitClaim> claims)
    {
        Preconditions.CheckNotNull(claims, nameof(claims));
        var order = new List<long>();
        var byPerson = new Dictionary<long, List<BenefitClaim>>();
        foreach (BenefitClaim c in claims)
        {
            if (!byPerson.TryGetValue(c.PersonId, out List<BenefitClaim>? list))
            {
                list = [];
                byPerson.Add(c.PersonId, list);
                order.Add(c.PersonId);
            }

            list.Add(c);
        }

        int n = 0;
        foreach (List<BenefitClaim> list in byPerson.Values)
        {
            n += list.Count;
        }

        var starts = new int[order.Count + 1];
        var table = new BenefitClaimTable(starts, [.. order], new long[n], new LocalDate[n], new ClaimKind[n], new HospitalLevel[n],
            new PersonStatus[n], new AssistanceGroup[n], new Money[n], new Money[n], new Money[n], fill: true);
        int i = 0;
        for (int p = 0; p < order.Count; p++)
        {
            starts[p] = i;
            foreach (BenefitClaim c in byPerson[order[p]])
            {
                table.ids[i] = c.Id;
                table.dates[i] = c.Date;
                table.kinds[i] = c.Kind;
                table.levels[i] = c.Level;
                table.statuses[i] = c.Status;
                table.groups[i] = c.Group;
                table.totals[i] = c.Total;
                table.outOfScope[i] = c.OutOfScope;
                table.classB[i] = c.ClassB;
                i++;
            }
        }

        starts[order.Count] = n;
        return table;
    }

    /// <summary>The claim at index <paramref name="index"/>, for scheme <paramref name="scheme"/>.</summary>
    public BenefitClaim Claim(int index, BenefitScheme scheme)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, ids.Length - 1);
        int p = Array.BinarySearch(personStarts, index);
        if (p < 0)
        {
            p = ~p - 1;
        }
        else
        {
            while (p + 1 < personStarts.Length && personStarts[p + 1] == index)
            {
                p++;
            }
        }

        return new BenefitClaim(ids[index], personIds[p], dates[index], scheme, kinds[index], levels[index], statuses[index], groups[index],
            totals[index], outOfScope[index], classB[index]);
    }

    private BenefitClaimTable(int[] personStarts, long[] personIds, long[] ids, LocalDate[] dates, ClaimKind[] kinds, HospitalLevel[] levels,
        PersonStatus[] statuses, AssistanceGroup[] groups, Money[] totals, Money[] outOfScope, Money[] classB, bool fill)
    {
        _ = fill;
        this.personStarts = personStarts;
        this.personIds = personIds;
        this.ids = ids;
        this.dates = dates;
        this.kinds = kinds;
        this.levels = levels;
        this.statuses = statuses;
        this.groups = groups;
        this.totals = totals;
        this.outOfScope = outOfScope;
        this.classB = classB;
    }
}
