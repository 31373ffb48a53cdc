namespace FundMath.Tests.Contributions;

using System;
using FundMath;
using FundMath.Contributions;

/// <summary>The public factories of the contribution results: they derive or check the identity that ties the fields.</summary>
public class ContributionResultTests
{
    [Fact]
    public void Subsidy_split_derives_the_local_part()
    {
        SubsidySplitResult s = SubsidySplitResult.Of(Money.FromYuan(1000), Money.FromYuan(600));
        Assert.Equal(Money.FromYuan(400), s.Local);
        Assert.Equal(s.Total, s.Central + s.Local);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplitResult.Of(Money.FromYuan(1000), Money.FromYuan(1000.01m)));
        Assert.Equal("central", e.ParamName);
        Assert.Contains("1,000.01", e.Message);
    }

    [Fact]
    public void Individual_share_check_matches_the_funding_standard()
    {
        // 2021: 320元 individual, 580元 subsidy → 320/900 = 16/45 ≥ 1/3.
        Rate third = Rate.FromRatio(1, 3);
        IndividualShareCheck c = IndividualShareCheck.Of(Money.FromYuan(320), Money.FromYuan(900), third);
        Assert.Equal(Rate.FromRatio(16, 45), c.Share);
        Assert.Equal(IndividualShareOutcome.Meets, c.Outcome);
        Assert.Equal(new ResidentFundingStandard(2021, 2021, Money.FromYuan(320), Money.FromYuan(580)).CheckIndividualShare(third), c);
        Assert.Equal(IndividualShareOutcome.Below, IndividualShareCheck.Of(Money.FromYuan(299.99m), Money.FromYuan(900), third).Outcome);
        Assert.Equal(IndividualShareOutcome.NoFunding, IndividualShareCheck.Of(Money.Zero, Money.Zero, third).Outcome);
        Assert.Equal("individual", Assert.Throws<ArgumentOutOfRangeException>(() => IndividualShareCheck.Of(Money.FromYuan(901), Money.FromYuan(900), third)).ParamName);
    }

    [Fact]
    public void Employee_month_refuses_a_maternity_part_above_the_employer_contribution()
    {
        EmployeeMonthlyContribution m = EmployeeMonthlyContribution.Of(Money.FromYuan(5000), Money.FromYuan(450), Money.FromYuan(50), Money.FromYuan(100));
        Assert.Equal(Money.FromYuan(400), m.EmployerMedical);
        Assert.Equal(Money.FromYuan(550), m.Total);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeMonthlyContribution.Of(Money.FromYuan(5000), Money.FromYuan(40), Money.FromYuan(50), Money.FromYuan(100)));
        Assert.Equal("maternity", e.ParamName);
        Assert.Equal("individual", Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeMonthlyContribution.Of(Money.FromYuan(5000), Money.FromYuan(450), Money.FromYuan(50), Money.FromYuan(-1))).ParamName);
    }

    [Fact]
    public void Premium_income_change_must_add_up_to_the_fen()
    {
        PremiumIncomeChange c = PremiumIncomeChange.Of(Money.FromYuan(1000), Money.FromYuan(1100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(20), DecompositionMethod.Shapley);
        Assert.Equal(Money.FromYuan(100), c.Change);
        var e = Assert.Throws<ArgumentException>(() => PremiumIncomeChange.Of(Money.FromYuan(1000), Money.FromYuan(1100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(20.01m), DecompositionMethod.Shapley));
        Assert.Contains("100.01", e.Message);
        Assert.Contains("100.00", e.Message);
        Assert.Throws<ArgumentException>(() => PremiumIncomeChange.Of(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, (DecompositionMethod)7));
    }
}
