namespace FundMath.Tests.Time;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using NodaTime;

public class ReportingPeriodTests
{
    [FundMathProperty]
    public Property Parse_and_format_round_trip() =>
        Prop.ForAll(ValueArbitraries.ReportingPeriod(), p =>
        {
            Span<byte> utf8 = stackalloc byte[16];
            bool ok = p.TryFormat(utf8, out int n, default, null);
            return ReportingPeriod.Parse(p.ToString(), null) == p
                && ok && System.Text.Encoding.UTF8.GetString(utf8[..n]) == p.ToString();
        });

    [FundMathProperty]
    public Property Months_time_progress_and_neighbours_are_consistent() =>
        Prop.ForAll(ValueArbitraries.ReportingPeriod(), p =>
        {
            int count = 0;
            YearMonth expected = p.FirstMonth;
            bool inOrder = true;
            foreach (YearMonth m in p.Months)
            {
                inOrder &= m == expected && p.Contains(m);
                expected = expected.PlusMonths(1);
                count++;
            }

            return inOrder
                && count == p.MonthCount
                && p.LastMonth == p.FirstMonth.PlusMonths(p.MonthCount - 1)
                && p.TimeProgress == Rate.FromRatio(p.LastMonth.Month, 12)
                && p.Next.Previous == p
                && p.Previous < p && p < p.Next
                && p.SamePeriodPreviousYear.Year == p.Year - 1
                && p.FiscalYear.Contains(p)
                && p.Start == p.FirstMonth.OnDayOfMonth(1)
                && p.End.PlusDays(1) == p.LastMonth.PlusMonths(1).OnDayOfMonth(1);
        });

    // Time progress (时间进度) of each period: Q1 → 25%, H1 → 50%, month 7 → 7/12, Q3 → 75%, year → 100%.
    [Theory]
    [InlineData("2021Q1", 1, 4)]
    [InlineData("2021H1", 1, 2)]
    [InlineData("2021-07", 7, 12)]
    [InlineData("2021M07", 7, 12)]
    [InlineData("2021Q3", 3, 4)]
    [InlineData("2021H2", 1, 1)]
    [InlineData("2021", 1, 1)]
    public void Time_progress_is_exact(string text, long numerator, long denominator) =>
        Assert.Equal(Rate.FromRatio(numerator, denominator), ReportingPeriod.Parse(text, null).TimeProgress);

    [Fact]
    public void Q3_spans_july_to_september()
    {
        ReportingPeriod q3 = ReportingPeriod.OfQuarter(2021, 3);
        Assert.Equal(new LocalDate(2021, 7, 1), q3.Start);
        Assert.Equal(new LocalDate(2021, 9, 30), q3.End);
        Assert.Equal(ReportingPeriod.OfQuarter(2020, 3), q3.SamePeriodPreviousYear);
        Assert.Equal(ReportingPeriod.OfQuarter(2022, 1), ReportingPeriod.OfQuarter(2021, 4).Next);
        Assert.True(ReportingPeriod.OfHalfYear(2021, 2).Contains(q3));
        Assert.False(ReportingPeriod.OfHalfYear(2021, 1).Contains(q3));
    }

    [Theory]
    [InlineData("2021-13", 5, "month 13 does not exist")]
    [InlineData("2021Q5", 5, "quarter 5 does not exist")]
    [InlineData("2021H3", 5, "half-year 3 does not exist")]
    [InlineData("2021Q0", 5, "quarter 0 does not exist")]
    [InlineData("2021X1", 4, "expected Q, H, M or '-'")]
    [InlineData("21Q3", 2, "expected a digit of the year")]
    [InlineData("21", 2, "expected a four-digit year")]
    [InlineData("20a1", 2, "expected a digit of the year")]
    [InlineData("2021-", 5, "expected a 1- or 2-digit period number")]
    [InlineData("2021-123", 5, "expected a 1- or 2-digit period number")]
    public void Rejects_impossible_periods_with_text_and_position(string text, int position, string problem)
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, null));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.Contains($"position {position}", e.Message);
    }

    [Fact]
    public void Rejects_impossible_periods_in_code()
    {
        Assert.Contains("month 13", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfMonth(2021, 13)).Message);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfQuarter(2021, 5)).ParamName);
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfHalfYear(2021, 0)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(2021, PeriodKind.Quarter, 5)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(2021, (PeriodKind)5, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfYear(10_000)).ParamName);
    }
}
