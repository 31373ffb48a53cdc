using System;
using FundMath.Data;

namespace FundMath.Policies;

/// <summary>
/// The closed set of units a policy parameter can have — 参数单位. The unit decides how a value is written in a
/// file ("8.7%", 320, "5pp", 3), which typed accessor reads it, and its default domain.
/// </summary>
public enum ParameterUnit
{
    /// <summary>An amount of money (元), written 280 or "3.86亿元". File name: <c>yuan</c>.</summary>
    Yuan,

    /// <summary>Money per person per year (元/人·年), e.g. the resident subsidy. File name: <c>yuan_per_person_year</c>.</summary>
    YuanPerPersonYear,

    /// <summary>Money per person per month (元/人·月), e.g. an average premium base. File name: <c>yuan_per_person_month</c>.</summary>
    YuanPerPersonMonth,

    /// <summary>A rate within 0–100% such as a contribution rate (费率), written "8.7%". File name: <c>rate</c>.</summary>
    Rate,

    /// <summary>A difference of rates (个百分点), written "5pp". File name: <c>percentage_points</c>.</summary>
    PercentagePoints,

    /// <summary>A number of months (月), written 3 or "15/2". File name: <c>months</c>.</summary>
    Months,

    /// <summary>A number of persons (人), written 3019813 or "72.74万人". File name: <c>persons</c>.</summary>
    Persons,

    /// <summary>A plain non-negative count. File name: <c>count</c>.</summary>
    Count,

    /// <summary>A non-negative proportion that may exceed 100% (e.g. the 300% base cap), written "300%". File name: <c>ratio</c>.</summary>
    Ratio,
}

/// <summary>File names, display suffixes and parsing for <see cref="ParameterUnit"/> — 单位名称.</summary>
public static class ParameterUnits
{
    /// <summary>The name used in parameter files, e.g. "yuan_per_person_year".</summary>
    public static string FileName(this ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan => "yuan",
        ParameterUnit.YuanPerPersonYear => "yuan_per_person_year",
        ParameterUnit.YuanPerPersonMonth => "yuan_per_person_month",
        ParameterUnit.Rate => "rate",
        ParameterUnit.PercentagePoints => "percentage_points",
        ParameterUnit.Months => "months",
        ParameterUnit.Persons => "persons",
        ParameterUnit.Count => "count",
        ParameterUnit.Ratio => "ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a defined ParameterUnit"),
    };

    /// <summary>True for the three money units.</summary>
    public static bool IsMoney(this ParameterUnit unit) =>
        unit is ParameterUnit.Yuan or ParameterUnit.YuanPerPersonYear or ParameterUnit.YuanPerPersonMonth;

    /// <summary>True for units read as a <see cref="FundMath.Rate"/> (rate and ratio).</summary>
    public static bool IsProportion(this ParameterUnit unit) => unit is ParameterUnit.Rate or ParameterUnit.Ratio;

    /// <summary>Parses a file unit name.</summary>
    public static bool TryParse(string? name, out ParameterUnit unit)
    {
        foreach (ParameterUnit u in Enum.GetValues<ParameterUnit>())
        {
            if (string.Equals(u.FileName(), name, StringComparison.Ordinal))
            {
                unit = u;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>Reads a unit name from a node.</summary>
    /// <exception cref="DataFormatException">The name is not one of the closed set.</exception>
    public static ParameterUnit Read(DataNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string name = node.AsString();
        if (TryParse(name, out ParameterUnit unit))
        {
            return unit;
        }

        throw node.Error($"unknown unit '{name}' (expected one of: yuan, yuan_per_person_year, yuan_per_person_month, rate, percentage_points, months, persons, count, ratio)");
    }
}
