using System;

namespace FundMath.Drg;

/// <summary>
/// A batch of one scheme's cases as structure-of-arrays spans — 病例批次: for case <c>i</c>, its group index in the
/// scheme's <see cref="DrgGroupTable"/>, its institution index, its cost, and (optionally) its adjustment factor.
/// An empty factor span means every factor is 1.
/// </summary>
/// <remarks><c>default(DrgCases)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly ref struct DrgCases
{
    /// <summary>Wraps the spans of a batch.</summary>
    /// <param name="groups">Each case's group index (0-based, into the group table).</param>
    /// <param name="institutions">Each case's institution index (0-based).</param>
    /// <param name="costs">Each case's total cost (住院总费用), ≥ 0.</param>
    /// <param name="factors">Each case's adjustment factor (病例调整系数, the product of its factors, &gt; 0), or empty for all 1.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    public DrgCases(ReadOnlySpan<int> groups, ReadOnlySpan<int> institutions, ReadOnlySpan<Money> costs, ReadOnlySpan<Fraction> factors = default)
    {
        if (institutions.Length != groups.Length || costs.Length != groups.Length)
        {
            Preconditions.ThrowArgument(nameof(costs), $"a batch needs one group, institution and cost per case: {groups.Length} groups, {institutions.Length} institutions, {costs.Length} costs.");
        }

        if (!factors.IsEmpty && factors.Length != groups.Length)
        {
            Preconditions.ThrowArgument(nameof(factors), $"factors has {factors.Length} values for {groups.Length} cases: give one per case, or none for all 1.");
        }

        Groups = groups;
        Institutions = institutions;
        Costs = costs;
        Factors = factors;
    }

    /// <summary>Each case's group index.</summary>
    public ReadOnlySpan<int> Groups { get; }

    /// <summary>Each case's institution index.</summary>
    public ReadOnlySpan<int> Institutions { get; }

    /// <summary>Each case's cost.</summary>
    public ReadOnlySpan<Money> Costs { get; }

    /// <summary>Each case's adjustment factor; empty when every factor is 1.</summary>
    public ReadOnlySpan<Fraction> Factors { get; }

    /// <summary>The number of cases.</summary>
    public int Count => Groups.Length;

    /// <summary>Cases <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> − 1 (a partition).</summary>
    public DrgCases Slice(int start, int length) =>
        new(Groups.Slice(start, length), Institutions.Slice(start, length), Costs.Slice(start, length),
            Factors.IsEmpty ? default : Factors.Slice(start, length));
}
