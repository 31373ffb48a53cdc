using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace FundMath;

/// <summary>
/// An inclusive range of dates during which a policy applies — 政策执行期, e.g. a relief window (阶段性减征)
/// from April 2020 to March 2021.
/// </summary>
/// <remarks>
/// Two month-counting rules, named for what they count, and both here:
/// <list type="bullet">
/// <item><see cref="CoveredMonths"/> — months lying <em>entirely</em> in the window (every day of it): what a
/// relief window prorates, so a window built with <see cref="FromMonths"/> counts its whole months exactly and a
/// window starting or ending mid-month does not count that month.</item>
/// <item><see cref="MonthsStartingIn"/> — months whose <em>first day</em> lies in the window: the rule of dated
/// parameters (a month is governed by the value in force on its first day, 以月初为准), so the segments of a
/// period (<see cref="Policies.ParameterSegment.Months"/>) count every month of the period exactly once.</item>
/// </list>
/// For a whole-month window the two agree; a month entirely in the window also starts in it, so
/// CoveredMonths ≤ MonthsStartingIn always.
/// <para><c>default(PolicyWindow)</c> is not a window: its dates, and so every use (<see cref="Contains"/>,
/// <see cref="Covers"/>, <see cref="CoveredMonths"/>, …), throw <see cref="InvalidOperationException"/> naming it.</para>
/// </remarks>
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

        this.start = start;
        this.end = end;
        constructed = true;
    }

    private readonly LocalDate start;

    private readonly LocalDate end;

    // False only in default(PolicyWindow): its dates would be the single day 0001-01-01, so every month would fall
    // outside it and a relief or a dated parameter would silently not apply.
    private readonly bool constructed;

    /// <summary>The first day (inclusive).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PolicyWindow)</c>, which has no dates.</exception>
    public LocalDate Start => constructed ? start : throw DefaultWindow();

    /// <summary>The last day (inclusive).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PolicyWindow)</c>, which has no dates.</exception>
    public LocalDate End => constructed ? end : throw DefaultWindow();

    /// <summary>True for <c>default(PolicyWindow)</c> (checked by the types that hold a window, to name themselves).</summary>
    internal bool IsDefault => !constructed;

    private static InvalidOperationException DefaultWindow() =>
        new("default(PolicyWindow) has no dates; create the window with its constructor or PolicyWindow.FromMonths.");

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

    /// <summary>
    /// The number of months of <paramref name="period"/> whose first day lies in the window (a window from
    /// 2020-02-15 to 2020-06-15 starts 4 months of 2020: March to June; it covers 3: March to May).
    /// </summary>
    public int MonthsStartingIn(ReportingPeriod period)
    {
        int count = 0;
        foreach (YearMonth m in period.Months)
        {
            if (Contains(m.OnDayOfMonth(1)))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public bool Equals(PolicyWindow other) => start == other.start && end == other.end && constructed == other.constructed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PolicyWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, end, constructed);

    /// <summary>Equality.</summary>
    public static bool operator ==(PolicyWindow left, PolicyWindow right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PolicyWindow left, PolicyWindow right) => !left.Equals(right);

    /// <summary>"2020-04-01..2021-03-31" ("default(PolicyWindow)" for the default value).</summary>
    public override string ToString() => constructed ? $"{start:uuuu-MM-dd}..{end:uuuu-MM-dd}" : "default(PolicyWindow)";
}
