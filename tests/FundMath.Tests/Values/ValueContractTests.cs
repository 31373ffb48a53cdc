namespace FundMath.Tests.Values;

using FundMath;
using FundMath.Tests.Support;
using NodaTime;

public class ValueContractTests
{
    [Fact]
    public void Money_equality_and_ordering() =>
        ValueTypeContract.AssertOrdering(FundMath.Money.FromFen(23_654), FundMath.Money.Parse("236.54元", null), FundMath.Money.FromYuan(236.55m));

    [Fact]
    public void Money_negative_orders_below_zero() =>
        ValueTypeContract.AssertOrdering(FundMath.Money.FromFen(-1), -FundMath.Money.FromFen(1), FundMath.Money.Zero);

    [Fact]
    public void Rate_equality_is_by_exact_value_not_by_spelling() =>
        ValueTypeContract.AssertOrdering(Rate.FromPercent(8.7m), Rate.FromRatio(87, 1000), Rate.FromPercent(8.70001m));

    [Fact]
    public void Rate_one_third_is_below_33_34_percent() =>
        ValueTypeContract.AssertOrdering(Rate.FromRatio(1, 3), Rate.Parse("2/6", null), Rate.FromPercent(33.3334m));

    [Fact]
    public void Fraction_equality_uses_lowest_terms() =>
        ValueTypeContract.AssertOrdering(Fraction.Create(392, 25), Fraction.FromDecimal(15.68m), Fraction.Create(-784, -49));

    [Fact]
    public void Fraction_default_is_zero() =>
        ValueTypeContract.AssertOrdering(default(Fraction), Fraction.Create(0, 7), Fraction.Create(1, long.MaxValue));

    [Fact]
    public void PercentagePoints_equality_and_ordering() =>
        ValueTypeContract.AssertOrdering(PercentagePoints.FromPoints(-2.82m), Rate.FromPercent(97.18m) - Rate.OneHundredPercent, PercentagePoints.FromPoints(5));

    [Fact]
    public void Headcount_equality_and_ordering() =>
        ValueTypeContract.AssertOrdering(Headcount.FromPersons(727_400), Headcount.FromWan(72.74m), Headcount.FromPersons(727_401));

    [Fact]
    public void ReportingPeriod_orders_by_start_then_length() =>
        ValueTypeContract.AssertOrdering(ReportingPeriod.OfQuarter(2021, 3), ReportingPeriod.Parse("2021Q3", null), ReportingPeriod.OfHalfYear(2021, 2));

    [Fact]
    public void ReportingPeriod_a_month_orders_before_its_quarter_and_after_the_previous_year() =>
        ValueTypeContract.AssertOrdering(ReportingPeriod.OfYear(2020), ReportingPeriod.Parse("2020", null), ReportingPeriod.OfMonth(2021, 1));

    [Fact]
    public void ReportingPeriod_periods_with_the_same_start_differ() =>
        ValueTypeContract.AssertEquality(
            ReportingPeriod.OfMonth(2021, 7),
            ReportingPeriod.Parse("2021-07", null),
            ReportingPeriod.OfQuarter(2021, 3),
            ReportingPeriod.OfHalfYear(2021, 2),
            ReportingPeriod.OfMonth(2020, 7));

    [Fact]
    public void PolicyWindow_equality() =>
        ValueTypeContract.AssertEquality(
            PolicyWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3)),
            new PolicyWindow(new LocalDate(2020, 4, 1), new LocalDate(2021, 3, 31)),
            new PolicyWindow(new LocalDate(2020, 4, 2), new LocalDate(2021, 3, 31)),
            new PolicyWindow(new LocalDate(2020, 4, 1), new LocalDate(2021, 3, 30)));
}
