using System;
using System.Runtime.InteropServices;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// The year-on-year change of premium income split into headcount, base and rate effects that add up exactly.
/// 征缴收入增减因素分解（参保人数、缴费基数、费率）.
/// Change = Income₁ − Income₀ = HeadcountEffect + BaseEffect + RateEffect (to the fen).
/// </summary>
/// <param name="Previous">Income of the previous year.</param>
/// <param name="Current">Income of the current year.</param>
/// <param name="HeadcountEffect">Effect of the change in person-months (参保人数变动影响).</param>
/// <param name="BaseEffect">Effect of the change in average base (缴费基数增长影响).</param>
/// <param name="RateEffect">Effect of the change in rate (费率变动影响, e.g. restored rates after relief).</param>
/// <param name="Method">The attribution method.</param>
public readonly record struct PremiumIncomeChange(Money Previous, Money Current, Money HeadcountEffect, Money BaseEffect, Money RateEffect, DecompositionMethod Method)
{
    /// <summary>Current − Previous.</summary>
    public Money Change => Current - Previous;
}
