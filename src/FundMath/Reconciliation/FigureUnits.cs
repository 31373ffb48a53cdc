using System;

namespace FundMath.Reconciliation;

/// <summary>Scales and symbols of <see cref="FigureUnit"/> values — 单位换算. Formula: base = printed × scale.</summary>
public static class FigureUnits
{
    /// <summary>The factor that turns a value printed in <paramref name="unit"/> into its base unit (e.g. 亿元 → 10⁸ 元).</summary>
    public static Fraction Scale(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan => Fraction.One,
        FigureUnit.Wan => Fraction.FromInteger(10_000),
        FigureUnit.Yi => Fraction.FromInteger(100_000_000),
        FigureUnit.Percent => Fraction.Create(1, 100),
        FigureUnit.Persons => Fraction.One,
        FigureUnit.WanPersons => Fraction.FromInteger(10_000),
        FigureUnit.Count => Fraction.One,
        FigureUnit.Months => Fraction.One,
        FigureUnit.YuanPerPerson => Fraction.One,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit {(int)unit} is not a defined FigureUnit."),
    };

    /// <summary>The symbol printed after a value in this unit ("亿元", "%", "万人", "个月").</summary>
    public static string Symbol(FigureUnit unit) => unit switch
    {
        FigureUnit.Yuan => "元",
        FigureUnit.Wan => "万元",
        FigureUnit.Yi => "亿元",
        FigureUnit.Percent => "%",
        FigureUnit.Persons => "人",
        FigureUnit.WanPersons => "万人",
        FigureUnit.Count => "",
        FigureUnit.Months => "个月",
        FigureUnit.YuanPerPerson => "元/人",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit {(int)unit} is not a defined FigureUnit."),
    };

    /// <summary>
    /// Reads a unit symbol or name: 元/yuan, 万元/wan, 亿元/yi, %/percent, 人/persons, 万人/wan-persons,
    /// 人次/个/家/count, 个月/月/months, 元/人/yuan-per-person.
    /// </summary>
    public static bool TryParse(string text, out FigureUnit unit)
    {
        switch (text?.Trim())
        {
            case "元": case "yuan": unit = FigureUnit.Yuan; return true;
            case "万元": case "wan": unit = FigureUnit.Wan; return true;
            case "亿元": case "yi": unit = FigureUnit.Yi; return true;
            case "%": case "％": case "percent": unit = FigureUnit.Percent; return true;
            case "人": case "persons": unit = FigureUnit.Persons; return true;
            case "万人": case "wan-persons": unit = FigureUnit.WanPersons; return true;
            case "人次": case "个": case "家": case "count": unit = FigureUnit.Count; return true;
            case "个月": case "月": case "months": unit = FigureUnit.Months; return true;
            case "元/人": case "元/人·年": case "元/人.月": case "元/人·月": case "yuan-per-person": unit = FigureUnit.YuanPerPerson; return true;
            default: unit = default; return false;
        }
    }

    internal static bool IsMoney(FigureUnit unit) => unit is FigureUnit.Yuan or FigureUnit.Wan or FigureUnit.Yi;
}
