using System;

namespace FundMath.Pooling;

/// <summary>
/// The formulas of municipal pooling, each in one place: quota, cap, threshold, the usable balance and two-party
/// splits. Every rounding is named here: quotas 四舍五入 (<see cref="MidpointRounding.AwayFromZero"/>), caps down
/// (<see cref="MidpointRounding.ToNegativeInfinity"/>, never above the exact cap), thresholds up
/// (<see cref="MidpointRounding.ToPositiveInfinity"/>, so a topped-up fund reaches the threshold months), shares by
/// largest remainder (<see cref="Apportionment"/>: parts sum exactly to the whole; for two parties that is the first
/// part rounded half up and the second the rest).
/// </summary>
internal static class PoolingMath
{
    /// <summary>上划额度 = previous-year actual expenditure × months / 12, 四舍五入 to the fen.</summary>
    internal static Money Quota(Money previousYearExpenditure, Fraction shareOfYear) =>
        previousYearExpenditure.Multiply(shareOfYear, MidpointRounding.AwayFromZero);

    /// <summary>The year-start threshold = city previous-year expenditure × months / 12, rounded up to the fen.</summary>
    internal static Money Threshold(Money cityPreviousYearExpenditure, Fraction shareOfYear) =>
        cityPreviousYearExpenditure.Multiply(shareOfYear, MidpointRounding.ToPositiveInfinity);

    /// <summary>市财政最高分担金额 = 当年统筹基金筹资总额 × cap, rounded down to the fen.</summary>
    internal static Money Cap(Money pooledFinancing, Rate cap) => pooledFinancing.Multiply(cap, MidpointRounding.ToNegativeInfinity);

    /// <summary>The balance a county may draw on: its accumulated balance less the personal-account part, never below 0.</summary>
    internal static Money Usable(Money accumulatedBalance, Money personalAccountBalance) =>
        Money.Max(Money.Zero, accumulatedBalance - personalAccountBalance);

    /// <summary>
    /// Splits <paramref name="total"/> (≥ 0) between a first party with <paramref name="firstShare"/> and a second with
    /// the rest, by largest remainder, and returns the first part; the second is total − first, so the two always sum
    /// to the total. With two parts the largest-remainder split of <see cref="Apportionment"/> (equal remainders to the
    /// earlier part) is exactly total × share rounded half up, which is computed directly here (a test keeps the two
    /// equal): a half fen goes to the first party named.
    /// </summary>
    internal static Money First(Money total, Rate firstShare) => total.Multiply(firstShare, MidpointRounding.AwayFromZero);
}
