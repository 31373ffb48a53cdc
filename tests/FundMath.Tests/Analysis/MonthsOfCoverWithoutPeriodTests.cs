using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// Months of cover of a table that prints no period (a CSV region table): the bare quotient and the total of summed
/// components, the same figures a computed row gives.
/// </summary>
public class MonthsOfCoverWithoutPeriodTests
{
    [Fact]
    public void The_quotient_is_the_computed_rows_months()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: (23.89 − 3.66)亿 / 1.29亿 = 2023/129 = 15.68 months.
        Money actual = Money.Parse("20.23亿元", null);
        var monthly = MonthlyExpenditure.PerMonth(Money.Parse("1.29亿元", null));
        Assert.True(MonthsOfCover.TryMonthsOf(actual, monthly, out Fraction months));
        Assert.Equal(Fraction.Create(2023, 129), months);
        MonthsOfCover row = MonthsOfCover.Compute(ReportingPeriod.OfYear(2021), actual, BalanceDeductions.None, monthly, CoverBandPolicy.Default);
        Assert.Equal(row.Months, months);
        Assert.False(MonthsOfCover.TryMonthsOf(actual, MonthlyExpenditure.PerMonth(Money.Zero), out _));
        Assert.Equal("monthlyExpenditure", Assert.Throws<ArgumentException>(() => MonthsOfCover.TryMonthsOf(actual, default, out _)).ParamName);
    }

    [Fact]
    public void The_total_sums_components_not_months()
    {
        // (1 + 10)万 / (1 + 1)万 per month = 5.5 months; the mean of the rows' months would be (1 + 10) / 2 = 5.5 only by
        // accident, so take unequal expenditure: (1 + 10) / (1 + 4) = 2.2, not (1 + 2.5) / 2 = 1.75.
        Money[] actual = [Money.Parse("1万元", null), Money.Parse("10万元", null)];
        MonthlyExpenditure[] monthly = [MonthlyExpenditure.PerMonth(Money.Parse("1万元", null)), MonthlyExpenditure.PerMonth(Money.Parse("4万元", null))];
        Assert.True(MonthsOfCover.TryTotalMonthsOf(actual, monthly, out Fraction total));
        Assert.Equal(Fraction.Create(11, 5), total);
        // Order-independent, and over a 3-month window the same average gives the same total.
        Assert.True(MonthsOfCover.TryTotalMonthsOf([actual[1], actual[0]], [MonthlyExpenditure.OverMonths(Money.Parse("12万元", null), 3), monthly[0]], out Fraction swapped));
        Assert.Equal(total, swapped);
        Assert.Equal("actualBalances", Assert.Throws<ArgumentException>(() => MonthsOfCover.TryTotalMonthsOf([], [], out _)).ParamName);
        Assert.Equal("monthlyExpenditure", Assert.Throws<ArgumentException>(() => MonthsOfCover.TryTotalMonthsOf(actual, monthly.AsSpan(0, 1), out _)).ParamName);
    }
}
