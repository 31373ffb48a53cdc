using System;

namespace FundMath.Policies;

/// <summary>
/// The part of a reporting period during which one parameter value applies — 参数分段. A period that straddles
/// a change (e.g. a relief window ending in June) yields several segments.
/// </summary>
/// <remarks><c>default(ParameterSegment)</c> has no window: <see cref="Months"/> rejects it.</remarks>
/// <param name="Window">The inclusive date range inside the period.</param>
/// <param name="Entry">The entry in force over the window.</param>
public readonly record struct ParameterSegment(PolicyWindow Window, ParameterEntry Entry)
{
    /// <summary>The entry in force over the window (null only in <c>default(ParameterSegment)</c>).</summary>
    public ParameterEntry Entry { get; init => field = value ?? throw new ArgumentNullException(nameof(Entry)); } = Entry ?? throw new ArgumentNullException(nameof(Entry));

    /// <summary>
    /// The number of calendar months of <paramref name="period"/> whose first day lies in the window — the
    /// dated-parameter rule <see cref="PolicyWindow.MonthsStartingIn"/> (a month is governed by the value in force on
    /// its first day); over the segments of one period they sum to the period's months.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ParameterSegment)</c>, which has no window.</exception>
    public int Months(ReportingPeriod period) =>
        Window.IsDefault
            ? throw new InvalidOperationException("default(ParameterSegment) has no window or entry; segments come from Parameter.Over or ParameterSet.Over.")
            : Window.MonthsStartingIn(period);
}
