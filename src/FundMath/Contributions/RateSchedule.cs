using System;
using System.Collections.Generic;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// A step function of contribution rates over months, fed from dated parameters.
/// 费率表（分时段费率）.
/// rate(m) = the rate of the last entry with EffectiveFrom ≤ m.
/// </summary>
/// <remarks>
/// A month-granular view of a dated <see cref="Parameter"/> — the one store of dated values (effective date,
/// value, citation). <see cref="FromParameter"/> builds it with the dated-parameter month rule
/// (<see cref="PolicyWindow.MonthsStartingIn"/>): the rate of month m is the parameter's value on m's first day.
/// </remarks>
public sealed class RateSchedule
{
    private readonly DatedRate[] entries;

    /// <summary>Creates a schedule from entries in strictly increasing month order, each rate within 0–100%.</summary>
    /// <exception cref="ArgumentException">No entries, a rate outside 0–100%, or months not strictly increasing.</exception>
    public RateSchedule(IEnumerable<DatedRate> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        var list = new List<DatedRate>(entries);
        if (list.Count == 0)
        {
            Preconditions.ThrowArgument(nameof(entries), "entries is empty: a rate schedule needs at least one dated rate.");
        }

        for (int i = 0; i < list.Count; i++)
        {
            ContributionRates.CheckRate(list[i].Rate, $"entries[{i}].Rate");
            if (i > 0 && list[i].EffectiveFrom <= list[i - 1].EffectiveFrom)
            {
                Preconditions.ThrowArgument(nameof(entries), $"entries[{i}] effective {list[i].EffectiveFrom} is not after entries[{i - 1}] effective {list[i - 1].EffectiveFrom}; a schedule's months must strictly increase.");
            }
        }

        this.entries = list.ToArray();
    }

    /// <summary>The entries, in month order.</summary>
    public IReadOnlyList<DatedRate> Entries => entries;

    /// <summary>A schedule with one rate from <paramref name="effectiveFrom"/> on.</summary>
    public static RateSchedule Constant(Rate rate, YearMonth effectiveFrom, Citation? citation = null) =>
        new([new DatedRate(effectiveFrom, rate, citation)]);

    /// <summary>
    /// The schedule of a rate parameter: each month gets the value in force on its first day (an entry effective
    /// 2020-02-15 governs from March 2020), with the entry's citation. An entry superseded before the first day of
    /// a month governs no month and is left out.
    /// </summary>
    /// <exception cref="ArgumentException">The parameter is a scale or not a rate or ratio, or a value is outside 0–100%.</exception>
    public static RateSchedule FromParameter(Parameter parameter)
    {
        Preconditions.CheckNotNull(parameter, nameof(parameter));
        if (parameter.IsScale)
        {
            Preconditions.ThrowArgument(nameof(parameter), $"parameter {parameter.Name} is a scale; a rate schedule needs one rate per date.");
        }

        if (!parameter.Unit.IsProportion())
        {
            Preconditions.ThrowArgument(nameof(parameter), $"parameter {parameter.Name} is in {parameter.Unit.FileName()}; a rate schedule needs a rate or ratio.");
        }

        var list = new List<DatedRate>(parameter.Entries.Count);
        foreach (ParameterEntry entry in parameter.Entries)
        {
            LocalDate from = entry.EffectiveFrom;
            var month = new YearMonth(from.Year, from.Month);
            YearMonth first = from.Day == 1 ? month : month.PlusMonths(1);
            var dated = new DatedRate(first, entry.Value.AsRate(), entry.Citation);
            if (list.Count > 0 && list[^1].EffectiveFrom == first)
            {
                list[^1] = dated;
            }
            else
            {
                list.Add(dated);
            }
        }

        return new RateSchedule(list);
    }

    /// <summary>The entry in force in <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before the first entry.</exception>
    public DatedRate EntryAt(YearMonth month)
    {
        for (int i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].EffectiveFrom <= month)
            {
                return entries[i];
            }
        }

        Preconditions.ThrowOutOfRange(nameof(month), month.ToString(), $"month {month} is before the first rate of the schedule (effective {entries[0].EffectiveFrom}).");
        return default;
    }

    /// <summary>The rate in force in <paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before the first entry.</exception>
    public Rate RateAt(YearMonth month) => EntryAt(month).Rate;
}
