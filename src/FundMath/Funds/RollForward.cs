using System;

namespace FundMath.Funds;

/// <summary>How a statement whose reported closing balance is supplied treats a broken roll-forward identity.</summary>
public enum IdentityMode
{
    /// <summary>Throw an <see cref="ArgumentException"/> naming opening, income, expenditure, expected and reported closing.</summary>
    Strict,

    /// <summary>Keep the reported closing balance and report the break in <see cref="FundStatement.RollForward"/>.</summary>
    Report,
}

/// <summary>Whether the roll-forward identity holds.</summary>
public enum RollForwardOutcome
{
    /// <summary>期初 + 收入 − 支出 = 期末 exactly.</summary>
    Holds,

    /// <summary>The reported closing balance differs from 期初 + 收入 − 支出 by <see cref="RollForward.Difference"/>.</summary>
    Broken,
}

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

/// <summary>
/// A figure computed by FundMath beside the same figure as a report prints it — 计算值与报表数: the difference
/// (printed − computed) is exposed, and <see cref="IsWithin"/> tells whether it is within a print precision.
/// </summary>
public readonly record struct PrintedComparison(Money Computed, Money Printed)
{
    /// <summary>Printed − computed.</summary>
    public Money Difference => Printed - Computed;

    /// <summary>True when the printed figure equals the computed one exactly.</summary>
    public bool Agrees => Difference.IsZero;

    /// <summary>True when |printed − computed| ≤ <paramref name="tolerance"/> (e.g. 0.01万元, the print precision).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public bool IsWithin(Money tolerance)
    {
        if (tolerance.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(tolerance), tolerance, $"tolerance {tolerance} is negative.");
        }

        return Difference.Abs() <= tolerance;
    }
}
