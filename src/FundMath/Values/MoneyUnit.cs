namespace FundMath;

/// <summary>The units in which Chinese fund reports print amounts: 元, 万元 (10⁴ 元) and 亿元 (10⁸ 元).</summary>
/// <remarks>The value of each member is its power of ten of 元; <c>default(MoneyUnit)</c> is <see cref="Yuan"/>.</remarks>
public enum MoneyUnit
{
    /// <summary>元 (yuan), the base unit; 1 元 = 100 分 (fen).</summary>
    Yuan = 0,

    /// <summary>万元 = 10,000 元.</summary>
    Wan = 4,

    /// <summary>亿元 = 100,000,000 元.</summary>
    Yi = 8,
}
