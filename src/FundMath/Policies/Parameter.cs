using System;
using System.Collections.Generic;
using FundMath.Data;
using NodaTime;

namespace FundMath.Policies;

/// <summary>
/// A named policy parameter with a unit and a history of dated, cited values — 政策参数. Each value applies from
/// its effective date until the next one; before the first date the parameter has no value (an error, never 0).
/// Scales (tiers) are parameters whose entries hold keyed brackets.
/// </summary>
public sealed class Parameter
{
    private readonly ParameterEntry[] entries;

    /// <summary>Creates a parameter; entries must be in strictly ascending date order and match the unit.</summary>
    /// <exception cref="ArgumentException">No entries, dates not strictly ascending, or a value of another unit.</exception>
    public Parameter(string name, ParameterUnit unit, IEnumerable<ParameterEntry> entries, string? description = null,
        Fraction? minimum = null, Fraction? maximum = null, SourceLocation location = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("a parameter needs a name.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Unit = unit;
        Description = description;
        Minimum = minimum ?? DefaultMinimum(unit);
        Maximum = maximum ?? DefaultMaximum(unit);
        Location = location;
        this.entries = [.. entries];
        if (this.entries.Length == 0)
        {
            throw new ArgumentException($"parameter {name} has no values.", nameof(entries));
        }

        for (int i = 0; i < this.entries.Length; i++)
        {
            ParameterEntry e = this.entries[i];
            if (i > 0 && e.EffectiveFrom <= this.entries[i - 1].EffectiveFrom)
            {
                throw new ArgumentException(
                    $"parameter {name}: dates must strictly ascend but {e.EffectiveFrom:uuuu-MM-dd} follows {this.entries[i - 1].EffectiveFrom:uuuu-MM-dd}.",
                    nameof(entries));
            }

            if (e.IsScale)
            {
                foreach (ScaleBracket b in e.Brackets)
                {
                    CheckValue(b.Value, e, b.Key);
                }
            }
            else
            {
                CheckValue(e.Value, e, null);
            }
        }

        IsScale = this.entries[0].IsScale;
        foreach (ParameterEntry e in this.entries)
        {
            if (e.IsScale != IsScale)
            {
                throw new ArgumentException($"parameter {name} mixes single values and scales.", nameof(entries));
            }
        }
    }

    /// <summary>The dotted name, e.g. "resident.individual_contribution".</summary>
    public string Name { get; }

    /// <summary>The unit every value has.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>A human description (may be null).</summary>
    public string? Description { get; }

    /// <summary>The smallest allowed value (inclusive), in the unit's natural measure; null when unbounded.</summary>
    public Fraction? Minimum { get; }

    /// <summary>The largest allowed value (inclusive), in the unit's natural measure; null when unbounded.</summary>
    public Fraction? Maximum { get; }

    /// <summary>True when the entries hold keyed brackets (a scale).</summary>
    public bool IsScale { get; }

    /// <summary>The entries in ascending date order.</summary>
    public IReadOnlyList<ParameterEntry> Entries => entries;

    /// <summary>Where the parameter was defined (default when built in code).</summary>
    public SourceLocation Location { get; }

    /// <summary>The entry in force on <paramref name="date"/>, or null before the first effective date.</summary>
    public ParameterEntry? TryAt(LocalDate date)
    {
        int lo = 0, hi = entries.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entries[mid].EffectiveFrom <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : entries[found];
    }

    /// <summary>The entry in force on <paramref name="date"/>.</summary>
    /// <exception cref="ParameterNotFoundException">The date is before the first effective date (missing is not zero).</exception>
    public ParameterEntry At(LocalDate date) =>
        TryAt(date) ?? throw new ParameterNotFoundException(Name,
            $"parameter {Name} has no value on {date:uuuu-MM-dd}: its first value is effective from {entries[0].EffectiveFrom:uuuu-MM-dd}.");

    /// <summary>The segments of <paramref name="period"/> with their entries, in date order.</summary>
    /// <exception cref="ParameterNotFoundException">The period starts before the first effective date.</exception>
    public IReadOnlyList<ParameterSegment> Over(ReportingPeriod period)
    {
        var list = new List<ParameterSegment>(2);
        LocalDate start = period.Start;
        ParameterEntry current = At(start);
        int index = Array.IndexOf(entries, current);
        while (true)
        {
            LocalDate end = index + 1 < entries.Length && entries[index + 1].EffectiveFrom <= period.End
                ? entries[index + 1].EffectiveFrom.PlusDays(-1)
                : period.End;
            list.Add(new ParameterSegment(new PolicyWindow(start, end), entries[index]));
            if (end == period.End)
            {
                return list;
            }

            index++;
            start = entries[index].EffectiveFrom;
        }
    }

    /// <summary>"name (unit): value from date [citation]" for each entry.</summary>
    public override string ToString() => $"{Name} ({Unit.FileName()}), {entries.Length} value(s)";

    internal static Fraction? DefaultMinimum(ParameterUnit unit) =>
        unit == ParameterUnit.PercentagePoints ? null : Fraction.Zero;

    internal static Fraction? DefaultMaximum(ParameterUnit unit) => unit == ParameterUnit.Rate ? Fraction.One : null;

    internal string? DomainViolation(ParameterValue v)
    {
        if (Minimum is { } min && v.Exact.CompareTo(min) < 0)
        {
            return $"value {v} is below the minimum {ParameterValue.FromExact(Unit, min)} of {Name}";
        }

        if (Maximum is { } max && v.Exact.CompareTo(max) > 0)
        {
            return $"value {v} is above the maximum {ParameterValue.FromExact(Unit, max)} of {Name}";
        }

        return null;
    }

    private void CheckValue(ParameterValue v, ParameterEntry entry, string? bracket)
    {
        // Messages are built only on failure: formatting dates eagerly would cost the cold load of the defaults.
        if (v.Unit != Unit)
        {
            throw new ArgumentException($"{Describe(entry, bracket)}: value has unit {v.Unit.FileName()} but the parameter's unit is {Unit.FileName()}.");
        }

        if (DomainViolation(v) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(entries), $"{Describe(entry, bracket)}: {problem}.");
        }
    }

    private string Describe(ParameterEntry entry, string? bracket) =>
        bracket is null ? $"{Name} from {entry.EffectiveFrom:uuuu-MM-dd}" : $"{Name}[{bracket}] from {entry.EffectiveFrom:uuuu-MM-dd}";
}
