using System;

namespace FundMath;

/// <summary>The units in which Chinese fund reports print amounts: 元, 万元 (10⁴ 元) and 亿元 (10⁸ 元).</summary>
public enum MoneyUnit
{
    /// <summary>元 (yuan), the base unit; 1 元 = 100 分 (fen).</summary>
    Yuan = 0,

    /// <summary>万元 = 10,000 元.</summary>
    Wan = 4,

    /// <summary>亿元 = 100,000,000 元.</summary>
    Yi = 8,
}

/// <summary>The units in which reports print headcounts: 人 (persons) and 万人 (10⁴ persons).</summary>
public enum HeadcountUnit
{
    /// <summary>人 (persons).</summary>
    Person = 0,

    /// <summary>万人 = 10,000 persons.</summary>
    Wan = 4,
}

/// <summary>Unit suffix texts and their powers of ten.</summary>
internal static class UnitText
{
    internal static string Suffix(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };

    internal static string Suffix(HeadcountUnit unit) => unit == HeadcountUnit.Wan ? "万人" : "人";

    /// <summary>
    /// Recognises a money unit suffix at the end of <paramref name="text"/>: 元, 万元, 亿元, 万, 亿.
    /// Returns the length of the suffix (0 when none).
    /// </summary>
    internal static int MatchMoneySuffix(ReadOnlySpan<char> text, out MoneyUnit unit, out bool hasYuan)
    {
        hasYuan = false;
        unit = MoneyUnit.Yuan;
        int len = 0;
        if (text.EndsWith("元"))
        {
            hasYuan = true;
            len = 1;
            text = text[..^1];
        }

        if (text.EndsWith("万"))
        {
            unit = MoneyUnit.Wan;
            len++;
        }
        else if (text.EndsWith("亿"))
        {
            unit = MoneyUnit.Yi;
            len++;
        }

        return len;
    }
}
