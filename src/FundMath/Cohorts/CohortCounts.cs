using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Cohorts;

/// <summary>
/// Insured headcounts of one scheme by category — 参保人数（分类）: well-known categories inline (no allocation),
/// user-defined ones in a small immutable side table. A commutative monoid under <see cref="Merge"/> with identity
/// <see cref="Empty"/>: counts of regions or partitions add up, bit-identically in any order.
/// </summary>
/// <remarks><c>default(CohortCounts)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct CohortCounts : IEquatable<CohortCounts>
{
    private readonly CohortBuffer counts;
    private readonly (CohortCategory Category, long Persons)[]? custom; // sorted by code, never mutated

    private CohortCounts(in CohortBuffer counts, (CohortCategory, long)[]? custom)
    {
        this.counts = counts;
        this.custom = custom;
    }

    /// <summary>No one counted.</summary>
    public static CohortCounts Empty => default;

    /// <summary>The user-defined categories and their counts, in code order (for the JSON converter).</summary>
    internal ReadOnlySpan<(CohortCategory Category, long Persons)> Custom => custom;

    /// <summary>The count of one category (zero if not counted).</summary>
    public Headcount this[CohortCategory category]
    {
        get
        {
            if (category.IsWellKnown)
            {
                return Headcount.FromPersons(counts[category.WellKnownIndex]);
            }

            if (custom is not null)
            {
                foreach (var (c, n) in custom)
                {
                    if (c.Equals(category))
                    {
                        return Headcount.FromPersons(n);
                    }
                }
            }

            return Headcount.Zero;
        }
    }

    /// <summary>A copy with the count of <paramref name="category"/> set (well-known categories do not allocate).</summary>
    /// <exception cref="ArgumentException">The category is default.</exception>
    public CohortCounts With(CohortCategory category, Headcount persons)
    {
        Preconditions.CheckArgument(category.Code.Length > 0, nameof(category), "category is default(CohortCategory).");
        if (category.IsWellKnown)
        {
            CohortBuffer b = counts;
            b[category.WellKnownIndex] = persons.Persons;
            return new(b, custom);
        }

        return new(counts, SetCustom(custom, category, persons.Persons, add: false));
    }

    /// <summary>A copy with the count of <paramref name="category"/> set from a raw number of persons.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persons"/> is negative (the message names the category).</exception>
    public CohortCounts With(CohortCategory category, long persons)
    {
        if (persons < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(persons), persons, $"headcount of {category} is {persons}: a headcount cannot be negative.");
        }

        return With(category, Headcount.FromPersons(persons));
    }

    /// <summary>Adds two sets of counts category by category.</summary>
    public static CohortCounts Merge(in CohortCounts left, in CohortCounts right)
    {
        CohortBuffer b = default;
        for (int i = 0; i < CohortCategory.WellKnownCount; i++)
        {
            b[i] = checked(left.counts[i] + right.counts[i]);
        }

        (CohortCategory, long)[]? merged = left.custom;
        if (right.custom is not null)
        {
            foreach (var (c, n) in right.custom)
            {
                merged = SetCustom(merged, c, n, add: true);
            }
        }

        return new(b, merged);
    }

    /// <summary>Merge.</summary>
    public static CohortCounts operator +(in CohortCounts left, in CohortCounts right) => Merge(left, right);

    /// <summary>The sum of a span of counts.</summary>
    public static CohortCounts Sum(ReadOnlySpan<CohortCounts> counts)
    {
        CohortCounts total = Empty;
        foreach (ref readonly CohortCounts c in counts)
        {
            total = Merge(total, c);
        }

        return total;
    }

    /// <summary>同比增减: the change of one category against <paramref name="previous"/>.</summary>
    public Ratios.HeadcountGrowth ComparedWith(in CohortCounts previous, CohortCategory category) => new(this[category], previous[category]);

    /// <summary>
    /// Checks that each part is at most the parent and, for a partition, that the parts sum to the parent.
    /// </summary>
    /// <exception cref="ArgumentException">A part exceeds its parent, or a declared partition does not add up; the message names the figures.</exception>
    public void Validate(in CohortPartition partition)
    {
        Headcount parent = this[partition.Parent];
        long sum = 0;
        foreach (CohortCategory part in partition.Parts)
        {
            Headcount n = this[part];
            if (n > parent)
            {
                Preconditions.ThrowArgument(nameof(partition), $"{part.ChineseName} ({part.Code}) {n.Persons:N0} exceeds its parent {partition.Parent.ChineseName} ({partition.Parent.Code}) {parent.Persons:N0}.");
            }

            sum = checked(sum + n.Persons);
        }

        if (partition.IsPartition && sum != parent.Persons)
        {
            Preconditions.ThrowArgument(nameof(partition), $"{partition.Name}: the parts sum to {sum:N0} but {partition.Parent.ChineseName} ({partition.Parent.Code}) is {parent.Persons:N0} (difference {sum - parent.Persons:N0}); declared as a partition, they must be equal.");
        }
    }

    /// <summary>
    /// The shares of a partition's (or subset's) parts in the parent: exact, naive per-row display and apportioned display.
    /// </summary>
    /// <exception cref="ArgumentException">The counts fail <see cref="Validate"/>, or a span length differs from the number of parts.</exception>
    public StructureShares Shares(in CohortPartition partition, int percentDecimals, MidpointRounding mode, Span<Rate> exact, Span<Rate> naiveDisplay, Span<Rate> apportionedDisplay)
    {
        Validate(partition);
        int n = partition.Parts.Length;
        Span<Headcount> parts = n <= 64 ? stackalloc Headcount[n] : new Headcount[n];
        for (int i = 0; i < n; i++)
        {
            parts[i] = this[partition.Parts[i]];
        }

        return StructureShares.Compute(this[partition.Parent], parts, partition.IsPartition, percentDecimals, mode, exact, naiveDisplay, apportionedDisplay);
    }

    private static (CohortCategory, long)[] SetCustom((CohortCategory Category, long Persons)[]? source, CohortCategory category, long persons, bool add)
    {
        int length = source?.Length ?? 0;
        for (int i = 0; i < length; i++)
        {
            if (source![i].Category.Equals(category))
            {
                var copy = ((CohortCategory, long)[])source.Clone();
                copy[i] = (category, add ? checked(source[i].Persons + persons) : persons);
                return copy;
            }
        }

        var result = new (CohortCategory Category, long Persons)[length + 1];
        int j = 0;
        bool placed = false;
        for (int i = 0; i < length; i++)
        {
            if (!placed && string.CompareOrdinal(category.Code, source![i].Category.Code) < 0)
            {
                result[j++] = (category, persons);
                placed = true;
            }

            result[j++] = source![i];
        }

        if (!placed)
        {
            result[j] = (category, persons);
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(CohortCounts other)
    {
        if (!((ReadOnlySpan<long>)counts).SequenceEqual(other.counts))
        {
            return false;
        }

        int a = custom?.Length ?? 0;
        int b = other.custom?.Length ?? 0;
        if (a != b)
        {
            return false;
        }

        for (int i = 0; i < a; i++)
        {
            if (!custom![i].Category.Equals(other.custom![i].Category) || custom[i].Persons != other.custom[i].Persons)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CohortCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = default(HashCode);
        foreach (long n in (ReadOnlySpan<long>)counts)
        {
            h.Add(n);
        }

        return h.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(CohortCounts left, CohortCounts right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CohortCounts left, CohortCounts right) => !left.Equals(right);

    /// <summary>"insured=…, in-service=…, …" (non-zero categories).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < CohortCategory.WellKnownCount; i++)
        {
            if (counts[i] != 0)
            {
                sb.Append(sb.Length > 0 ? ", " : string.Empty).Append(CohortCategory.WellKnown[i].Code).Append('=').Append(counts[i]);
            }
        }

        foreach (var (c, n) in custom ?? [])
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append(c.Code).Append('=').Append(n);
        }

        return sb.ToString();
    }
}
