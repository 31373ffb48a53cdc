using System;
using System.Collections.Generic;
using System.Globalization;

namespace FundMath.Forecasting.Fits;

/// <summary>
/// A named history of one figure (an income line, an expenditure line, a headcount, a per-capita cost) at yearly or
/// quarterly intervals — 历史数据序列, validated: every value finite, periods consecutive from the first.
/// </summary>
public sealed class TrendSeries
{
    private readonly double[] values;

    private TrendSeries(string name, SeriesFrequency frequency, int firstYear, int firstQuarter, double[] values)
    {
        Name = name;
        Frequency = frequency;
        FirstYear = firstYear;
        FirstQuarter = firstQuarter;
        this.values = values;
    }

    /// <summary>The series' name, e.g. "residentExpenditure" (used in every error message).</summary>
    public string Name { get; }

    /// <summary>Yearly or quarterly.</summary>
    public SeriesFrequency Frequency { get; }

    /// <summary>The year of the first value.</summary>
    public int FirstYear { get; }

    /// <summary>The quarter (1–4) of the first value of a quarterly series; 1 for a yearly series.</summary>
    public int FirstQuarter { get; }

    /// <summary>The number of values.</summary>
    public int Count => values.Length;

    /// <summary>The values in period order.</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>Periods per year: 1 or 4.</summary>
    public int PeriodsPerYear => Frequency == SeriesFrequency.Yearly ? 1 : 4;

    internal ReadOnlySpan<double> Span => values;

    /// <summary>A yearly series starting in <paramref name="firstYear"/>.</summary>
    /// <exception cref="ForecastInputException">The name is empty, the year is outside 1900–2200, or a value is NaN or infinite (the message names the series, the period and the value).</exception>
    public static TrendSeries Yearly(string name, int firstYear, ReadOnlySpan<double> values) =>
        Create(name, SeriesFrequency.Yearly, firstYear, 1, values);

    /// <summary>A yearly series of money amounts, in 元.</summary>
    /// <exception cref="ForecastInputException">As for <see cref="Yearly(string, int, ReadOnlySpan{double})"/>.</exception>
    public static TrendSeries Yearly(string name, int firstYear, ReadOnlySpan<Money> values)
    {
        var yuan = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            yuan[i] = ForecastMoney.ToYuan(values[i]);
        }

        return Create(name, SeriesFrequency.Yearly, firstYear, 1, yuan);
    }

    /// <summary>A quarterly series starting in quarter <paramref name="firstQuarter"/> of <paramref name="firstYear"/>.</summary>
    /// <exception cref="ForecastInputException">As for <see cref="Yearly(string, int, ReadOnlySpan{double})"/>, or the quarter is outside 1–4.</exception>
    public static TrendSeries Quarterly(string name, int firstYear, int firstQuarter, ReadOnlySpan<double> values) =>
        Create(name, SeriesFrequency.Quarterly, firstYear, firstQuarter, values);

    /// <summary>The label of the period at <paramref name="index"/> (0 = first; beyond the data for forecasts): "2021" or "2021Q3".</summary>
    public string PeriodLabel(int index)
    {
        if (Frequency == SeriesFrequency.Yearly)
        {
            return (FirstYear + index).ToString(CultureInfo.InvariantCulture);
        }

        int q = FirstQuarter - 1 + index;
        int year = FirstYear + (int)Math.Floor(q / 4.0);
        int quarter = ((q % 4) + 4) % 4 + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{year}Q{quarter}");
    }

    private static TrendSeries Create(string name, SeriesFrequency frequency, int firstYear, int firstQuarter, ReadOnlySpan<double> values)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            ForecastChecks.Throw("series", "(empty name)", "needs a name: every error about it names the series");
        }

        string subject = "series " + name;
        if (firstYear < 1900 || firstYear > 2200)
        {
            ForecastChecks.Throw(subject, "first year " + firstYear.ToString(CultureInfo.InvariantCulture), "is outside 1900–2200");
        }

        if (firstQuarter < 1 || firstQuarter > 4)
        {
            ForecastChecks.Throw(subject, "first quarter " + firstQuarter.ToString(CultureInfo.InvariantCulture), "is outside 1–4");
        }

        var copy = values.ToArray();
        var series = new TrendSeries(name, frequency, firstYear, firstQuarter, copy);
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                ForecastChecks.Throw(subject, $"value {ForecastInputException.Text(copy[i])} at {series.PeriodLabel(i)}", "is not a finite number (NaN and Infinity are refused)");
            }
        }

        return series;
    }

    /// <summary>"name: 8 yearly values from 2018".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {Count} {(Frequency == SeriesFrequency.Yearly ? "yearly" : "quarterly")} values from {PeriodLabel(0)}");
}
