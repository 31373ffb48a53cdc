using System;

namespace FundMath;

/// <summary>
/// The one table of the units Chinese fund reports print amounts and headcounts in — 元, 万元 (10⁴ 元), 亿元
/// (10⁸ 元); 人, 万人 — with their suffixes, short forms and names. Money, Headcount, the data readers, the
/// analysis sentences and the CLI all read units through it.
/// </summary>
/// <remarks>
/// A unit is named by its power of ten (元 0, 万元 4, 亿元 8; 人 0, 万人 4) — the values of <c>MoneyUnit</c> and
/// <c>HeadcountUnit</c> — so this bottom layer uses none of the value types.
/// </remarks>
internal static class UnitTable
{
    /// <summary>The power of ten of 万 (10⁴).</summary>
    internal const int Wan = 4;

    /// <summary>The power of ten of 亿 (10⁸).</summary>
    internal const int Yi = 8;

    /// <summary>The full suffix: 元, 万元, 亿元.</summary>
    internal static string Suffix(int exponent) => exponent switch
    {
        Wan => "万元",
        Yi => "亿元",
        _ => "元",
    };

    /// <summary>The short form used in running text ("(23.89 − 3.66)亿"): 元, 万, 亿.</summary>
    internal static string ShortSuffix(int exponent) => exponent switch
    {
        Wan => "万",
        Yi => "亿",
        _ => "元",
    };

    /// <summary>The headcount suffix: 人 or 万人.</summary>
    internal static string HeadcountSuffix(int exponent) => exponent == Wan ? "万人" : "人";

    /// <summary>
    /// Recognises a money unit suffix at the end of <paramref name="text"/> — 元, 万元, 亿元, 万, 亿 — and returns
    /// its length (0 when there is none; <paramref name="exponent"/> is then 0, 元).
    /// </summary>
    internal static int MatchMoneySuffix(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
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
                exponent = Wan;
                length++;
            }
            else if (c == '亿')
            {
                exponent = Yi;
                length++;
            }
        }

        return length;
    }

    /// <summary>
    /// Recognises a headcount suffix at the end of <paramref name="text"/> — 人, 万人, 万 — and returns its length
    /// (0 when there is none).
    /// </summary>
    internal static int MatchHeadcountSuffix(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
        int length = 0;
        if (text.Length > 0 && text[^1] == '人')
        {
            length = 1;
            text = text[..^1];
        }

        if (text.Length > 0 && text[^1] == '万')
        {
            exponent = Wan;
            length++;
        }

        return length;
    }

    /// <summary>A money unit by its name: 元/yuan, 万元/wan, 亿元/yi (surrounding spaces ignored).</summary>
    internal static bool TryParseMoneyUnit(ReadOnlySpan<char> text, out int exponent)
    {
        text = text.Trim();
        switch (text)
        {
            case "元" or "yuan":
                exponent = 0;
                return true;
            case "万元" or "wan":
                exponent = Wan;
                return true;
            case "亿元" or "yi":
                exponent = Yi;
                return true;
            default:
                exponent = 0;
                return false;
        }
    }
}
