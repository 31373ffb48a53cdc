using System;
using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class PersonalAccountTests
{
    // 国办发〔2021〕14号: in-service individual contributions go to the personal account, employer contributions to the
    // pooled fund; retirees get a fixed monthly credit from the pooled fund (≈2% of the local average basic pension).
    // The 60元 credit below is illustrative (a 3,000元 average pension × 2%).
    private static readonly PersonalAccountPolicy Policy = new(Money.FromYuan(60), 2022, new Citation("国办发〔2021〕14号", "关于建立健全职工基本医疗保险门诊共济保障机制的指导意见"));

    [Fact]
    public void Individual_goes_to_accounts_employer_to_the_pool_and_retiree_credits_come_out_of_the_pool()
    {
        // One month of the three staff in EmployeeContributionTests: employer 2,022.61, individual 464.97.
        var staff = new ContributionTotals(3, Money.FromYuan(23248.40m), Money.FromYuan(2022.61m), Money.FromYuan(116.24m), Money.FromYuan(464.97m));
        AccountSplit s = Policy.Split(staff, Headcount.FromPersons(2), 1);
        Assert.Equal(Money.FromYuan(464.97m), s.InServiceToAccount);
        Assert.Equal(Money.FromYuan(2022.61m), s.EmployerToPool);
        Assert.Equal(Money.FromYuan(120), s.RetireeCredits);           // 2 retirees × 1 month × 60
        Assert.Equal(Money.FromYuan(584.97m), s.PersonalAccounts);     // 464.97 + 120
        Assert.Equal(Money.FromYuan(1902.61m), s.PooledFundNet);       // 2,022.61 − 120
        Assert.Equal(s.InServiceToAccount + s.EmployerToPool, s.PersonalAccounts + s.PooledFundNet);
    }

    [Fact]
    public void Months_above_12_are_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Split(default, Headcount.FromPersons(1), 13));
        Assert.Contains("months 13 is outside the allowed range [0, 12]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_cites_the_reform()
    {
        string text = Policy.Explain(default, Headcount.FromPersons(10), 12).ToText();
        Assert.Contains("国办发〔2021〕14号", text, StringComparison.Ordinal);
        Assert.Contains("accounts 7200.00元", text, StringComparison.Ordinal);
    }
}
