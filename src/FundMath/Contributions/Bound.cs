namespace FundMath.Contributions;

/// <summary>
/// Which end of the premium-base band, if any, decided a person's base. 缴费基数是否按下限/上限核定.
/// Floor when wage &lt; floor, Cap when wage &gt; cap, otherwise None.
/// </summary>
public enum Bound
{
    /// <summary>The own wage lies inside the band and is the base (按本人工资核定).</summary>
    None = 0,

    /// <summary>The own wage is below the floor; the base is the floor (按下限核定, 保底).</summary>
    Floor = 1,

    /// <summary>The own wage is above the cap; the base is the cap (按上限核定, 封顶).</summary>
    Cap = 2,
}
