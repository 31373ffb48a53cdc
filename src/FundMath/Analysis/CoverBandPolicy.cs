using System;
using System.Globalization;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Analysis;

/// <summary>
/// Thresholds that sort months of cover into bands, and the range judged reasonable. 可支付月数分段标准.
/// <c>Warning: m &lt; WarningBelow; Middle: WarningBelow ≤ m ≤ HighAbove; High: m &gt; HighAbove</c>;
/// reasonable when <c>ReasonableFrom ≤ m ≤ ReasonableTo</c>.
/// </summary>
/// <remarks>
/// 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 groups regions by &lt; 3, 3–9 and &gt; 9 months; 6–9 months is the "reasonable" range for the
/// employee pooled fund (人社部发〔2009〕67号). Both are defaults; every threshold is configurable.
/// </remarks>
public readonly record struct CoverBandPolicy
{
    /// <summary>Creates a policy; thresholds are months as exact fractions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is negative, or a lower threshold exceeds its upper one.</exception>
    public CoverBandPolicy(Fraction warningBelow, Fraction highAbove, Fraction reasonableFrom, Fraction reasonableTo)
    {
        if (warningBelow.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(warningBelow), warningBelow, $"warningBelow {warningBelow} months is negative.");
        }

        if (highAbove < warningBelow)
        {
            Preconditions.ThrowOutOfRange(nameof(highAbove), highAbove, $"highAbove {highAbove} months is below warningBelow {warningBelow} months.");
        }

        if (reasonableFrom.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(reasonableFrom), reasonableFrom, $"reasonableFrom {reasonableFrom} months is negative.");
        }

        if (reasonableTo < reasonableFrom)
        {
            Preconditions.ThrowOutOfRange(nameof(reasonableTo), reasonableTo, $"reasonableTo {reasonableTo} months is below reasonableFrom {reasonableFrom} months.");
        }

        WarningBelow = warningBelow;
        constructed = true;
        HighAbove = highAbove;
        ReasonableFrom = reasonableFrom;
        ReasonableTo = reasonableTo;
    }

    /// <summary>Below this many months the band is <see cref="CoverBand.Warning"/> (default 3).</summary>
    public Fraction WarningBelow { get; }

    /// <summary>Above this many months the band is <see cref="CoverBand.High"/> (default 9).</summary>
    public Fraction HighAbove { get; }

    /// <summary>Lower end of the reasonable range, inclusive (default 6).</summary>
    public Fraction ReasonableFrom { get; }

    /// <summary>Upper end of the reasonable range, inclusive (default 9).</summary>
    public Fraction ReasonableTo { get; }

    // False only in default(CoverBandPolicy): its 0-month thresholds would band every region High.
    private readonly bool constructed;

    /// <summary>Throws unless this policy was created by a constructor, <see cref="Default"/> or <see cref="FromParameters"/>.</summary>
    /// <exception cref="ArgumentException">This is <c>default(CoverBandPolicy)</c>.</exception>
    internal void EnsureConstructed(string paramName)
    {
        if (!constructed)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is default(CoverBandPolicy), which has no thresholds; use CoverBandPolicy.Default (3 / 9 months, reasonable 6–9), FromParameters or the constructor.");
        }
    }

    /// <summary>
    /// The shipped bands: &lt; 3, 3–9, &gt; 9 months (the conventions layer, the 株洲市 report's local convention) and the
    /// reasonable range 6–9 months (national set, 人社部发〔2009〕67号) — <c>FromParameters(ParameterSet.NationalWithConventions,
    /// 2021-01-01)</c>, read once from the shipped data and cached.
    /// </summary>
    public static CoverBandPolicy Default => ShippedDefault.Value;

    /// <summary>
    /// The bands in force on <paramref name="date"/> in a parameter set (analysis.months_of_cover.warning_below,
    /// high_above, reasonable_min, reasonable_max) — so a city's own bands, layered over the national defaults, apply.
    /// <see cref="Default"/> is this read from the shipped data (the bands are a local convention, not a national rule).
    /// </summary>
    /// <exception cref="ParameterNotFoundException">The set lacks one of the parameters on that date.</exception>
    public static CoverBandPolicy FromParameters(ParameterSet parameters, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new(
            ConventionParameters.Analysis.MonthsOfCoverWarningBelow.At(parameters, date),
            ConventionParameters.Analysis.MonthsOfCoverHighAbove.At(parameters, date),
            NationalParameters.Analysis.MonthsOfCoverReasonableMin.At(parameters, date),
            NationalParameters.Analysis.MonthsOfCoverReasonableMax.At(parameters, date));
    }

    /// <summary>The band of <paramref name="months"/>, decided exactly.</summary>
    public CoverBand Classify(Fraction months) =>
        !constructed ? throw new InvalidOperationException("default(CoverBandPolicy) has no thresholds; use CoverBandPolicy.Default, FromParameters or the constructor.")
        : months < WarningBelow ? CoverBand.Warning : months > HighAbove ? CoverBand.High : CoverBand.Middle;

    /// <summary>True when <paramref name="months"/> lies in the reasonable range, edges included.</summary>
    public bool IsReasonable(Fraction months) =>
        !constructed ? throw new InvalidOperationException("default(CoverBandPolicy) has no thresholds; use CoverBandPolicy.Default, FromParameters or the constructor.")
        : months >= ReasonableFrom && months <= ReasonableTo;

    /// <summary>"&lt;3 | 3–9 | &gt;9 months; reasonable 6–9".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"<{WarningBelow} | {WarningBelow}–{HighAbove} | >{HighAbove} months; reasonable {ReasonableFrom}–{ReasonableTo}");

    // Read on first use of Default (not when any other member of the type is touched), so that loading the
    // parameter data never runs inside another type's initializer; afterwards a static readonly load.
    private static class ShippedDefault
    {
        internal static readonly CoverBandPolicy Value = FromParameters(ParameterSet.NationalWithConventions, new LocalDate(2021, 1, 1));
    }
}
