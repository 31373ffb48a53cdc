namespace FundMath.Contributions;

/// <summary>
/// How one period's employee-scheme contributions split between personal accounts and the pooled fund after the
/// outpatient mutual-aid reform. 个人账户划入与统筹基金（国办发〔2021〕14号）.
/// Account = Σ in-service individual contributions + retirees × months × credit; Pooled = Σ employer contributions − retiree credits.
/// </summary>
/// <param name="InServiceToAccount">In-service individual contributions credited to personal accounts (在职职工个人缴费计入个人账户).</param>
/// <param name="EmployerToPool">Employer contributions (incl. maternity) to the pooled fund (单位缴费全部计入统筹基金).</param>
/// <param name="RetireeCredits">Fixed credits to retirees' accounts, paid out of the pooled fund (退休人员个人账户由统筹基金定额划入).</param>
/// <remarks><c>default(AccountSplit)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct AccountSplit(Money InServiceToAccount, Money EmployerToPool, Money RetireeCredits)
{
    /// <summary>Total credited to personal accounts = in-service + retirees.</summary>
    public Money PersonalAccounts => InServiceToAccount + RetireeCredits;

    /// <summary>Pooled fund net of retiree credits = EmployerToPool − RetireeCredits.</summary>
    public Money PooledFundNet => EmployerToPool - RetireeCredits;
}
