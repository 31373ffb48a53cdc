using System;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>Groups whose resident premium medical assistance may pay. 医疗救助资助参保对象类别.</summary>
public enum AssistanceCategory
{
    /// <summary>Not an assistance group; pays the full premium.</summary>
    None = 0,

    /// <summary>特困人员 (persons in extreme poverty).</summary>
    ExtremePoverty = 1,

    /// <summary>孤儿、事实无人抚养儿童 (orphans and de-facto unsupported children).</summary>
    Orphan = 2,

    /// <summary>低保对象 (minimum-living-allowance recipients).</summary>
    MinimumLivingAllowance = 3,

    /// <summary>返贫致贫人口、防止返贫监测对象 (monitored groups, during the transition).</summary>
    Monitored = 4,

    /// <summary>Any other locally defined group (低保边缘对象, 脱贫人口 …).</summary>
    Other = 5,
}

/// <summary>How medical assistance pays a group's premium. 资助方式.</summary>
public enum AssistanceKind
{
    /// <summary>Pays the full individual premium (全额资助).</summary>
    Full = 0,

    /// <summary>Pays a fixed amount, at most the premium (定额资助).</summary>
    FixedAmount = 1,

    /// <summary>Pays a ratio of the premium (按比例资助).</summary>
    Ratio = 2,
}

/// <summary>
/// One group's assistance-funded enrolment rule. 医疗救助资助参保标准（国办发〔2021〕42号）.
/// Assistance = premium (Full) | min(amount, premium) (FixedAmount) | round(premium × ratio) (Ratio); person = premium − assistance.
/// </summary>
public readonly struct AssistanceEnrolmentRule : IEquatable<AssistanceEnrolmentRule>
{
    private AssistanceEnrolmentRule(AssistanceCategory category, AssistanceKind kind, Money amount, Rate ratio, Citation? citation)
    {
        if (category == AssistanceCategory.None)
        {
            Preconditions.ThrowArgument(nameof(category), "category None has no assistance rule; persons outside assistance groups pay the full premium.");
        }

        Category = category;
        Kind = kind;
        Amount = amount;
        Ratio = ratio;
        Citation = citation;
    }

    /// <summary>The group.</summary>
    public AssistanceCategory Category { get; }

    /// <summary>How assistance pays.</summary>
    public AssistanceKind Kind { get; }

    /// <summary>The fixed amount (FixedAmount only).</summary>
    public Money Amount { get; }

    /// <summary>The ratio (Ratio only).</summary>
    public Rate Ratio { get; }

    /// <summary>The local document.</summary>
    public Citation? Citation { get; }

    /// <summary>Full assistance (全额资助), e.g. for 特困人员 and orphans.</summary>
    public static AssistanceEnrolmentRule Full(AssistanceCategory category, Citation? citation = null) =>
        new(category, AssistanceKind.Full, Money.Zero, Rate.OneHundredPercent, citation);

    /// <summary>A fixed amount (定额资助), e.g. for 低保对象.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static AssistanceEnrolmentRule Fixed(AssistanceCategory category, Money amount, Citation? citation = null)
    {
        if (amount.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(amount), amount.ToString(), $"amount {amount:F2元} is negative: an assistance amount cannot be below zero.");
        }

        return new(category, AssistanceKind.FixedAmount, amount, Rate.Zero, citation);
    }

    /// <summary>A ratio of the premium (按比例资助), e.g. ≥ 60% for monitored groups in one province.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is outside 0–100%.</exception>
    public static AssistanceEnrolmentRule OfRatio(AssistanceCategory category, Rate ratio, Citation? citation = null)
    {
        ContributionRates.CheckRate(ratio, nameof(ratio));
        return new(category, AssistanceKind.Ratio, Money.Zero, ratio, citation);
    }

    /// <summary>What assistance pays of one person's premium; the person pays the rest.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="premium"/> is negative.</exception>
    public AssistanceSplit Split(Money premium, MidpointRounding mode)
    {
        ContributionRates.CheckBase(premium, nameof(premium));
        Preconditions.CheckMode(mode);
        Money paid = Kind switch
        {
            AssistanceKind.Full => premium,
            AssistanceKind.FixedAmount => Money.Min(Amount, premium),
            _ => Money.FromFen(ContributionRates.Times(premium.Fen, Ratio, mode)),
        };
        return new AssistanceSplit(paid, premium - paid);
    }

    /// <inheritdoc/>
    public bool Equals(AssistanceEnrolmentRule other) => Category == other.Category && Kind == other.Kind && Amount == other.Amount && Ratio == other.Ratio;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssistanceEnrolmentRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, Kind, Amount, Ratio);

    /// <summary>Equality.</summary>
    public static bool operator ==(AssistanceEnrolmentRule left, AssistanceEnrolmentRule right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(AssistanceEnrolmentRule left, AssistanceEnrolmentRule right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        AssistanceKind.Full => $"{Category}: full",
        AssistanceKind.FixedAmount => $"{Category}: {Amount:F2元}",
        _ => $"{Category}: {Ratio:P2}",
    };
}

