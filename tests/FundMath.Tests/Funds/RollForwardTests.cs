namespace FundMath.Tests.Funds;

using FundMath;
using FundMath.Funds;

public class RollForwardTests
{
    [Fact]
    public void Of_derives_the_expected_closing_balance_and_keeps_the_difference()
    {
        // 100 + 50 − 30 = 120 expected; 121 reported: 1.00 元 unexplained.
        RollForward r = RollForward.Of(Money.FromYuan(100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(121));
        Assert.Equal(Money.FromYuan(120), r.ExpectedClosing);
        Assert.Equal(Money.FromYuan(1), r.Difference);
        Assert.Equal(RollForwardOutcome.Broken, r.Outcome);
        Assert.Equal(RollForwardOutcome.Holds, RollForward.Of(Money.FromYuan(100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(120)).Outcome);
    }

    [Fact]
    public void A_statement_roll_forward_equals_the_factory_on_its_figures()
    {
        FundStatement s = FundStatement.FromReported(
            FundKind.ResidentBasic, "茶陵", ReportingPeriod.OfYear(2021), Money.FromYuan(100), IncomeLines.Of(premiums: Money.FromYuan(50)),
            ExpenditureLines.Of(inpatient: Money.FromYuan(30)), Money.FromYuan(121), IdentityMode.Report);
        Assert.Equal(RollForward.Of(Money.FromYuan(100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(121)), s.RollForward);
    }
}
