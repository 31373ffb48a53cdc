namespace FundMath.Tests.Time;

using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;
using NodaTime;

/// <summary>
/// The edges of <see cref="ReportingPeriod"/> and <see cref="PolicyWindow"/>: the ordering and equality
/// operators, the boundary days of Overlaps, the exact-size and short buffers of TryFormat, and the parse errors
/// at the year limits.
/// </summary>
public class TimeBoundaryTests
{
    // ---- PolicyWindow ----

    // A window sharing exactly one day with the period overlaps it: the boundary day counts (both ends inclusive).
    [Fact]
    public void A_window_touching_a_period_on_one_day_overlaps_it()
    {
        ReportingPeriod q1 = ReportingPeriod.OfQuarter(2021, 1); // 2021-01-01 .. 2021-03-31
        Assert.True(new PolicyWindow(new LocalDate(2021, 3, 31), new LocalDate(2021, 6, 30)).Overlaps(q1));
        Assert.True(new PolicyWindow(new LocalDate(2020, 10, 1), new LocalDate(2021, 1, 1)).Overlaps(q1));
        Assert.False(new PolicyWindow(new LocalDate(2021, 4, 1), new LocalDate(2021, 6, 30)).Overlaps(q1));
        Assert.False(new PolicyWindow(new LocalDate(2020, 10, 1), new LocalDate(2020, 12, 31)).Overlaps(q1));
    }

