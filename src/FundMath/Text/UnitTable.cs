using System;

namespace FundMath.Text;

/// <summary>
/// The one table of the units Chinese fund reports print amounts and headcounts in — 元, 万元 (10⁴ 元), 亿元
/// (10⁸ 元); 人, 万人 — with their suffixes, short forms and names. Money, Headcount, the data readers, the
/// analysis sentences and the CLI all read units through it.
/// </summary>
internal static class UnitTable
{
    /// <summary>The names <see cref="TryParseMoneyUnit"/> accepts, for messages.</summary>
    internal const string MoneyUnitNames = "元, 万元 or 亿元 (or yuan, wan, yi)";

    /// <summary>The power of ten of 元 in the unit (万元 → 4).</summary>
    internal static int Exponent(MoneyUnit unit) => (int)unit;

    /// <summary>The full suffix: 元, 万元, 亿元.</summary>
    internal static string Suffix(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };

    /// <summary>The short form used in running text ("(23.89 − 3.66)亿"): 元, 万, 亿.</summary>
    internal static string ShortSuffix(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万",
        MoneyUnit.Yi => "亿",
        _ => "元",
    };

    /// <summary>The headcount suffix: 人 or 万人.</summary>
    internal static string Suffix(HeadcountUnit unit) => unit == HeadcountUnit.Wan ? "万人" : "人";

    /// <summary>
    /// Recognises a money unit suffix at the end of <paramref name="text"/> — 元, 万元, 亿元, 万, 亿 — and returns
    /// its length (0 when there is none; <paramref name="unit"/> is then <see cref="MoneyUnit.Yuan"/>).
    /// </summary>
    internal static int MatchMoneySuffix(ReadOnlySpan<char> text, out MoneyUnit unit)
    {
        unit = MoneyUnit.Yuan;
        int length = 0;
        if (text.Length > 0 && text[^1] == '元')
        {
            length = 1;
            text = text[..^1];
        }

        if (text.Length > 0)
        {
            char c = text[^1];
            if (c == '万')
            {
                unit = MoneyUnit.Wan;
                length++;
            }
            else if (c == '亿')
            {
                unit = MoneyUnit.Yi;
                length++;
            }
        }

        return length;
    }

    /// <summary>
    /// Recognises a headcount suffix at the end of <paramref name="text"/> — 人, 万人, 万 — and returns its length
    /// (0 when there is none).
    /// </summary>
    internal static int MatchHeadcountSuffix(ReadOnlySpan<char> text, out HeadcountUnit unit)
    {
        unit = HeadcountUnit.Person;
        int length = 0;
        if (text.Length > 0 && text[^1] == '人')
        {
            length = 1;
            text = text[..^1];
        }

        if (text.Length > 0 && text[^1] == '万')
        {
            unit = HeadcountUnit.Wan;
            length++;
        }

        return length;
    }

    /// <summary>A money unit by its name: 元/yuan, 万元/wan, 亿元/yi (surrounding spaces ignored).</summary>
    internal static bool TryParseMoneyUnit(ReadOnlySpan<char> text, out MoneyUnit unit)
    {
        text = text.Trim();
        switch (text)
        {
            case "元" or "yuan":
                unit = MoneyUnit.Yuan;
                return true;
            case "万元" or "wan":
                unit = MoneyUnit.Wan;
                return true;
            case "亿元" or "yi":
                unit = MoneyUnit.Yi;
                return true;
            default:
                unit = MoneyUnit.Yuan;
                return false;
        }
    }
}
