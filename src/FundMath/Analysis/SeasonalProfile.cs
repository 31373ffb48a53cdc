using System;
using System.Runtime.CompilerServices;

namespace FundMath.Analysis;

/// <summary>
/// A cumulative expected share of the annual budget by month, for funds whose execution is seasonal (premiums
/// collected mostly in Q1). 季节性预算进度. <c>expected(period) = profile[last month of period]</c>.
/// </summary>
/// <remarks>
/// Twelve cumulative shares, each within 0–100%, never decreasing, the December share exactly 100%. Time
/// progress (m/12) is the profile used when none is given (<see cref="TimeProgress"/>).
/// <para><c>default(SeasonalProfile)</c> is no shares: cumulative progress is read as time progress (an even spread), not as 0% every month.</para>
/// </remarks>
public readonly struct SeasonalProfile : IEquatable<SeasonalProfile>
{
    private readonly TwelveRates shares;

    private SeasonalProfile(in TwelveRates shares) => this.shares = shares;

    /// <summary>
    /// Straight-line time progress: month m → m/12 (Q1 25%, H1 50%, Q3 75%, year 100%). It is <c>default(SeasonalProfile)</c>,
    /// which holds no shares and reads every month as m/12 (<see cref="CumulativeShare"/>).
    /// </summary>
    public static SeasonalProfile TimeProgress => default;

    /// <summary>Creates a profile from twelve cumulative shares (January … December).</summary>
    /// <exception cref="ArgumentException">Not twelve shares, a share outside 0–100%, a decrease, or December is not 100%.</exception>
    public static SeasonalProfile FromCumulative(ReadOnlySpan<Rate> cumulativeShares)
    {
        if (cumulativeShares.Length != 12)
        {
            Preconditions.ThrowArgument(nameof(cumulativeShares), $"cumulativeShares has {cumulativeShares.Length} values; a seasonal profile needs 12 cumulative monthly shares (January to December).");
        }

        var s = default(TwelveRates);
        for (int i = 0; i < 12; i++)
        {
            Rate share = cumulativeShares[i];
            if (share.IsNegative || share > Rate.OneHundredPercent)
            {
                Preconditions.ThrowArgument(nameof(cumulativeShares), $"cumulativeShares[{i}] (month {i + 1}) is {share}; a cumulative share must lie within 0%–100%.");
            }

            if (i > 0 && share < s[i - 1])
            {
                Preconditions.ThrowArgument(nameof(cumulativeShares), $"cumulativeShares[{i}] (month {i + 1}) is {share}, below month {i}'s {s[i - 1]}; cumulative shares must not decrease.");
            }

            s[i] = share;
        }

        if (s[11] != Rate.OneHundredPercent)
        {
            Preconditions.ThrowArgument(nameof(cumulativeShares), $"cumulativeShares[11] (December) is {s[11]}; a cumulative profile must end at 100%.");
        }

        return new SeasonalProfile(s);
    }

    /// <summary>The cumulative expected share at the end of <paramref name="month"/> (1–12).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public Rate CumulativeShare(int month)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        Rate share = shares[month - 1];

        // default(SeasonalProfile) has no shares; treat it as time progress rather than 0% everywhere.
        return shares[11].IsZero ? Rate.FromRatio(month, 12) : share;
    }

    /// <summary>The expected year-to-date share at the end of <paramref name="period"/> (its last month).</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default (unknown) period.</exception>
    public Rate ExpectedAt(ReportingPeriod period)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        return CumulativeShare(period.LastMonth.Month);
    }

    /// <inheritdoc />
    public bool Equals(SeasonalProfile other)
    {
        for (int m = 1; m <= 12; m++)
        {
            if (CumulativeShare(m) != other.CumulativeShare(m))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeasonalProfile other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CumulativeShare(3), CumulativeShare(6), CumulativeShare(9));

    /// <summary>Equality.</summary>
    public static bool operator ==(SeasonalProfile left, SeasonalProfile right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SeasonalProfile left, SeasonalProfile right) => !left.Equals(right);

    [InlineArray(12)]
    private struct TwelveRates
    {
        private Rate element;
    }
}
