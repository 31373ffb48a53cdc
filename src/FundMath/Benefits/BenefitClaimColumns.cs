using System;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// Claims grouped by person, as columns (structure of arrays) — 批量结算输入: person p's claims are
/// <c>[PersonStarts[p], PersonStarts[p + 1])</c>, in the order they are settled. All columns have one element per
/// claim; <see cref="PersonStarts"/> has one more than there are persons, starts at 0, never decreases and ends at
/// the claim count.
/// </summary>
/// <remarks><c>default(BenefitClaimColumns)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly ref struct BenefitClaimColumns
{
    /// <summary>Wraps caller spans (no copy).</summary>
    /// <exception cref="ArgumentException">The columns differ in length or the person starts are not a partition of the claims.</exception>
    public BenefitClaimColumns(ReadOnlySpan<int> personStarts, ReadOnlySpan<long> ids, ReadOnlySpan<LocalDate> dates,
        ReadOnlySpan<ClaimKind> kinds, ReadOnlySpan<HospitalLevel> levels, ReadOnlySpan<PersonStatus> statuses, ReadOnlySpan<AssistanceGroup> groups,
        ReadOnlySpan<Money> totals, ReadOnlySpan<Money> outOfScope, ReadOnlySpan<Money> classB)
    {
        int n = ids.Length;
        if (dates.Length != n || kinds.Length != n || levels.Length != n || statuses.Length != n || groups.Length != n
            || totals.Length != n || outOfScope.Length != n || classB.Length != n)
        {
            Preconditions.ThrowArgument(nameof(ids),
                $"claim columns must have one element per claim: ids {n}, dates {dates.Length}, kinds {kinds.Length}, levels {levels.Length}, statuses {statuses.Length}, groups {groups.Length}, totals {totals.Length}, outOfScope {outOfScope.Length}, classB {classB.Length}.");
        }

        if (personStarts.Length == 0 || personStarts[0] != 0 || personStarts[^1] != n)
        {
            Preconditions.ThrowArgument(nameof(personStarts),
                $"personStarts must start at 0 and end at the claim count {n} (one more element than persons); got {(personStarts.Length == 0 ? "an empty span" : $"{personStarts[0]} … {personStarts[^1]}")}.");
        }

        for (int p = 1; p < personStarts.Length; p++)
        {
            if (personStarts[p] < personStarts[p - 1])
            {
                Preconditions.ThrowArgument(nameof(personStarts), $"personStarts[{p}] = {personStarts[p]} is below personStarts[{p - 1}] = {personStarts[p - 1]}: claims are grouped by person in order.");
            }
        }

        PersonStarts = personStarts;
        Ids = ids;
        Dates = dates;
        Kinds = kinds;
        Levels = levels;
        Statuses = statuses;
        Groups = groups;
        Totals = totals;
        OutOfScope = outOfScope;
        ClassB = classB;
    }

    /// <summary>Person p's claims are [PersonStarts[p], PersonStarts[p + 1]).</summary>
    public ReadOnlySpan<int> PersonStarts { get; }

    /// <summary>Claim numbers (named in errors).</summary>
    public ReadOnlySpan<long> Ids { get; }

    /// <summary>Settlement dates.</summary>
    public ReadOnlySpan<LocalDate> Dates { get; }

    /// <summary>Kinds of care.</summary>
    public ReadOnlySpan<ClaimKind> Kinds { get; }

    /// <summary>Institution levels.</summary>
    public ReadOnlySpan<HospitalLevel> Levels { get; }

    /// <summary>Person statuses.</summary>
    public ReadOnlySpan<PersonStatus> Statuses { get; }

    /// <summary>Assistance groups.</summary>
    public ReadOnlySpan<AssistanceGroup> Groups { get; }

    /// <summary>医疗费用总额.</summary>
    public ReadOnlySpan<Money> Totals { get; }

    /// <summary>政策范围外费用.</summary>
    public ReadOnlySpan<Money> OutOfScope { get; }

    /// <summary>乙类 amounts.</summary>
    public ReadOnlySpan<Money> ClassB { get; }

    /// <summary>The number of claims.</summary>
    public int Count => Ids.Length;

    /// <summary>The number of persons.</summary>
    public int Persons => PersonStarts.Length - 1;
}
