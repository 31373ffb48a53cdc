namespace FundMath.Contributions;

/// <summary>
/// Totals of a batch of premium bases: the employer's wage total and how many persons the floor or cap bound.
/// 用人单位职工工资总额（缴费工资之和）.
/// WageTotal = Σ clamp(wageᵢ, Floor, Cap).
/// </summary>
/// <param name="Persons">Number of persons in the batch.</param>
/// <param name="WageTotal">Σ clamped bases (工资总额 for contributions).</param>
/// <param name="AtFloor">Persons whose base is the floor.</param>
/// <param name="AtCap">Persons whose base is the cap.</param>
/// <remarks><c>default(PremiumBaseSummary)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct PremiumBaseSummary(int Persons, Money WageTotal, int AtFloor, int AtCap);
