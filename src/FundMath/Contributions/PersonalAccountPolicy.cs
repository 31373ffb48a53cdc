using System;
using FundMath.Citations;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// The post-reform personal-account rule as a typed dated input. 职工医保个人账户计入办法（国办发〔2021〕14号）.
/// In-service: account = individual contribution; retirees: account = fixed monthly credit from the pooled fund
/// (about 2% of the local average basic pension in the reform year).
/// </summary>
/// <remarks><c>default(PersonalAccountPolicy)</c> is a retiree monthly credit of 0.00元 from year 0 with no citation: Split credits retirees nothing and passes the in-service contributions through — equal to new PersonalAccountPolicy(Money.Zero, 0).</remarks>
/// <param name="RetireeMonthlyCredit">Fixed monthly credit per retiree (退休人员月定额划入).</param>
/// <param name="EffectiveFrom">First year the rule applies.</param>
/// <param name="Citation">The local implementing document.</param>
public readonly record struct PersonalAccountPolicy(Money RetireeMonthlyCredit, int EffectiveFrom, Citation? Citation = null)
{
    /// <summary>
    /// Splits contributions of in-service staff and credits for retirees.
    /// </summary>
    /// <param name="inService">Contributions of in-service staff for the period (round each, then sum).</param>
    /// <param name="retirees">Retirees credited.</param>
    /// <param name="months">Months credited per retiree (0–12).</param>
    /// <exception cref="ArgumentOutOfRangeException">The credit is negative, or months is outside 0–12.</exception>
    public AccountSplit Split(in ContributionTotals inService, Headcount retirees, int months)
    {
        if (RetireeMonthlyCredit.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(RetireeMonthlyCredit), RetireeMonthlyCredit.ToString(), $"RetireeMonthlyCredit {RetireeMonthlyCredit:F2元} is negative.");
        }

        Preconditions.CheckArgumentRange(nameof(months), months, 0, 12);
        return new AccountSplit(inService.Individual, inService.Employer, RetireeMonthlyCredit * retirees * months);
    }

    /// <summary>Explains the split.</summary>
    public Explanation Explain(in ContributionTotals inService, Headcount retirees, int months)
    {
        AccountSplit s = Split(inService, retirees, months);
        return new Explanation("个人账户与统筹基金划分 (account / pool split)", $"accounts {s.PersonalAccounts:F2元}, pool net {s.PooledFundNet:F2元}")
        {
            Formula = "accounts = in-service individual + retirees × months × credit; pool = employer − retiree credits",
            Inputs =
            [
                Explanation.Input("在职职工个人缴费 (in-service individual)", s.InServiceToAccount.ToString("F2元", null)),
                Explanation.Input("单位缴费 (employer, to pool)", s.EmployerToPool.ToString("F2元", null)),
                Explanation.Input("退休人员 (retirees)", retirees.ToString()),
                Explanation.Input("months", months.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Explanation.Parameter("退休人员月定额划入 (retiree monthly credit)", RetireeMonthlyCredit.ToString("F2元", null), Citation, new NodaTime.LocalDate(EffectiveFrom, 1, 1)),
            ],
        };
    }
}
