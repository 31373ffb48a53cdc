using System;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Policies;

/// <summary>
/// A compile-time-checked handle on a scale parameter (keyed brackets such as subsidy tiers) — 分档参数键.
/// </summary>
/// <typeparam name="T">The typed bracket value.</typeparam>
public sealed class ScaleKey<T>
{
    private readonly Func<ParameterValue, T> read;

    internal ScaleKey(string name, ParameterUnit unit, Func<ParameterValue, T> read)
    {
        Name = name;
        Unit = unit;
        this.read = read;
    }

    /// <summary>The parameter name, e.g. "resident.central_subsidy_share".</summary>
    public string Name { get; }

    /// <summary>The unit of every bracket.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The national default bracket value on a date.</summary>
    /// <exception cref="ParameterNotFoundException">No value on that date.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such bracket.</exception>
    public T At(string bracket, LocalDate date) => At(ParameterSet.National, bracket, date);

    /// <summary>The bracket value in <paramref name="set"/> on a date.</summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the parameter or has no value on that date.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such bracket.</exception>
    public T At(ParameterSet set, string bracket, LocalDate date) => read(Entry(set, date).Bracket(bracket));

    /// <summary>The scale entry in force in <paramref name="set"/> on a date.</summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the parameter or has no value on that date.</exception>
    /// <exception cref="InvalidOperationException">The set defines the parameter with another unit or not as a scale.</exception>
    public ParameterEntry Entry(ParameterSet set, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(set);
        Parameter p = set.Get(Name);
        if (p.Unit != Unit || !p.IsScale)
        {
            throw new InvalidOperationException(
                $"parameter {Name} in set {set.Name} is {(p.IsScale ? "a scale of " : "a single ")}{p.Unit.FileName()}; this key expects a scale of {Unit.FileName()}.");
        }

        return p.At(date);
    }

    /// <summary>The explanation node for one bracket in <paramref name="set"/> on a date.</summary>
    public Explanation Explain(ParameterSet set, string bracket, LocalDate date) => Entry(set, date).Explain(Name, bracket);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
