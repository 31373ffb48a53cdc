using System;
using FundMath.Ratios;

namespace FundMath.Cohorts;

/// <summary>
/// An average (per case, per capita) — 次均费用 / 人均费用 — and whether it can be stated: Value = round(Total / Units)
/// when there are units, <see cref="RatioOutcome.NotMeaningful"/> (value 0) when there are none. Built by
/// <see cref="Of"/> or <see cref="Utilisation"/>, so value and outcome always follow from total and units.
/// </summary>
/// <remarks><c>default(Average)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct Average
{
    internal Average(Money total, long units, Money value, RatioOutcome outcome)
    {
        Preconditions.DebugCheck(
            units > 0 ? outcome == RatioOutcome.Meaningful : units == 0 && outcome == RatioOutcome.NotMeaningful && value.IsZero,
            "Average: meaningful exactly when there are units; no value without units");
        Total = total;
        Units = units;
        Value = value;
        Outcome = outcome;
    }

    /// <summary>The amount averaged (e.g. 医疗费用).</summary>
    public Money Total { get; }

    /// <summary>The count divided by (cases, visits or persons).</summary>
    public long Units { get; }

    /// <summary>Total / Units rounded to the fen; zero when not meaningful.</summary>
    public Money Value { get; }

    /// <summary>Meaningful, or NotMeaningful for zero units.</summary>
    public RatioOutcome Outcome { get; }

    /// <summary>True when there were units to divide by.</summary>
    public bool IsMeaningful => Outcome == RatioOutcome.Meaningful;

    /// <summary>The average of <paramref name="total"/> over <paramref name="units"/>, rounded to the fen with <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined rounding mode.</exception>
    public static Average Of(Money total, long units, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        Preconditions.CheckArgumentRange(nameof(units), units, 0, long.MaxValue);
        return units == 0
            ? new(total, 0, Money.Zero, RatioOutcome.NotMeaningful)
            : new(total, units, total.Divide(units, mode), RatioOutcome.Meaningful);
    }
}
