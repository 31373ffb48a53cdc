namespace FundMath.Contributions;

/// <summary>
/// One person's premium base and whether the floor or the cap bound it.
/// 缴费基数核定结果.
/// Base = clamp(own previous-year average monthly wage, Floor, Cap).
/// </summary>
/// <param name="Wage">The person's own previous-year average monthly wage (本人上年度月平均工资).</param>
/// <param name="Base">The premium base (缴费基数).</param>
/// <param name="Bound">Which end of the band bound, if any.</param>
/// <remarks><c>default(PremiumBaseResult)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct PremiumBaseResult(Money Wage, Money Base, Bound Bound);
