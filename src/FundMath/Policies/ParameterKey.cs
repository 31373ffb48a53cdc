using System;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Policies;

/// <summary>
/// A compile-time-checked handle on a named parameter with a typed value — 参数键: <c>T</c> is Money, Rate,
/// PercentagePoints, Fraction (months), Headcount or long. <c>key.At(date)</c> reads the national defaults;
/// <c>key.At(set, date)</c> reads any (layered) set.
/// </summary>
/// <typeparam name="T">The typed value.</typeparam>
public sealed class ParameterKey<T>
{
    private readonly Func<ParameterValue, T> read;

    internal ParameterKey(string name, ParameterUnit unit, Func<ParameterValue, T> read)
    {
        Name = name;
        Unit = unit;
        this.read = read;
    }

    /// <summary>The parameter name, e.g. "resident.individual_contribution".</summary>
    public string Name { get; }

    /// <summary>The unit the parameter must have.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The national default on a date.</summary>
    /// <exception cref="ParameterNotFoundException">No value on that date.</exception>
    public T At(LocalDate date) => At(ParameterSet.National, date);

    /// <summary>The value in <paramref name="set"/> on a date.</summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the parameter or has no value on that date.</exception>
    /// <exception cref="InvalidOperationException">The set defines the parameter with another unit or as a scale.</exception>
    public T At(ParameterSet set, LocalDate date) => read(Entry(set, date).Value);

    /// <summary>The entry (value, citation, effective date) in <paramref name="set"/> on a date.</summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the parameter or has no value on that date.</exception>
    /// <exception cref="InvalidOperationException">The set defines the parameter with another unit or as a scale.</exception>
    public ParameterEntry Entry(ParameterSet set, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(set);
        Parameter p = set.Get(Name);
        if (p.Unit != Unit || p.IsScale)
        {
            throw new InvalidOperationException(
                $"parameter {Name} in set {set.Name} is {(p.IsScale ? "a scale of " : string.Empty)}{p.Unit.FileName()}; this key expects a single {Unit.FileName()} value.");
        }

        return p.At(date);
    }

    /// <summary>The explanation node for the value in <paramref name="set"/> on a date.</summary>
    public Explanation Explain(ParameterSet set, LocalDate date) => Entry(set, date).Explain(Name);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
