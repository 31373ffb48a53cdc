namespace FundMath.Tests.Time;

using System;
using System.Collections.Generic;
using System.Linq;
using FundMath;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Policies;
using NodaTime;

/// <summary>
/// The two month-counting rules, side by side: <see cref="PolicyWindow.CoveredMonths"/> (months entirely in the
/// window: relief prorating) and <see cref="PolicyWindow.MonthsStartingIn"/> (months whose first day is in the
/// window: dated parameters, <see cref="ParameterSegment.Months"/>, <see cref="RateSchedule.FromParameter"/>).
/// The laws are checked exhaustively over every window of 2020 starting on any day and lasting 1–400 days.
/// </summary>
public class MonthCountingTests
{
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.OfYear(2020);
    private static readonly Citation Test = new("test: a local convention");

    [Fact]
    public void A_mid_month_window_starts_more_months_than_it_covers()
    {
        // 2020-02-15 to 2020-06-15: March–June start in it (4), March–May lie entirely in it (3).
        var w = new PolicyWindow(new LocalDate(2020, 2, 15), new LocalDate(2020, 6, 15));
        Assert.Equal(4, w.MonthsStartingIn(Y2020));
        Assert.Equal(3, w.CoveredMonths(Y2020));
    }

    [Fact]
    public void The_rules_agree_on_whole_month_windows()
    {
        // The 2020 relief window April 2020 – March 2021: 9 months of 2020, 3 of 2021, by either rule.
        PolicyWindow w = PolicyWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3));
        Assert.Equal(9, w.CoveredMonths(Y2020));
        Assert.Equal(9, w.MonthsStartingIn(Y2020));
        Assert.Equal(3, w.CoveredMonths(ReportingPeriod.OfYear(2021)));
        Assert.Equal(3, w.MonthsStartingIn(ReportingPeriod.OfYear(2021)));
    }

    [Fact]
    public void A_covered_month_starts_in_the_window_and_at_most_the_last_month_is_started_but_not_covered()
    {
        for (LocalDate start = new(2020, 1, 1); start.Year == 2020; start = start.PlusDays(1))
        {
            for (int length = 1; length <= 400; length += 7)
            {
                var w = new PolicyWindow(start, start.PlusDays(length - 1));
                int covered = w.CoveredMonths(Y2020), started = w.MonthsStartingIn(Y2020);
                Assert.InRange(started - covered, 0, 1);
                bool endsOnMonthEnd = w.End.PlusDays(1).Day == 1;
                if (endsOnMonthEnd || w.End.Year > 2020)
                {
                    Assert.Equal(started, covered);
                }
            }
        }
    }

    [Fact]
    public void The_segments_of_a_period_count_each_month_once()
    {
        foreach (LocalDate[] changes in ChangeDates())
        {
            Parameter p = RateParameter(changes);
            foreach (ReportingPeriod period in new[] { Y2020, ReportingPeriod.OfHalfYear(2020, 2), ReportingPeriod.OfQuarter(2020, 1) })
            {
                Assert.Equal(period.MonthCount, p.Over(period).Sum(s => s.Months(period)));
            }
        }
    }

    [Fact]
    public void A_schedule_from_a_parameter_has_the_value_in_force_on_each_first_day()
    {
        foreach (LocalDate[] changes in ChangeDates())
        {
            Parameter p = RateParameter(changes);
            RateSchedule s = RateSchedule.FromParameter(p);
            for (YearMonth m = new(2020, 1); m <= new YearMonth(2021, 6); m = m.PlusMonths(1))
            {
                ParameterEntry e = p.At(m.OnDayOfMonth(1));
                Assert.Equal(e.Value.AsRate(), s.RateAt(m));
                Assert.Same(e.Citation, s.EntryAt(m).Citation);
            }
        }
    }

    [Fact]
    public void A_schedule_refuses_a_parameter_that_is_not_a_rate()
    {
        var amount = new Parameter("test.amount", ParameterUnit.Yuan, [new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromMoney(Money.FromYuan(1)), Test)]);
        var e = Assert.Throws<ArgumentException>(() => RateSchedule.FromParameter(amount));
        Assert.Equal("parameter", e.ParamName);
        Assert.Contains("test.amount", e.Message);
    }

    /// <summary>A first entry on 2020-01-01, then changes on every day-of-month pattern: 1st, mid-month, two in one month.</summary>
    private static IEnumerable<LocalDate[]> ChangeDates()
    {
        yield return [];
        for (int day = 1; day <= 28; day += 3)
        {
            yield return [new LocalDate(2020, 4, day)];
            yield return [new LocalDate(2020, 3, day), new LocalDate(2020, 9, 1)];
            yield return [new LocalDate(2020, 6, day), new LocalDate(2020, 6, Math.Min(day + 2, 30))];
        }
    }

    private static Parameter RateParameter(LocalDate[] changes)
    {
        var entries = new List<ParameterEntry> { new(new LocalDate(2020, 1, 1), ParameterValue.FromRate(Rate.FromPercent(8)), Test) };
        for (int i = 0; i < changes.Length; i++)
        {
            if (changes[i] > entries[^1].EffectiveFrom)
            {
                entries.Add(new(changes[i], ParameterValue.FromRate(Rate.FromPercent(9 + i)), new Citation($"test change {i}")));
            }
        }

        return new Parameter("test.rate", ParameterUnit.Rate, entries);
    }
}
