using System;
using System.Globalization;
using FundMath.Citations;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Drg;

/// <summary>
/// The rules of a DRG/DIP point payment (点数法付费规则): how points are rounded, which cases are high/low-cost
/// outliers (高倍率/低倍率病例), how much of the budget is reserved (预留调节金), and how the year-end settlement
/// retains surplus and shares overrun (结余留用、合理超支分担). Every value is a policy parameter: read them from a
/// city's parameter set with <see cref="FromParameters"/> (keys in <see cref="DrgParameters"/>), or give them
/// directly with a citation.
/// </summary>
/// <remarks>
/// The two rounding modes are not file parameters (parameter files carry numbers, not modes): they default to
/// <see cref="MidpointRounding.AwayFromZero"/> (四舍五入) and are overridable here.
/// </remarks>
public sealed class DrgPolicy
{
    private readonly Citation? citation;

    /// <summary>Creates rules from explicit values (every value checked; <paramref name="citation"/> is their source).</summary>
    /// <param name="pointDecimals">Decimals of a point that base and case points are rounded to, 0–6 (e.g. 4).</param>
    /// <param name="highOutlierRatio">A case costing more than this multiple of its group average is a high outlier (≥ 100%, e.g. 200%).</param>
    /// <param name="lowOutlierRatio">A case costing less than this share of its group average is a low outlier (0–100%, e.g. 50%).</param>
    /// <param name="reserveRatio">预留调节金 as a share of the budget (0% to below 100%).</param>
    /// <param name="surplusBand">Surplus up to this share of the point payment may be retained (≥ 0).</param>
    /// <param name="surplusRetention">Share of the surplus within the band the institution keeps (0–100%).</param>
    /// <param name="overrunBand">Overrun up to this share of the point payment is shared (≥ 0).</param>
    /// <param name="overrunShare">Share of the overrun within the band the fund pays (0–100%).</param>
    /// <param name="pointRounding">Rounding of points to <paramref name="pointDecimals"/>.</param>
    /// <param name="moneyRounding">Rounding of amounts to the fen (reserve, bands, retained and shared amounts).</param>
    /// <param name="citation">Where the values come from (a city document, or a stated local convention).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its rule; the message names it.</exception>
    public DrgPolicy(int pointDecimals, Rate highOutlierRatio, Rate lowOutlierRatio, Rate reserveRatio,
        Rate surplusBand, Rate surplusRetention, Rate overrunBand, Rate overrunShare,
        MidpointRounding pointRounding = MidpointRounding.AwayFromZero,
        MidpointRounding moneyRounding = MidpointRounding.AwayFromZero,
        Citation? citation = null)
        : this(pointDecimals, highOutlierRatio, lowOutlierRatio, reserveRatio, surplusBand, surplusRetention, overrunBand,
            overrunShare, pointRounding, moneyRounding, citation, null, default)
    {
    }

    private DrgPolicy(int pointDecimals, Rate highOutlierRatio, Rate lowOutlierRatio, Rate reserveRatio,
        Rate surplusBand, Rate surplusRetention, Rate overrunBand, Rate overrunShare,
        MidpointRounding pointRounding, MidpointRounding moneyRounding, Citation? citation, ParameterSet? source, LocalDate date)
    {
        Preconditions.CheckArgumentRange(nameof(pointDecimals), pointDecimals, 0, DrgPoints.MaxDecimals);
        if (highOutlierRatio < Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(nameof(highOutlierRatio), highOutlierRatio, $"highOutlierRatio {Show(highOutlierRatio)} is below 100%: a high-cost outlier costs more than its group average.");
        }

        if (lowOutlierRatio.IsNegative || lowOutlierRatio > Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(nameof(lowOutlierRatio), lowOutlierRatio, $"lowOutlierRatio {Show(lowOutlierRatio)} is outside 0%–100%: a low-cost outlier costs less than its group average.");
        }

        if (reserveRatio.IsNegative || reserveRatio >= Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(nameof(reserveRatio), reserveRatio, $"reserveRatio {Show(reserveRatio)} must be at least 0% and below 100%: the reserve cannot take the whole budget.");
        }

        CheckNonNegative(surplusBand, nameof(surplusBand));
        CheckShare(surplusRetention, nameof(surplusRetention));
        CheckNonNegative(overrunBand, nameof(overrunBand));
        CheckShare(overrunShare, nameof(overrunShare));
        Preconditions.CheckMode(pointRounding, nameof(pointRounding));
        Preconditions.CheckMode(moneyRounding, nameof(moneyRounding));
        PointDecimals = pointDecimals;
        HighOutlierRatio = highOutlierRatio;
        LowOutlierRatio = lowOutlierRatio;
        ReserveRatio = reserveRatio;
        SurplusBand = surplusBand;
        SurplusRetention = surplusRetention;
        OverrunBand = overrunBand;
        OverrunShare = overrunShare;
        PointRounding = pointRounding;
        MoneyRounding = moneyRounding;
        this.citation = citation;
        Source = source;
        Date = date;
    }

