namespace FundMath.Contributions;

/// <summary>
/// One flexible-employment person's contributions over a period, month by month with relief windows.
/// 灵活就业人员期间缴费（逐月计算，含减征额）.
/// Charged = Σ_m round(base × relief(tier, m)); Relieved = Σ_m round(base × tier) − Charged.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Base">The chosen base.</param>
/// <param name="Tier">The chosen rate tier.</param>
/// <param name="Charged">Contributions due after relief.</param>
/// <param name="Relieved">Contributions waived by relief windows (减征额).</param>
/// <param name="ReliefMonths">Months at a relief rate.</param>
/// <remarks><c>default(FlexiblePeriodContribution)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct FlexiblePeriodContribution(ReportingPeriod Period, Money Base, Rate Tier, Money Charged, Money Relieved, int ReliefMonths)
{
    /// <summary>What the period would cost without relief = Charged + Relieved.</summary>
    public Money Normal => Charged + Relieved;
}
