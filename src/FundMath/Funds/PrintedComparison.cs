using System;

namespace FundMath.Funds;

/// <summary>
/// A figure computed by FundMath beside the same figure as a report prints it — 计算值与报表数: the difference
/// (printed − computed) is exposed, and <see cref="IsWithin"/> tells whether it is within a print precision.
/// </summary>
/// <remarks><c>default(PrintedComparison)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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