    /// <summary>Decimals of a point that base points and case points are rounded to (0–6).</summary>
    public int PointDecimals { get; }

    /// <summary>高倍率病例 threshold: cost above this multiple of the group average cost.</summary>
    public Rate HighOutlierRatio { get; }

    /// <summary>低倍率病例 threshold: cost below this share of the group average cost.</summary>
    public Rate LowOutlierRatio { get; }

    /// <summary>预留调节金比例: the reserve as a share of the budget, when no reserve amount is given.</summary>
    public Rate ReserveRatio { get; }

    /// <summary>结余留用 band: surplus up to this share of the point payment is eligible for retention.</summary>
    public Rate SurplusBand { get; }

    /// <summary>结余留用比例: share of the eligible surplus the institution keeps.</summary>
    public Rate SurplusRetention { get; }

    /// <summary>合理超支 band: overrun up to this share of the point payment is eligible for sharing.</summary>
    public Rate OverrunBand { get; }

    /// <summary>合理超支分担比例: share of the eligible overrun the fund pays.</summary>
    public Rate OverrunShare { get; }

    /// <summary>Rounding of points to <see cref="PointDecimals"/>.</summary>
    public MidpointRounding PointRounding { get; }

    /// <summary>Rounding of amounts to the fen.</summary>
    public MidpointRounding MoneyRounding { get; }

    /// <summary>The parameter set the values were read from (null when given directly).</summary>
    public ParameterSet? Source { get; }

    /// <summary>The date the values were read at (default when given directly).</summary>
    public LocalDate Date { get; }

    /// <summary>The citation of directly given values (null when read from a parameter set, whose entries cite themselves).</summary>
    public Citation? Citation => citation;

    /// <summary>
    /// The rules in force on <paramref name="date"/> in a parameter set (keys in <see cref="DrgParameters"/>); the
    /// policy keeps the set and date so that <c>Explain</c> cites each value's own entry.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">The set lacks a DRG parameter on that date (missing is never zero).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value breaks its rule (e.g. drg.points.decimals 9).</exception>
    public static DrgPolicy FromParameters(ParameterSet parameters, LocalDate date,
        MidpointRounding pointRounding = MidpointRounding.AwayFromZero,
        MidpointRounding moneyRounding = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        long decimals = DrgParameters.PointDecimals.At(parameters, date);
        if (decimals > DrgPoints.MaxDecimals)
        {
            Preconditions.ThrowOutOfRange(DrgParameters.PointDecimals.Name, decimals, $"{DrgParameters.PointDecimals.Name} {decimals} is above {DrgPoints.MaxDecimals}: points are exact to 10⁻⁶.");
        }

        return new DrgPolicy(
            (int)decimals,
            DrgParameters.HighOutlierRatio.At(parameters, date),
            DrgParameters.LowOutlierRatio.At(parameters, date),
            DrgParameters.ReserveRatio.At(parameters, date),
            DrgParameters.SurplusBand.At(parameters, date),
            DrgParameters.SurplusRetention.At(parameters, date),
            DrgParameters.OverrunBand.At(parameters, date),
            DrgParameters.OverrunShare.At(parameters, date),
            pointRounding,
            moneyRounding,
            null,
            parameters,
            date);
    }

