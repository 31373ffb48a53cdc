using System;
using System.Linq;

namespace FundMath.Reconciliation;

/// <summary>Scales and symbols of <see cref="FigureUnit"/> values — 单位换算. Formula: base = printed × scale.</summary>
public static class FigureUnits
{
    // The one unit table of printed figures: unit, printed symbol, scale to the base unit, and the spellings read.
    private static readonly (FigureUnit Unit, string Symbol, long Scale, long Divisor, string[] Spellings)[] Table =
    [
        (FigureUnit.Yuan, "元", 1, 1, ["元", "yuan"]),
        (FigureUnit.Wan, "万元", 10_000, 1, ["万元", "wan"]),
        (FigureUnit.Yi, "亿元", 100_000_000, 1, ["亿元", "yi"]),
        (FigureUnit.Percent, "%", 1, 100, ["%", "％", "percent"]),
        (FigureUnit.Persons, "人", 1, 1, ["人", "persons"]),
        (FigureUnit.WanPersons, "万人", 10_000, 1, ["万人", "wan-persons"]),
        (FigureUnit.Count, "", 1, 1, ["人次", "个", "家", "count"]),
        (FigureUnit.Months, "个月", 1, 1, ["个月", "月", "months"]),
        (FigureUnit.YuanPerPerson, "元/人", 1, 1, ["元/人", "元/人·年", "元/人/年", "yuan-per-person"]),
        (FigureUnit.YuanPerMonth, "元/月", 1, 1, ["元/月", "yuan-per-month"]),
        (FigureUnit.WanPerMonth, "万元/月", 10_000, 1, ["万元/月", "wan-per-month"]),
        (FigureUnit.YiPerMonth, "亿元/月", 100_000_000, 1, ["亿元/月", "yi-per-month"]),
        (FigureUnit.YuanPerPersonMonth, "元/人·月", 1, 1, ["元/人·月", "元/人.月", "元/人/月", "yuan-per-person-month"]),
        (FigureUnit.WanCount, "万人次", 10_000, 1, ["万人次", "万个", "wan-count"]),
        (FigureUnit.YiCount, "亿人次", 100_000_000, 1, ["亿人次", "yi-count"]),
    ];

    /// <summary>The units a report file may use, as they are written: "元, 万元, 亿元, %, …" (for messages and docs).</summary>
    public static string Accepted { get; } = string.Join(", ", Table.Select(t => t.Spellings[0]));

    /// <summary>The factor that turns a value printed in <paramref name="unit"/> into its base unit (e.g. 亿元 → 10⁸ 元).</summary>
    public static Fraction Scale(FigureUnit unit)
    {
        var row = Row(unit);
        return Fraction.Create(row.Scale, row.Divisor);
    }

    /// <summary>The symbol printed after a value in this unit ("亿元", "%", "万人", "个月", "万元/月").</summary>
    public static string Symbol(FigureUnit unit) => Row(unit).Symbol;

    /// <summary>
    /// Reads a unit symbol or name: 元/yuan, 万元/wan, 亿元/yi, %/percent, 人/persons, 万人/wan-persons,
    /// 人次/个/家/count, 个月/月/months, 元/人/yuan-per-person, 元/月, 万元/月, 亿元/月, 元/人·月 (元/人.月), 万人次, 亿人次.
    /// </summary>
    public static bool TryParse(string text, out FigureUnit unit)
    {
        string? trimmed = text?.Trim();
        foreach (var row in Table)
        {
            if (Array.IndexOf(row.Spellings, trimmed) >= 0)
            {
                unit = row.Unit;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>True for an amount of money: 元, 万元, 亿元 and their per-month forms (all convertible to <see cref="Money"/>).</summary>
    public static bool IsMoney(FigureUnit unit) => unit is FigureUnit.Yuan or FigureUnit.Wan or FigureUnit.Yi or FigureUnit.YuanPerMonth or FigureUnit.WanPerMonth or FigureUnit.YiPerMonth;

    /// <summary>True for money per month (元/月, 万元/月, 亿元/月).</summary>
    public static bool IsPerMonth(FigureUnit unit) => unit is FigureUnit.YuanPerMonth or FigureUnit.WanPerMonth or FigureUnit.YiPerMonth;

    /// <summary>True for a count of persons or things (人, 万人, 人次, 万人次, 亿人次).</summary>
    public static bool IsCount(FigureUnit unit) => unit is FigureUnit.Persons or FigureUnit.WanPersons or FigureUnit.Count or FigureUnit.WanCount or FigureUnit.YiCount;

    private static (FigureUnit Unit, string Symbol, long Scale, long Divisor, string[] Spellings) Row(FigureUnit unit)
    {
        int i = (int)unit;
        if (unchecked((uint)i) >= (uint)Table.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit {i} is not a defined FigureUnit.");
        }

        return Table[i];
    }
}
