namespace FundMath.Contributions;

/// <summary>
/// One person's contributions over a reporting period, computed month by month so relief windows prorate exactly.
/// 职工医保期间缴费（逐月计算，含减征额）.
/// Amount = Σ_months round(base × rate(m)); Relieved = Σ_months round(base × normalRate(m)) − Amount.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Charged">Contributions actually due (after relief).</param>
/// <param name="EmployerRelieved">Employer contributions waived by relief windows (减征额).</param>
/// <param name="ReliefMonths">Months of the period with a relief rate.</param>
/// <remarks><c>default(EmployeePeriodContribution)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct EmployeePeriodContribution(ReportingPeriod Period, ContributionTotals Charged, Money EmployerRelieved, int ReliefMonths);
