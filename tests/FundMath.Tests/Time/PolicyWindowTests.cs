namespace FundMath.Tests.Time;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using NodaTime;

public class PolicyWindowTests
{
    [FundMathProperty]
    public Property Covered_months_of_the_twelve_months_sum_to_the_covered_months_of_the_year() =>
        Prop.ForAll(ValueArbitraries.PolicyWindow(), window =>
        {
            for (int year = window.Start.Year; year <= window.End.Year; year++)
            {
                int byMonth = 0;
                int byQuarter = 0;
                for (int m = 1; m <= 12; m++)
                {
                    byMonth += window.CoveredMonths(ReportingPeriod.OfMonth(year, m));
                }

                for (int q = 1; q <= 4; q++)
                {
                    byQuarter += window.CoveredMonths(ReportingPeriod.OfQuarter(year, q));
                }

                int whole = window.CoveredMonths(ReportingPeriod.OfYear(year));
                if (byMonth != whole || byQuarter != whole || whole > 12)
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property A_month_is_covered_only_when_every_day_is_inside() =>
        Prop.ForAll(ValueArbitraries.PolicyWindow(), window =>
        {
            YearMonth first = new(window.Start.Year, window.Start.Month);
            for (YearMonth m = first; m <= new YearMonth(window.End.Year, window.End.Month); m = m.PlusMonths(1))
            {
                bool everyDay = window.Contains(m.OnDayOfMonth(1)) && window.Contains(m.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(m.Year, m.Month)));
                if (window.Covers(m) != everyDay)
                {
                    return false;
                }
            }

            return true;
        });

    // A relief (阶段性减征) from April 2020 to March 2021 covers 9 months of 2020 and 3 of 2021.
    [Fact]
    public void Relief_april_2020_to_march_2021()
    {
        PolicyWindow relief = PolicyWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3));
        Assert.Equal(9, relief.CoveredMonths(ReportingPeriod.OfYear(2020)));
        Assert.Equal(3, relief.CoveredMonths(ReportingPeriod.OfYear(2021)));
        Assert.Equal(0, relief.CoveredMonths(ReportingPeriod.OfQuarter(2020, 1)));
        Assert.Equal(3, relief.CoveredMonths(ReportingPeriod.OfQuarter(2021, 1)));
        Assert.True(relief.Overlaps(ReportingPeriod.OfHalfYear(2021, 1)));
        Assert.False(relief.Overlaps(ReportingPeriod.OfHalfYear(2021, 2)));
        Assert.Equal("2020-04-01..2021-03-31", relief.ToString());
    }

    [Fact]
    public void A_window_ending_mid_month_does_not_cover_that_month()
    {
        PolicyWindow window = new(new LocalDate(2020, 2, 1), new LocalDate(2020, 3, 15));
        Assert.Equal(1, window.CoveredMonths(ReportingPeriod.OfQuarter(2020, 1)));
        Assert.False(window.Covers(new YearMonth(2020, 3)));
    }

    [Fact]
    public void Rejects_inverted_windows()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyWindow(new LocalDate(2021, 3, 31), new LocalDate(2020, 4, 1)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("2020-04-01 is before start 2021-03-31", e.Message);
        var m = Assert.Throws<ArgumentException>(() => PolicyWindow.FromMonths(new YearMonth(2021, 3), new YearMonth(2020, 4)));
        Assert.Equal("last", m.ParamName);
    }

    [Fact]
    public void Default_window_has_no_dates_and_says_so()
    {
        PolicyWindow none = default;
        const string message = "default(PolicyWindow) has no dates; create the window with its constructor or PolicyWindow.FromMonths.";
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => none.Start).Message);
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => none.End).Message);
        Assert.Equal("default(PolicyWindow)", none.ToString());
        Assert.Equal("2021-03-01..2021-12-31", PolicyWindow.FromMonths(new YearMonth(2021, 3), new YearMonth(2021, 12)).ToString());
    }
}
