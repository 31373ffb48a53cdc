using System;
using System.Collections.Generic;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// One dated contribution rate: the rate in force from a month until the next entry of its schedule.
/// 费率（含生效时间与文件依据）.
/// </summary>
/// <param name="EffectiveFrom">First month the rate applies.</param>
/// <param name="Rate">The rate (0–100%).</param>
/// <param name="Citation">The document that sets it, if known.</param>
public readonly record struct DatedRate(YearMonth EffectiveFrom, Rate Rate, Citation? Citation = null);

/// <summary>
/// A step function of contribution rates over months, fed from dated parameters.
/// 费率表（分时段费率）.
/// rate(m) = the rate of the last entry with EffectiveFrom ≤ m.
/// </summary>
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

/// <summary>Checks shared by the contribution calculations.</summary>
internal static class ContributionRates
{
    internal static void CheckRate(Rate rate, string paramName)
    {
        if (rate.IsNegative || rate > Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(paramName, rate.ToString(), $"{paramName} {rate:P2} is outside 0%–100%: a contribution rate must be a proportion of the base.");
        }
    }

    internal static void CheckRate(Rate rate, string paramName, int index)
    {
        if (rate.IsNegative || rate > Rate.OneHundredPercent)
        {
            CheckRate(rate, $"{paramName}[{index}]");
        }
    }

    internal static void CheckBase(Money @base, string paramName, int index)
    {
        if (@base.IsNegative)
        {
            CheckBase(@base, $"{paramName}[{index}]");
        }
    }

    internal static void CheckBase(Money @base, string paramName)
    {
        if (@base.IsNegative)
        {
            Preconditions.ThrowOutOfRange(paramName, @base.ToString(), $"{paramName} {@base:F2元} is negative: a premium base cannot be below zero.");
        }
    }

    /// <summary>base × (r1 + r2) rounded once to the fen, without building the sum as a Fraction (no allocation).</summary>
    internal static long TimesSum(long baseFen, Rate r1, Rate r2, MidpointRounding mode)
    {
        Fraction f1 = r1.Value;
        Fraction f2 = r2.Value;
        Int128 numerator = (Int128)baseFen * (((Int128)f1.Numerator * f2.Denominator) + ((Int128)f2.Numerator * f1.Denominator));
        return (long)IntegerRounding.Divide(numerator, (Int128)f1.Denominator * f2.Denominator, mode);
    }

    /// <summary>base × rate rounded once to the fen (exact, no allocation).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long Times(long baseFen, Rate rate, MidpointRounding mode)
    {
        Fraction f = rate.Value;
        return MulDiv(baseFen, f.Numerator, f.Denominator, mode);
    }

    /// <summary>value × numerator / denominator rounded once with <paramref name="mode"/>, via the shared primitive.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long MulDiv(long value, long numerator, long denominator, MidpointRounding mode) =>
        (long)IntegerRounding.MultiplyDivide(value, numerator, denominator, mode);
}