    [Fact]
    public void Windows_are_equal_only_when_both_ends_are()
    {
        PolicyWindow relief = PolicyWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3));
        PolicyWindow same = new(new LocalDate(2020, 4, 1), new LocalDate(2021, 3, 31));
        PolicyWindow laterStart = new(new LocalDate(2020, 5, 1), new LocalDate(2021, 3, 31));
        PolicyWindow earlierEnd = new(new LocalDate(2020, 4, 1), new LocalDate(2021, 2, 28));

        Assert.True(relief == same);
        Assert.False(relief != same);
        Assert.True(relief.Equals((object)same));
        Assert.Equal(relief.GetHashCode(), same.GetHashCode());
        Assert.False(relief == laterStart);
        Assert.True(relief != laterStart);
        Assert.False(relief == earlierEnd);
        Assert.True(relief != earlierEnd);
        Assert.False(relief.Equals("2020-04-01..2021-03-31"));
    }

    [Fact]
    public void An_inverted_month_window_is_refused_naming_both_months()
    {
        var e = Assert.Throws<ArgumentException>(() => PolicyWindow.FromMonths(new YearMonth(2021, 3), new YearMonth(2020, 4)));
        Assert.Equal("last", e.ParamName);
        Assert.Contains("last month 2020-04 is before first month 2021-03", e.Message);
    }

    // ---- ReportingPeriod: equality and order ----

    [Fact]
    public void Default_period_reports_year_zero_as_a_whole_year()
    {
        ReportingPeriod d = default;
        Assert.Equal(0, d.Year);
        Assert.Equal(PeriodKind.Year, d.Kind);
        Assert.Equal(1, d.Index);
        Assert.Equal(12, d.MonthCount);
        // The year is written with four digits ("D4"), also for the invalid year 0.
        Assert.Equal("0000", d.ToString());
    }

    // Periods equal only when year, kind and index all agree: each pair below differs in one component only.
    [Fact]
    public void Periods_differing_in_one_component_are_not_equal()
    {
        ReportingPeriod q1 = ReportingPeriod.OfQuarter(2021, 1);
        Assert.NotEqual(ReportingPeriod.OfQuarter(2020, 1), q1);   // year
        Assert.NotEqual(ReportingPeriod.OfMonth(2021, 1), q1);     // kind (index 1 both)
        Assert.NotEqual(ReportingPeriod.OfQuarter(2021, 2), q1);   // index
        Assert.True(ReportingPeriod.OfQuarter(2020, 1) != q1);
        Assert.False(ReportingPeriod.OfQuarter(2020, 1) == q1);
        Assert.True(ReportingPeriod.Parse("2021Q1", null) == q1);
        Assert.False(ReportingPeriod.Parse("2021Q1", null) != q1);
        Assert.True(q1.Equals((object)ReportingPeriod.OfQuarter(2021, 1)));
        Assert.False(q1.Equals("2021Q1"));
    }

    // Same start: the shorter period sorts first — 2021-01 < 2021Q1 < 2021H1 < 2021.
    [Fact]
    public void Periods_with_the_same_start_sort_shorter_first()
    {
        ReportingPeriod m = ReportingPeriod.OfMonth(2021, 1);
        ReportingPeriod q = ReportingPeriod.OfQuarter(2021, 1);
        ReportingPeriod h = ReportingPeriod.OfHalfYear(2021, 1);
        ReportingPeriod y = ReportingPeriod.OfYear(2021);
        Assert.Equal(-1, m.CompareTo(q));
        Assert.Equal(-1, q.CompareTo(h));
        Assert.Equal(-1, h.CompareTo(y));
        Assert.Equal(1, y.CompareTo(m));
        Assert.Equal(0, q.CompareTo(ReportingPeriod.OfQuarter(2021, 1)));
        Assert.True(m < q && q < h && h < y);
        Assert.True(y > h && h > q && q > m);
    }

    [FundMathProperty]
    public Property Operators_agree_with_CompareTo() =>
        Prop.ForAll(ValueArbitraries.ReportingPeriod(), ValueArbitraries.ReportingPeriod(), (a, b) =>
        {
            int c = a.CompareTo(b);
            ReportingPeriod a2 = a;
            return (a < b) == (c < 0)
                && (a > b) == (c > 0)
                && (a <= b) == (c <= 0)
                && (a >= b) == (c >= 0)
                && (a == b) == (c == 0)
                && (a != b) == (c != 0)
                && a <= a2 && a >= a2 && !(a < a2) && !(a > a2)
                && b.CompareTo(a) == -Math.Sign(c);
        });

    [Fact]
    public void Ordering_operators_at_equality_and_either_side()
    {
        ReportingPeriod q2 = ReportingPeriod.OfQuarter(2021, 2);
        ReportingPeriod q2b = ReportingPeriod.Parse("2021Q2", null);
        ReportingPeriod q3 = ReportingPeriod.OfQuarter(2021, 3);
        Assert.False(q2 < q2b);
        Assert.False(q2 > q2b);
        Assert.True(q2 <= q2b);
        Assert.True(q2 >= q2b);
        Assert.True(q2 <= q3);
        Assert.False(q3 <= q2);
        Assert.True(q3 >= q2);
        Assert.False(q2 >= q3);
        Assert.True(q3 > q2);
        Assert.False(q2 > q3);
    }

    [Fact]
    public void CompareTo_object_puts_null_first_and_refuses_another_type()
    {
        ReportingPeriod q3 = ReportingPeriod.OfQuarter(2021, 3);
        Assert.Equal(1, q3.CompareTo((object?)null));
        Assert.Equal(1, q3.CompareTo((object)ReportingPeriod.OfQuarter(2021, 2)));
        Assert.Equal(0, q3.CompareTo((object)ReportingPeriod.OfQuarter(2021, 3)));
        var e = Assert.Throws<ArgumentException>(() => q3.CompareTo((object)"2021Q3"));
        Assert.Equal("obj", e.ParamName);
        Assert.Contains("Object must be of type ReportingPeriod", e.Message);
    }

    // ---- ReportingPeriod: containment ----

    [Fact]
    public void A_period_contains_only_months_of_its_own_year_and_range()
    {
        ReportingPeriod q3 = ReportingPeriod.OfQuarter(2021, 3);
        Assert.True(q3.Contains(new YearMonth(2021, 7)));
        Assert.True(q3.Contains(new YearMonth(2021, 9)));
        Assert.False(q3.Contains(new YearMonth(2021, 6)));
        Assert.False(q3.Contains(new YearMonth(2021, 10)));
        Assert.False(q3.Contains(new YearMonth(2020, 8)));  // same month number, other year
        Assert.False(q3.Contains(new YearMonth(2020, 12))); // other year, after the quarter's months
        Assert.True(q3.Contains(new LocalDate(2021, 9, 30)));
        Assert.False(q3.Contains(new LocalDate(2021, 10, 1)));
    }

    // Q3 holds July (H2's first month) but not December (its last): H2 is not inside Q3, while Q3 is inside H2.
    [Fact]
    public void A_period_overlapping_only_at_its_start_is_not_contained()
    {
        ReportingPeriod q3 = ReportingPeriod.OfQuarter(2021, 3);
        ReportingPeriod h2 = ReportingPeriod.OfHalfYear(2021, 2);
        Assert.False(q3.Contains(h2));
        Assert.True(h2.Contains(q3));
        Assert.False(ReportingPeriod.OfQuarter(2021, 4).Contains(h2)); // holds December, not July
    }

    [Fact]
    public void An_undefined_kind_is_refused_naming_its_number()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(2021, (PeriodKind)5, 1));
        Assert.Equal("kind", e.ParamName);
        Assert.Contains("kind 5 is not a defined PeriodKind", e.Message);
        Assert.Equal(ReportingPeriod.OfQuarter(2021, 4), ReportingPeriod.Of(2021, PeriodKind.Quarter, 4));
        Assert.Equal(ReportingPeriod.OfMonth(2021, 12), ReportingPeriod.Of(2021, PeriodKind.Month, 12));
    }

    // ---- ReportingPeriod: formatting into spans ----

    // "2021-07" needs 7 characters, "2021Q3" 6, "2021" 4: an exactly-sized buffer succeeds, one character less fails.
    [Theory]
    [InlineData("2021-07")]
    [InlineData("2021Q3")]
    [InlineData("2021H2")]
    [InlineData("2021")]
    public void TryFormat_fills_an_exact_buffer_and_refuses_a_shorter_one(string text)
    {
        ReportingPeriod p = ReportingPeriod.Parse(text, null);
        Span<char> exact = stackalloc char[text.Length];
        Assert.True(p.TryFormat(exact, out int written, default, null));
        Assert.Equal(text.Length, written);
        Assert.Equal(text, exact.ToString());

        Span<char> shorter = stackalloc char[text.Length - 1];
        Assert.False(p.TryFormat(shorter, out _, default, null));
    }

    [Fact]
    public void TryFormat_refuses_a_buffer_too_short_for_the_year()
    {
        Span<char> three = stackalloc char[3];
        Assert.False(ReportingPeriod.OfMonth(2021, 7).TryFormat(three, out int written, default, null));
        Assert.Equal(0, written);
    }

    // ---- ReportingPeriod: parsing at the edges ----

    [Fact]
    public void The_first_year_parses_and_the_year_before_is_refused()
    {
        Assert.Equal(ReportingPeriod.OfYear(1900), ReportingPeriod.Parse("1900", null));
        Assert.Equal(ReportingPeriod.OfQuarter(9999, 4), ReportingPeriod.Parse("9999Q4", null));
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("1899", null));
        Assert.Equal("Cannot parse '1899' as ReportingPeriod: year 1899 is before 1900 at position 0.", e.Message);
    }

    [Fact]
    public void A_five_digit_year_is_refused_at_the_fifth_digit()
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("20211", null));
        Assert.Equal("Cannot parse '20211' as ReportingPeriod: expected a four-digit year (1900–9999) but found a fifth digit '1' at position 4.", e.Message);
    }

    [Theory]
    [InlineData("2021-1x", 6, 'x')]
    [InlineData("2021Qx", 5, 'x')]
    public void A_non_digit_period_number_is_refused_at_its_position(string text, int position, char found)
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, null));
        Assert.Equal($"Cannot parse '{text}' as ReportingPeriod: expected a digit but found '{found}' at position {position}.", e.Message);
    }

    [Fact]
    public void TryParse_returns_the_period_or_false_with_default()
    {
        Assert.True(ReportingPeriod.TryParse("2021Q3", null, out ReportingPeriod q3));
        Assert.Equal(ReportingPeriod.OfQuarter(2021, 3), q3);
        Assert.True(ReportingPeriod.TryParse("2021m07".AsSpan(), null, out ReportingPeriod july));
        Assert.Equal(ReportingPeriod.OfMonth(2021, 7), july);
        Assert.False(ReportingPeriod.TryParse("2021Q5", null, out ReportingPeriod bad));
        Assert.Equal(default, bad);
        Assert.False(ReportingPeriod.TryParse((string?)null, null, out _));
    }
}