    /// <summary>The same rules with other rounding modes.</summary>
    public DrgPolicy WithRounding(MidpointRounding pointRounding, MidpointRounding moneyRounding) =>
        new(PointDecimals, HighOutlierRatio, LowOutlierRatio, ReserveRatio, SurplusBand, SurplusRetention, OverrunBand,
            OverrunShare, pointRounding, moneyRounding, citation, Source, Date);

    /// <summary>The reserve a budget keeps back by <see cref="ReserveRatio"/>, rounded to the fen with <see cref="MoneyRounding"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    public Money ReserveFor(Money budget)
    {
        if (budget.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, $"budget {budget.ToString("F2元", CultureInfo.InvariantCulture)} is negative: a point-payment budget must be ≥ 0.");
        }

        return budget.Multiply(ReserveRatio, MoneyRounding);
    }

    /// <summary>"points to 4 decimals (AwayFromZero); outliers &gt; 200% / &lt; 50%; reserve 5%; surplus 60% within 10%; overrun 70% within 10%".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"points to {PointDecimals} decimals ({PointRounding}); outliers > {Show(HighOutlierRatio)} / < {Show(LowOutlierRatio)}; reserve {Show(ReserveRatio)}; surplus {Show(SurplusRetention)} within {Show(SurplusBand)}; overrun {Show(OverrunShare)} within {Show(OverrunBand)}");

    /// <summary>An explanation node for one rule value, citing its parameter entry (or the direct citation).</summary>
    internal Explanation Node(string label, ParameterKey<Rate> key, Rate value) => Node(label, key.Name, Show(value));

    /// <summary>The explanation node of the point decimals and rounding mode.</summary>
    internal Explanation DecimalsNode() =>
        Node("点数保留小数位 point decimals", DrgParameters.PointDecimals.Name,
            string.Create(CultureInfo.InvariantCulture, $"{PointDecimals} ({PointRounding})"));

    private Explanation Node(string label, string parameterName, string valueText)
    {
        if (Source?.Find(parameterName) is { } parameter && parameter.TryAt(Date) is { } entry)
        {
            return new Explanation(label, valueText, ExplanationKind.Parameter)
            {
                Citation = entry.Citation,
                EffectiveFrom = entry.EffectiveFrom,
                Note = entry.Note is null ? parameterName : parameterName + ": " + entry.Note,
            };
        }

        return new Explanation(label, valueText, ExplanationKind.Parameter) { Citation = citation, Note = parameterName + " (given directly)" };
    }

    internal static string Show(Rate rate) => ParameterValue.FromRate(rate, ParameterUnit.Ratio).ToString();

    /// <summary>A factor as people write it: "1.05" when it is a terminating decimal (up to 12 places), else "1/3".</summary>
    internal static string ShowFactor(Fraction factor)
    {
        long d = factor.Denominator;
        while (d % 2 == 0)
        {
            d /= 2;
        }

        while (d % 5 == 0)
        {
            d /= 5;
        }

        if (d == 1 && factor.Denominator <= 1_000_000_000_000)
        {
            return factor.ToDecimal(12, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture);
        }

        return factor.ToString("G", CultureInfo.InvariantCulture);
    }

    private static void CheckNonNegative(Rate value, string name)
    {
        if (value.IsNegative)
        {
            Preconditions.ThrowOutOfRange(name, value, $"{name} {Show(value)} is negative: a band is a share ≥ 0% of the point payment.");
        }
    }

    private static void CheckShare(Rate value, string name)
    {
        if (value.IsNegative || value > Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(name, value, $"{name} {Show(value)} is outside 0%–100%.");
        }
    }
}
