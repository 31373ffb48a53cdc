using System;
using System.Globalization;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A named rule that continues a dated standard (the resident subsidy or individual contribution) after the last
/// year the parameter set knows — 外推规则. Written in input files as <c>hold-last</c>, <c>last-increment</c>,
/// <c>linear-trend</c> or <c>growth:3%</c>.
/// </summary>
public readonly record struct ExtrapolationRule
{
    private ExtrapolationRule(ExtrapolationKind kind, double growthRate)
    {
        Kind = kind;
        GrowthRate = growthRate;
    }

    /// <summary>The rule.</summary>
    public ExtrapolationKind Kind { get; }

    /// <summary>The yearly growth of <see cref="ExtrapolationKind.ConstantGrowth"/> (0 otherwise).</summary>
    public double GrowthRate { get; }

    /// <summary><c>hold-last</c>.</summary>
    public static ExtrapolationRule HoldLastValue => new(ExtrapolationKind.HoldLastValue, 0);

    /// <summary><c>last-increment</c>.</summary>
    public static ExtrapolationRule LastIncrement => new(ExtrapolationKind.LastIncrement, 0);

    /// <summary><c>linear-trend</c>.</summary>
    public static ExtrapolationRule LinearTrend => new(ExtrapolationKind.LinearTrend, 0);

    /// <summary><c>growth:R</c>: constant growth at <paramref name="rate"/> a year (0.03 = 3%).</summary>
    /// <exception cref="ForecastInputException">The rate is not finite or outside −50%…+100%.</exception>
    public static ExtrapolationRule ConstantGrowth(double rate) =>
        new(ExtrapolationKind.ConstantGrowth, ForecastChecks.InRange("extrapolation growth", rate, -0.5, 1.0, "the allowed yearly growth"));

    /// <summary>Parses <c>hold-last</c>, <c>last-increment</c>, <c>linear-trend</c> or <c>growth:3%</c>.</summary>
    /// <exception cref="ForecastInputException">The text is none of these.</exception>
    public static ExtrapolationRule Parse(string text)
    {
        string t = (text ?? string.Empty).Trim();
        switch (t)
        {
            case "hold-last":
                return HoldLastValue;
            case "last-increment":
                return LastIncrement;
            case "linear-trend":
                return LinearTrend;
        }

        if (t.StartsWith("growth:", StringComparison.Ordinal))
        {
            string rate = t["growth:".Length..].Trim();
            bool percent = rate.EndsWith('%');
            if (double.TryParse(percent ? rate[..^1] : rate, NumberStyles.Float, CultureInfo.InvariantCulture, out double r))
            {
                return ConstantGrowth(percent ? r / 100.0 : r);
            }
        }

        ForecastChecks.Throw("extrapolation rule", $"'{t}'", "is not a rule: use hold-last, last-increment, linear-trend or growth:R (e.g. growth:3%)");
        return default;
    }

    /// <summary>The rule as written in input files.</summary>
    public override string ToString() => Kind switch
    {
        ExtrapolationKind.HoldLastValue => "hold-last",
        ExtrapolationKind.LastIncrement => "last-increment",
        ExtrapolationKind.LinearTrend => "linear-trend",
        _ => string.Create(CultureInfo.InvariantCulture, $"growth:{GrowthRate * 100:0.###}%"),
    };
}
