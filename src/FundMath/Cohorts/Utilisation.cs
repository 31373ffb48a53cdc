using System;
using System.Diagnostics.CodeAnalysis;
using FundMath.Explain;
using FundMath.Ratios;

namespace FundMath.Cohorts;

/// <summary>
/// The medical service use of one cohort (or of everyone) — 就医情况: cases (discharges / visits) and medical costs
/// (医疗费用) by <see cref="ServiceCategory"/>; per-case and per-capita averages with an explicit rounding.
/// Inline (no allocation); a commutative monoid under <see cref="Merge"/> with identity <see cref="Empty"/>.
/// </summary>
/// <remarks><c>default(Utilisation)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct Utilisation : IEquatable<Utilisation>
{
    private readonly ServiceCountBuffer cases;
    private readonly ServiceCostBuffer costs;

    private Utilisation(in ServiceCountBuffer cases, in ServiceCostBuffer costs)
    {
        this.cases = cases;
        this.costs = costs;
    }

    /// <summary>No use.</summary>
    public static Utilisation Empty => default;

    /// <summary>人次: discharges for inpatient care, visits for outpatient categories.</summary>
    public long Cases(ServiceCategory category) => cases[category.Index];

    /// <summary>医疗费用: the cost of a category.</summary>
    public Money Cost(ServiceCategory category) => costs[category.Index];

    /// <summary>医疗费用合计: the cost of all categories.</summary>
    public Money TotalCost => Money.Sum(costs);

    /// <summary>A copy with one category's cases and cost set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Cases or cost is negative (the message names the category).</exception>
    public Utilisation With(ServiceCategory category, long cases, Money cost)
    {
        if (cases < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(cases), cases, $"{category} cases {cases} is negative.");
        }

        if (cost.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(cost), cost, $"{category} cost {cost:N2} 元 is negative.");
        }

        ServiceCountBuffer c = this.cases;
        ServiceCostBuffer m = costs;
        c[category.Index] = cases;
        m[category.Index] = cost;
        return new(c, m);
    }

    /// <summary>Adds two utilisations category by category.</summary>
    public static Utilisation Merge(in Utilisation left, in Utilisation right)
    {
        ServiceCountBuffer c = default;
        ServiceCostBuffer m = default;
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            c[i] = checked(left.cases[i] + right.cases[i]);
            m[i] = left.costs[i] + right.costs[i];
        }

        return new(c, m);
    }

    /// <summary>Merge.</summary>
    public static Utilisation operator +(in Utilisation left, in Utilisation right) => Merge(left, right);

    /// <summary>The sum of a span.</summary>
    public static Utilisation Sum(ReadOnlySpan<Utilisation> items)
    {
        Utilisation total = Empty;
        foreach (ref readonly Utilisation u in items)
        {
            total = Merge(total, u);
        }

        return total;
    }

    /// <summary>次均费用 = cost / cases, rounded to the fen with <paramref name="mode"/> (38,189万元 / 1,614,507 → 236.54元).</summary>
    public Average CostPerCase(ServiceCategory category, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        long n = cases[category.Index];
        Money total = costs[category.Index];
        return n == 0
            ? new(total, 0, Money.Zero, RatioOutcome.NotMeaningful)
            : new(total, n, total.Divide(n, mode), RatioOutcome.Meaningful);
    }

    /// <summary>人均费用 = cost / insured persons, rounded to the fen with <paramref name="mode"/>.</summary>
    public Average CostPerCapita(ServiceCategory category, Headcount insured, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        Money total = costs[category.Index];
        return insured.IsZero
            ? new(total, 0, Money.Zero, RatioOutcome.NotMeaningful)
            : new(total, insured.Persons, total.Divide(insured, mode), RatioOutcome.Meaningful);
    }

    /// <summary>
    /// Each cohort's share of a category's cost and of its cases (the report's 在职/退休 comparison), exact.
    /// </summary>
    /// <exception cref="ArgumentException">Span lengths differ, or the total cost or cases is zero.</exception>
    public static void Shares(ReadOnlySpan<Utilisation> cohorts, ServiceCategory category, Span<Rate> costShares, Span<Rate> caseShares)
    {
        if (costShares.Length != cohorts.Length || caseShares.Length != cohorts.Length)
        {
            Preconditions.ThrowArgument(nameof(costShares), $"share spans have lengths {costShares.Length}/{caseShares.Length} but there are {cohorts.Length} cohorts.");
        }

        Utilisation total = Sum(cohorts);
        Money cost = total.Cost(category);
        long n = total.Cases(category);
        if (cost.IsZero || n == 0)
        {
            Preconditions.ThrowArgument(nameof(cohorts), $"{category}: total cost {cost:N2} 元 and cases {n}: shares of a zero total are not meaningful.");
        }

        for (int i = 0; i < cohorts.Length; i++)
        {
            costShares[i] = Rate.Of(cohorts[i].Cost(category), cost);
            caseShares[i] = Rate.FromRatio(cohorts[i].Cases(category), n);
        }
    }

    /// <summary>Explains 次均费用 = cost / cases.</summary>
    public Explanation ExplainCostPerCase(ServiceCategory category, MidpointRounding mode)
    {
        Average a = CostPerCase(category, mode);
        return new($"{category.ChineseName} 次均费用 cost per case", a.IsMeaningful ? a.Value.ToString("F2元", null) : "not meaningful (no cases)")
        {
            Formula = "医疗费用 cost / 人次 cases",
            Rounding = $"to the fen ({mode})",
            Inputs =
            [
                Explanation.Input("医疗费用 cost", a.Total.ToString("N2元", null)),
                Explanation.Input("人次 cases", a.Units.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            ],
        };
    }

    /// <inheritdoc />
    public bool Equals(Utilisation other) =>
        ((ReadOnlySpan<long>)cases).SequenceEqual(other.cases) && ((ReadOnlySpan<Money>)costs).SequenceEqual(other.costs);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Utilisation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(cases[0], cases[1], costs[0], costs[1]);

    /// <summary>Equality.</summary>
    public static bool operator ==(Utilisation left, Utilisation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Utilisation left, Utilisation right) => !left.Equals(right);

    /// <summary>"inpatient 50405 / 458050000.00, …".</summary>
    public override string ToString()
    {
        var parts = new string[ServiceCategory.Count];
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            parts[i] = $"{ServiceCategory.FromIndex(i).Code} {cases[i]} / {costs[i]:N2}";
        }

        return string.Join(", ", parts);
    }
}
