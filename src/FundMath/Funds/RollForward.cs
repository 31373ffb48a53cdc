using System;

namespace FundMath.Funds;

/// <summary>
/// The roll-forward check of a fund statement — 期末累计结余 = 期初累计结余 + 当期收入 − 当期支出: the expected
/// closing balance, the reported one and their difference (reported − expected), never hidden. Built by
/// <see cref="Of"/> (or a statement's <see cref="FundStatement.RollForward"/>), so the expected closing balance is
/// always opening + income − expenditure.
/// </summary>
/// <remarks><c>default(RollForward)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct RollForward
{
    internal RollForward(Money opening, Money income, Money expenditure, Money expectedClosing, Money reportedClosing)
    {
        Preconditions.DebugCheck(expectedClosing == opening + income - expenditure, "RollForward: expected closing = opening + income − expenditure");
        Opening = opening;
        Income = income;
        Expenditure = expenditure;
        ExpectedClosing = expectedClosing;
        ReportedClosing = reportedClosing;
    }

    /// <summary>期初累计结余: the opening balance.</summary>
    public Money Opening { get; }

    /// <summary>当期收入: the period's income.</summary>
    public Money Income { get; }

    /// <summary>当期支出: the period's expenditure.</summary>
    public Money Expenditure { get; }

    /// <summary>Opening + income − expenditure.</summary>
    public Money ExpectedClosing { get; }

    /// <summary>The closing balance as reported (期末累计结余).</summary>
    public Money ReportedClosing { get; }

    /// <summary>Reported − expected closing balance (zero when the identity holds).</summary>
    public Money Difference => ReportedClosing - ExpectedClosing;

    /// <summary>Holds or Broken.</summary>
    public RollForwardOutcome Outcome => Difference.IsZero ? RollForwardOutcome.Holds : RollForwardOutcome.Broken;

    /// <summary>The check of <paramref name="reportedClosing"/> against opening + income − expenditure.</summary>
    /// <exception cref="OverflowException">The expected closing balance overflows.</exception>
    public static RollForward Of(Money opening, Money income, Money expenditure, Money reportedClosing) =>
        new(opening, income, expenditure, opening + income - expenditure, reportedClosing);

    /// <summary>"opening 1.00 + income 2.00 − expenditure 1.50 = 1.50, reported 1.51 (difference 0.01)".</summary>
    public string Describe() =>
        $"期初 opening {Opening:N2} + 收入 income {Income:N2} − 支出 expenditure {Expenditure:N2} = {ExpectedClosing:N2} 元, " +
        $"reported 期末 closing {ReportedClosing:N2} 元 (difference {Difference:N2} 元)";
}
