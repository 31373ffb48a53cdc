using System;
using FundMath.Data;

namespace FundMath.Policies;

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
