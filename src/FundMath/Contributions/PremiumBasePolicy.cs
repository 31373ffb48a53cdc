using System;
using FundMath.Citations;

namespace FundMath.Contributions;

/// <summary>
/// The band that clamps an employee's premium base, as a typed policy input.
/// 缴费基数上下限（缴费工资核定标准）.
/// Floor = reference monthly wage × floorRatio, cap = reference monthly wage × capRatio, each rounded to the fen
/// with its own named mode.
/// </summary>
/// <remarks>
/// 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》 ( 二.2): "职工缴费工资低于上一年度全省社会单位就业人员月平均工资60%的，按照60%确定；
/// 高于 …300%的，按照300%确定". Since 国办发〔2019〕13号 the reference is the provincial 全口径城镇单位就业人员平均工资.
/// The floor amount rounds toward +∞ by default (a base is never below 60% of the reference because of rounding)
/// and the cap amount rounds toward −∞ (never above 300%); collection systems that publish rounded 元 bands can
/// pass other modes, or pass the published amounts through <see cref="FromAmounts"/>.
/// </remarks>
public readonly struct PremiumBasePolicy : IEquatable<PremiumBasePolicy>
{
    /// <summary>Creates the band from a reference wage and two ratios, rounding floor up and cap down to the fen.</summary>
    /// <param name="referenceMonthlyWage">Previous-year average monthly wage of the reference population (&gt; 0).</param>
    /// <param name="floorRatio">Floor ratio (e.g. 60%), within 0–1000%.</param>
    /// <param name="capRatio">Cap ratio (e.g. 300%), at least <paramref name="floorRatio"/>.</param>
    /// <param name="citation">The document that sets the band.</param>
    /// <exception cref="ArgumentOutOfRangeException">The reference wage is not positive, or a ratio is negative or above 1000%.</exception>
    /// <exception cref="ArgumentException"><paramref name="floorRatio"/> exceeds <paramref name="capRatio"/>.</exception>
    public PremiumBasePolicy(Money referenceMonthlyWage, Rate floorRatio, Rate capRatio, Citation? citation = null)
        : this(referenceMonthlyWage, floorRatio, capRatio, MidpointRounding.ToPositiveInfinity, MidpointRounding.ToNegativeInfinity, citation)
    {
    }

    /// <summary>Creates the band with explicit rounding modes for the floor and cap amounts.</summary>
    /// <param name="referenceMonthlyWage">Previous-year average monthly wage of the reference population (&gt; 0).</param>
    /// <param name="floorRatio">Floor ratio (e.g. 60%), within 0–1000%.</param>
    /// <param name="capRatio">Cap ratio (e.g. 300%), at least <paramref name="floorRatio"/>.</param>
    /// <param name="floorRounding">How reference × floorRatio rounds to the fen (default ToPositiveInfinity).</param>
    /// <param name="capRounding">How reference × capRatio rounds to the fen (default ToNegativeInfinity).</param>
    /// <param name="citation">The document that sets the band.</param>
    public PremiumBasePolicy(Money referenceMonthlyWage, Rate floorRatio, Rate capRatio, MidpointRounding floorRounding, MidpointRounding capRounding, Citation? citation = null)
    {
        if (!referenceMonthlyWage.IsPositive)
        {
            Preconditions.ThrowOutOfRange(nameof(referenceMonthlyWage), referenceMonthlyWage.ToString(),
                $"referenceMonthlyWage {referenceMonthlyWage:F2元} must be greater than zero.");
        }

        CheckRatio(floorRatio, nameof(floorRatio));
        CheckRatio(capRatio, nameof(capRatio));
        if (floorRatio > capRatio)
        {
            Preconditions.ThrowArgument(nameof(floorRatio), $"floorRatio {floorRatio:P2} exceeds capRatio {capRatio:P2}: the floor of a premium-base band cannot be above its cap.");
        }

        Preconditions.CheckMode(floorRounding, nameof(floorRounding));
        Preconditions.CheckMode(capRounding, nameof(capRounding));
        ReferenceMonthlyWage = referenceMonthlyWage;
        FloorRatio = floorRatio;
        CapRatio = capRatio;
        FloorRounding = floorRounding;
        CapRounding = capRounding;
        Citation = citation;
        floor = referenceMonthlyWage.Multiply(floorRatio, floorRounding);
        cap = referenceMonthlyWage.Multiply(capRatio, capRounding);
        constructed = true;
        if (Floor > Cap)
        {
            Preconditions.ThrowArgument(nameof(floorRounding), $"floor {Floor:F2元} rounds above cap {Cap:F2元}; choose rounding modes that keep the band ordered.");
        }
    }

    // default(PremiumBasePolicy) has a 0 floor and a 0 cap, which would clamp every wage to a base of 0 "bound Cap":
    // it is rejected where the band is read.
    private readonly Money floor;
    private readonly Money cap;
    private readonly bool constructed;

    private static InvalidOperationException NotConstructed() =>
        new("default(PremiumBasePolicy) has no floor or cap; create the policy with its constructor, FromAmounts or FromParameters.");

    private PremiumBasePolicy(Money floor, Money cap, Citation? citation)
    {
        this.floor = floor;
        this.cap = cap;
        constructed = true;
        Citation = citation;
        FloorRounding = MidpointRounding.ToZero;
        CapRounding = MidpointRounding.ToZero;
    }

    /// <summary>The previous-year average monthly wage of the reference population (上年度全省全口径城镇单位就业人员月平均工资); zero when built from amounts.</summary>
    public Money ReferenceMonthlyWage { get; }

    /// <summary>The floor ratio (下限比例, e.g. 60%); zero when built from amounts.</summary>
    public Rate FloorRatio { get; }

    /// <summary>The cap ratio (上限比例, e.g. 300%); zero when built from amounts.</summary>
    public Rate CapRatio { get; }

    /// <summary>How the floor amount was rounded to the fen.</summary>
    public MidpointRounding FloorRounding { get; }

    /// <summary>How the cap amount was rounded to the fen.</summary>
    public MidpointRounding CapRounding { get; }

    /// <summary>The lowest premium base (缴费基数下限).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PremiumBasePolicy)</c>, which has no band.</exception>
    public Money Floor => constructed ? floor : throw NotConstructed();

    /// <summary>The highest premium base (缴费基数上限).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PremiumBasePolicy)</c>, which has no band.</exception>
    public Money Cap => constructed ? cap : throw NotConstructed();

    /// <summary>The document that sets the band, if known.</summary>
    public Citation? Citation { get; }

    /// <summary>Creates a band from published floor and cap amounts (e.g. a city's notice of 3,924元 / 19,620元).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="floor"/> exceeds <paramref name="cap"/>.</exception>
    public static PremiumBasePolicy FromAmounts(Money floor, Money cap, Citation? citation = null)
    {
        if (floor.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(floor), floor.ToString(), $"floor {floor:F2元} must not be negative.");
        }

        if (floor > cap)
        {
            Preconditions.ThrowArgument(nameof(floor), $"floor {floor:F2元} exceeds cap {cap:F2元}: the floor of a premium-base band cannot be above its cap.");
        }

        return new PremiumBasePolicy(floor, cap, citation);
    }

    /// <summary>Whether <paramref name="base"/> lies inside the band [Floor, Cap].</summary>
    public bool Contains(Money @base) => @base >= Floor && @base <= Cap;

    /// <inheritdoc/>
    public bool Equals(PremiumBasePolicy other) =>
        constructed == other.constructed && floor == other.floor && cap == other.cap && ReferenceMonthlyWage == other.ReferenceMonthlyWage
        && FloorRatio == other.FloorRatio && CapRatio == other.CapRatio && Equals(Citation, other.Citation);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PremiumBasePolicy other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(floor, cap, ReferenceMonthlyWage);

    /// <summary>Equality.</summary>
    public static bool operator ==(PremiumBasePolicy left, PremiumBasePolicy right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PremiumBasePolicy left, PremiumBasePolicy right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"[{Floor:F2元}, {Cap:F2元}]";

    private static void CheckRatio(Rate ratio, string paramName)
    {
        if (ratio.IsNegative || ratio > Rate.FromRatio(10, 1))
        {
            Preconditions.ThrowOutOfRange(paramName, ratio.ToString(), $"{paramName} {ratio:P2} is outside 0%–1000%: a premium-base ratio of the reference wage must be non-negative.");
        }
    }
}
