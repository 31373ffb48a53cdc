using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace FundMath;

/// <summary>
/// An inclusive range of dates during which a policy applies — 政策执行期, e.g. a relief window (阶段性减征)
/// from April 2020 to March 2021. Month arithmetic counts a month as covered only when every day of it lies in
/// the window, so windows built with <see cref="FromMonths"/> prorate by whole months exactly.
/// </summary>
public readonly struct PolicyWindow : IEquatable<PolicyWindow>, System.Numerics.IEqualityOperators<PolicyWindow, PolicyWindow, bool>
{
    /// <summary>Creates a window from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public PolicyWindow(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            Preconditions.ThrowArgument(nameof(end), $"end {end:uuuu-MM-dd} is before start {start:uuuu-MM-dd}: a policy window cannot be inverted.");
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>A window of whole months, <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static PolicyWindow FromMonths(YearMonth first, YearMonth last)
    {
        if (last < first)
        {
            Preconditions.ThrowArgument(nameof(last), $"last month {last} is before first month {first}: a policy window cannot be inverted.");
        }

        return new PolicyWindow(first.OnDayOfMonth(1), last.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(last.Year, last.Month)));
    }

    /// <summary>True when <paramref name="date"/> lies in the window.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>True when every day of <paramref name="month"/> lies in the window.</summary>
    public bool Covers(YearMonth month) =>
        Start <= month.OnDayOfMonth(1) && End >= month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month));

    /// <summary>True when the window and the period share at least one day.</summary>
    public bool Overlaps(ReportingPeriod period) => Start <= period.End && End >= period.Start;

    /// <summary>
    /// The number of months of <paramref name="period"/> entirely inside the window (Apr 2020–Mar 2021 covers
    /// 9 months of 2020 and 3 of 2021).
    /// </summary>
    public int CoveredMonths(ReportingPeriod period)
    {
        int count = 0;
        foreach (YearMonth m in period.Months)
        {
            if (Covers(m))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public bool Equals(PolicyWindow other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PolicyWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Equality.</summary>
    public static bool operator ==(PolicyWindow left, PolicyWindow right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PolicyWindow left, PolicyWindow right) => !left.Equals(right);

    /// <summary>"2020-04-01..2021-03-31".</summary>
    public override string ToString() => $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}";
}
