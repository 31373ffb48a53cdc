using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;
using FundMath.Forecasting.Fits;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A dated per-capita standard year by year — 筹资标准路径: the value in force on 1 January of each year from the
/// parameter set while it knows one, then the extrapolation rule. Built by <see cref="ProjectionModel"/>.
/// </summary>
public sealed class StandardPath
{
    private readonly Money[] values;
    private readonly int firstYear;

    private StandardPath(string parameter, int firstYear, Money[] values, int lastKnownYear, ExtrapolationRule rule, List<Explanation> sources)
    {
        Parameter = parameter;
        this.firstYear = firstYear;
        this.values = values;
        LastKnownYear = lastKnownYear;
        Rule = rule;
        Sources = sources;
    }

    /// <summary>The parameter's name, e.g. "resident.fiscal_subsidy".</summary>
    public string Parameter { get; }

    /// <summary>The last year whose value the parameter set knows (its last entry's year).</summary>
    public int LastKnownYear { get; }

    /// <summary>The rule used after <see cref="LastKnownYear"/>.</summary>
    public ExtrapolationRule Rule { get; }

    /// <summary>The parameter entries used (with citations) and the extrapolation, as explanation nodes.</summary>
    public IReadOnlyList<Explanation> Sources { get; }

    /// <summary>The standard for <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the path.</exception>
    public Money At(int year)
    {
        int i = year - firstYear;
        if ((uint)i >= (uint)values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"the {Parameter} path covers {firstYear}–{firstYear + values.Length - 1}.");
        }

        return values[i];
    }

    internal static StandardPath Build(ParameterSet parameters, ParameterKey<Money> key, int firstYear, int lastYear, ExtrapolationRule rule, MidpointRounding rounding)
    {
        Parameter p;
        try
        {
            p = parameters.Get(key.Name);
        }
        catch (ParameterNotFoundException e)
        {
            ForecastChecks.Throw("parameter " + key.Name, "missing", "is needed for the resident funding standards: " + e.Message);
            throw;
        }

        int lastKnown = p.Entries[^1].EffectiveFrom.Year;
        int firstKnown = p.Entries[0].EffectiveFrom.Year;
        if (firstYear < firstKnown)
        {
            ForecastChecks.Throw("parameter " + key.Name, "year " + firstYear.ToString(CultureInfo.InvariantCulture), $"is before its first value (effective {p.Entries[0].EffectiveFrom:uuuu-MM-dd}); the projection needs the standard of every year from the base year");
        }

        var sources = new List<Explanation>();
        var values = new Money[lastYear - firstYear + 1];
        var seen = new HashSet<LocalDate>();
        for (int y = firstYear; y <= Math.Min(lastYear, lastKnown); y++)
        {
            ParameterEntry e = key.Entry(parameters, new LocalDate(y, 1, 1));
            values[y - firstYear] = e.Value.AsMoney();
            if (seen.Add(e.EffectiveFrom))
            {
                sources.Add(e.Explain(key.Name));
            }
        }

        if (lastYear > lastKnown)
        {
            int from = Math.Max(lastKnown + 1, firstYear);
            if (lastKnown < firstYear)
            {
                sources.Add(p.Entries[^1].Explain(key.Name));
            }

            Money last = key.At(parameters, new LocalDate(lastKnown, 1, 1));
            double lastYuan = ForecastMoney.ToYuan(last);
            string how;
            switch (rule.Kind)
            {
                case ExtrapolationKind.HoldLastValue:
                    how = $"hold-last: {last:F2} 元 after {lastKnown}";
                    for (int y = from; y <= lastYear; y++)
                    {
                        values[y - firstYear] = last;
                    }

                    break;
                case ExtrapolationKind.LastIncrement:
                    {
                        if (lastKnown - 1 < firstKnown)
                        {
                            ForecastChecks.Throw("parameter " + key.Name, "one known year", "cannot give a last increment: last-increment needs values for two consecutive years");
                        }

                        Money previous = key.At(parameters, new LocalDate(lastKnown - 1, 1, 1));
                        Money step = last - previous;
                        how = $"last-increment: {last:F2} + {step:F2} 元 a year after {lastKnown}";
                        for (int y = from; y <= lastYear; y++)
                        {
                            values[y - firstYear] = last + (step * (y - lastKnown));
                        }

                        break;
                    }

                case ExtrapolationKind.LinearTrend:
                    {
                        var history = new double[lastKnown - firstKnown + 1];
                        for (int y = firstKnown; y <= lastKnown; y++)
                        {
                            history[y - firstKnown] = ForecastMoney.ToYuan(key.At(parameters, new LocalDate(y, 1, 1)));
                        }

                        TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly(key.Name, firstKnown, history), TrendModel.Linear);
                        how = $"linear-trend: {fit.Equation()} fitted to {firstKnown}–{lastKnown}";
                        for (int y = from; y <= lastYear; y++)
                        {
                            values[y - firstYear] = ForecastMoney.FromYuan(fit.ValueAt(y - firstKnown), rounding, key.Name);
                        }

                        break;
                    }

                default:
                    how = $"{rule}: {last:F2} 元 × (1 + {rule.GrowthRate.ToString("0.####", CultureInfo.InvariantCulture)})^years after {lastKnown}";
                    for (int y = from; y <= lastYear; y++)
                    {
                        values[y - firstYear] = ForecastMoney.FromYuan(lastYuan * Math.Pow(1.0 + rule.GrowthRate, y - lastKnown), rounding, key.Name);
                    }

                    break;
            }

            sources.Add(new Explanation("外推 extrapolation of " + key.Name, how) { Rounding = $"to the fen, {rounding}" });
        }

        return new StandardPath(key.Name, firstYear, values, lastKnown, rule, sources);
    }
}
