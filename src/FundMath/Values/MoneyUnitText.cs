using System;

namespace FundMath;

/// <summary>
/// The texts of <see cref="MoneyUnit"/>: the suffix reports print (元, 万元, 亿元), the short form of running text
/// (元, 万, 亿) and the names a data file may use (元/yuan, 万元/wan, 亿元/yi). The one unit table that
/// <see cref="Money"/>'s parsing and formatting, the data readers and the tools share.
/// </summary>
public static class MoneyUnitText
{
    /// <summary>The suffix: 元, 万元 or 亿元.</summary>
    public static string Suffix(this MoneyUnit unit) => UnitTable.Suffix((int)unit);

    /// <summary>The short form used in running text ("(23.89 − 3.66)亿"): 元, 万 or 亿.</summary>
    public static string ShortSuffix(this MoneyUnit unit) => UnitTable.ShortSuffix((int)unit);

    /// <summary>A unit by name: 元 or yuan, 万元 or wan, 亿元 or yi (surrounding spaces ignored).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out MoneyUnit unit)
    {
        bool known = UnitTable.TryParseMoneyUnit(text, out int exponent);
        unit = (MoneyUnit)exponent;
        return known;
    }
}