/// <summary>Who pays one person's premium. 资助参保分担. Assistance + Person = premium.</summary>
/// <param name="AssistancePays">Paid by the medical-assistance fund (医疗救助基金资助).</param>
/// <param name="PersonPays">Paid by the person (个人自付).</param>
public readonly record struct AssistanceSplit(Money AssistancePays, Money PersonPays);

/// <summary>A cohort of resident insured in one assistance category. 参保人群（按资助类别）.</summary>
/// <param name="Persons">Persons in the cohort.</param>
/// <param name="Category">Their assistance category (None for ordinary payers).</param>
public readonly record struct ResidentCohort(Headcount Persons, AssistanceCategory Category);

/// <summary>
/// Resident premium income of a set of cohorts. 城乡居民个人缴费收入.
/// Gross = Σ persons × individual contribution; AssistancePaid = Σ persons × assistance per person; PersonallyPaid = Gross − AssistancePaid.
/// </summary>
/// <param name="Persons">Total persons.</param>
/// <param name="Gross">Σ cohorts × individual contribution (the fund's premium income; the seed's 84,555万元).</param>
/// <param name="AssistancePaid">Part of <paramref name="Gross"/> paid by medical assistance (资助参保金额).</param>
/// <param name="PersonallyPaid">Part paid by persons = Gross − AssistancePaid.</param>
public readonly record struct ResidentPremiumIncome(Headcount Persons, Money Gross, Money AssistancePaid, Money PersonallyPaid);

/// <summary>
/// Resident premium income with assistance-funded enrolment. 城乡居民医保个人缴费收入（含医疗救助资助参保）.
/// Income = cohorts × standard; personally paid = income − subsidised amounts.
/// </summary>
public static class ResidentPremium
{
    /// <summary>Computes the income of cohorts at one individual contribution (0 bytes allocated).</summary>
    /// <param name="cohorts">The cohorts.</param>
    /// <param name="individualContribution">Individual contribution per person for the coverage year.</param>
    /// <param name="rules">One rule per assistance category used by the cohorts.</param>
    /// <param name="mode">Rounding of a ratio-based assistance amount per person.</param>
    /// <exception cref="ArgumentException">A cohort's category (other than None) has no rule.</exception>
    public static ResidentPremiumIncome Compute(ReadOnlySpan<ResidentCohort> cohorts, Money individualContribution, ReadOnlySpan<AssistanceEnrolmentRule> rules, MidpointRounding mode)
    {
        ContributionRates.CheckBase(individualContribution, nameof(individualContribution));
        Preconditions.CheckMode(mode);
        Headcount persons = Headcount.Zero;
        Money gross = Money.Zero;
        Money assisted = Money.Zero;
        for (int i = 0; i < cohorts.Length; i++)
        {
            ResidentCohort c = cohorts[i];
            persons += c.Persons;
            gross += individualContribution * c.Persons;
            if (c.Category == AssistanceCategory.None)
            {
                continue;
            }

            int r = Find(rules, c.Category);
            if (r < 0)
            {
                Preconditions.ThrowArgument(nameof(rules), $"cohorts[{i}] has category {c.Category} but rules has no rule for it.");
            }

            assisted += rules[r].Split(individualContribution, mode).AssistancePays * c.Persons;
        }

        return new ResidentPremiumIncome(persons, gross, assisted, gross - assisted);
    }

    private static int Find(ReadOnlySpan<AssistanceEnrolmentRule> rules, AssistanceCategory category)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].Category == category)
            {
                return i;
            }
        }

        return -1;
    }
}
