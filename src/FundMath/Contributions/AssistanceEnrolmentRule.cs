using System;
using FundMath.Citations;

namespace FundMath.Contributions;

/// <summary>
/// One group's assistance-funded enrolment rule. 医疗救助资助参保标准（国办发〔2021〕42号）.
/// Assistance = premium (Full) | min(amount, premium) (FixedAmount) | round(premium × ratio) (Ratio); person = premium − assistance.
/// </summary>
/// <remarks><c>default(AssistanceEnrolmentRule)</c> is the first category and kind with amount 0.00元, ratio 0% and no citation: read through its Kind as any other rule.</remarks>
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
