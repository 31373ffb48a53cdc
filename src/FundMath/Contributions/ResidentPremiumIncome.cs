namespace FundMath.Contributions;

/// <summary>
/// Resident premium income of a set of cohorts. 城乡居民个人缴费收入.
/// Gross = Σ persons × individual contribution; AssistancePaid = Σ persons × assistance per person; PersonallyPaid = Gross − AssistancePaid.
/// </summary>
/// <param name="Persons">Total persons.</param>
/// <param name="Gross">Σ cohorts × individual contribution (the fund's premium income; 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's 84,555万元).</param>
/// <param name="AssistancePaid">Part of <paramref name="Gross"/> paid by medical assistance (资助参保金额).</param>
/// <param name="PersonallyPaid">Part paid by persons = Gross − AssistancePaid.</param>
/// <remarks><c>default(ResidentPremiumIncome)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct ResidentPremiumIncome(Headcount Persons, Money Gross, Money AssistancePaid, Money PersonallyPaid);
