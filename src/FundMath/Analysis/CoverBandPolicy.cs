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
/// The seed report groups regions by &lt; 3, 3–9 and &gt; 9 months; 6–9 months is the "reasonable" range for the
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

    /// <summary>Bands &lt; 3, 3–9, &gt; 9 months (seed report) and the reasonable range 6–9 months (人社部发〔2009〕67号).</summary>
    public static CoverBandPolicy Default => new(Fraction.FromInteger(3), Fraction.FromInteger(9), Fraction.FromInteger(6), Fraction.FromInteger(9));

    /// <summary>
    /// The bands in force on <paramref name="date"/> in a parameter set (analysis.months_of_cover.warning_below,
    /// high_above, reasonable_min, reasonable_max) — so a city's own bands, layered over the national defaults, apply.
    /// <see cref="Default"/> equals <c>FromParameters(ParameterSet.National, …)</c>; a test keeps the two equal.
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
        months < WarningBelow ? CoverBand.Warning : months > HighAbove ? CoverBand.High : CoverBand.Middle;

    /// <summary>True when <paramref name="months"/> lies in the reasonable range, edges included.</summary>
    public bool IsReasonable(Fraction months) => months >= ReasonableFrom && months <= ReasonableTo;

    /// <summary>"&lt;3 | 3–9 | &gt;9 months; reasonable 6–9".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"<{WarningBelow} | {WarningBelow}–{HighAbove} | >{HighAbove} months; reasonable {ReasonableFrom}–{ReasonableTo}");
}
