using System;

namespace FundMath.Policies;

/// <summary>Factories for typed parameter keys, one per unit family — 参数键工厂.</summary>
public static class ParameterKeys
{
    /// <summary>A money parameter (yuan, yuan_per_person_year or yuan_per_person_month).</summary>
    public static ParameterKey<Money> Money(string name, ParameterUnit unit = ParameterUnit.Yuan) =>
        unit.IsMoney() ? new(Named(name), unit, static v => v.AsMoney()) : throw new ArgumentException($"{unit} is not a money unit.", nameof(unit));

    /// <summary>A rate (0–100%) parameter.</summary>
    public static ParameterKey<Rate> Rate(string name) => new(Named(name), ParameterUnit.Rate, static v => v.AsRate());

    /// <summary>A ratio parameter (may exceed 100%).</summary>
    public static ParameterKey<Rate> Ratio(string name) => new(Named(name), ParameterUnit.Ratio, static v => v.AsRate());

    /// <summary>A percentage-points parameter.</summary>
    public static ParameterKey<PercentagePoints> Points(string name) => new(Named(name), ParameterUnit.PercentagePoints, static v => v.AsPercentagePoints());

    /// <summary>A months parameter.</summary>
    public static ParameterKey<Fraction> Months(string name) => new(Named(name), ParameterUnit.Months, static v => v.AsMonths());

    /// <summary>A persons parameter.</summary>
    public static ParameterKey<Headcount> Persons(string name) => new(Named(name), ParameterUnit.Persons, static v => v.AsHeadcount());

    /// <summary>A count parameter.</summary>
    public static ParameterKey<long> Count(string name) => new(Named(name), ParameterUnit.Count, static v => v.AsCount());

    /// <summary>A scale of rates (e.g. subsidy tiers).</summary>
    public static ScaleKey<Rate> RateScale(string name) => new(Named(name), ParameterUnit.Rate, static v => v.AsRate());

    /// <summary>A scale of percentage points (e.g. a ratio increase by group).</summary>
    public static ScaleKey<PercentagePoints> PointsScale(string name) => new(Named(name), ParameterUnit.PercentagePoints, static v => v.AsPercentagePoints());

    /// <summary>A scale of counts (e.g. 1/0 flags by group).</summary>
    public static ScaleKey<long> CountScale(string name) => new(Named(name), ParameterUnit.Count, static v => v.AsCount());

    /// <summary>A scale of money values.</summary>
    public static ScaleKey<Money> MoneyScale(string name, ParameterUnit unit = ParameterUnit.Yuan) =>
        unit.IsMoney() ? new(Named(name), unit, static v => v.AsMoney()) : throw new ArgumentException($"{unit} is not a money unit.", nameof(unit));

    private static string Named(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        return name;
    }
}
