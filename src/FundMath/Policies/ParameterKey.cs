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

/// <summary>Factories for typed parameter keys, one per unit family — 参数键工厂.</summary>
public static class ParameterKeys
{
    /// <summary>A money parameter (yuan, yuan_per_person_year or yuan_per_person_month).</summary>
    public static ParameterKey<Money> Money(string name, ParameterUnit unit = ParameterUnit.Yuan) =>
        unit.IsMoney() ? new(name, unit, static v => v.AsMoney()) : throw new ArgumentException($"{unit} is not a money unit.", nameof(unit));

    /// <summary>A rate (0–100%) parameter.</summary>
    public static ParameterKey<Rate> Rate(string name) => new(name, ParameterUnit.Rate, static v => v.AsRate());

    /// <summary>A ratio parameter (may exceed 100%).</summary>
    public static ParameterKey<Rate> Ratio(string name) => new(name, ParameterUnit.Ratio, static v => v.AsRate());

    /// <summary>A percentage-points parameter.</summary>
    public static ParameterKey<PercentagePoints> Points(string name) => new(name, ParameterUnit.PercentagePoints, static v => v.AsPercentagePoints());

    /// <summary>A months parameter.</summary>
    public static ParameterKey<Fraction> Months(string name) => new(name, ParameterUnit.Months, static v => v.AsMonths());

    /// <summary>A persons parameter.</summary>
    public static ParameterKey<Headcount> Persons(string name) => new(name, ParameterUnit.Persons, static v => v.AsHeadcount());

    /// <summary>A count parameter.</summary>
    public static ParameterKey<long> Count(string name) => new(name, ParameterUnit.Count, static v => v.AsCount());

    /// <summary>A scale of rates (e.g. subsidy tiers).</summary>
    public static ScaleKey<Rate> RateScale(string name) => new(name, ParameterUnit.Rate, static v => v.AsRate());

    /// <summary>A scale of percentage points (e.g. a ratio increase by group).</summary>
    public static ScaleKey<PercentagePoints> PointsScale(string name) => new(name, ParameterUnit.PercentagePoints, static v => v.AsPercentagePoints());

    /// <summary>A scale of counts (e.g. 1/0 flags by group).</summary>
    public static ScaleKey<long> CountScale(string name) => new(name, ParameterUnit.Count, static v => v.AsCount());

    /// <summary>A scale of money values.</summary>
    public static ScaleKey<Money> MoneyScale(string name, ParameterUnit unit = ParameterUnit.Yuan) =>
        unit.IsMoney() ? new(name, unit, static v => v.AsMoney()) : throw new ArgumentException($"{unit} is not a money unit.", nameof(unit));
}
