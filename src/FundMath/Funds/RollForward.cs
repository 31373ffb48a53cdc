using System;

namespace FundMath.Funds;

/// <summary>
/// The roll-forward check of a fund statement — 期末累计结余 = 期初累计结余 + 当期收入 − 当期支出: the expected
/// closing balance, the reported one and their difference (reported − expected), never hidden.
/// </summary>
public readonly record struct RollForward(Money Opening, Money Income, Money Expenditure, Money ExpectedClosing, Money ReportedClosing)
{
    /// <summary>Reported − expected closing balance (zero when the identity holds).</summary>
    public Money Difference => ReportedClosing - ExpectedClosing;

    /// <summary>Holds or Broken.</summary>
    public RollForwardOutcome Outcome => Difference.IsZero ? RollForwardOutcome.Holds : RollForwardOutcome.Broken;

    /// <summary>"opening 1.00 + income 2.00 − expenditure 1.50 = 1.50, reported 1.51 (difference 0.01)".</summary>
    public string Describe() =>
        $"期初 opening {Opening:N2} + 收入 income {Income:N2} − 支出 expenditure {Expenditure:N2} = {ExpectedClosing:N2} 元, " +
        $"reported 期末 closing {ReportedClosing:N2} 元 (difference {Difference:N2} 元)";
}
