using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class RegionTableTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Wan(decimal amount) => Money.From(amount, MoneyUnit.Wan);

    private static BalanceDeductions DeductionsOf(ZhuzhouRegionTable2021.Row r) =>
        BalanceDeductions.Lumped(Money.Zero, Wan(r.BookWan) - Wan(r.ActualWan));

    // The table prints months but no expenditure. The implied window "actual balance over printed-months months"
    // (MonthlyExpenditure.OverMonths(actual, m)) reproduces each printed figure exactly; it stands in for the
    // unknown monthly expenditure when counting bands, and is documented as derived, not source data.
    private static MonthsOfCover[] RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Row[] table)
    {
        var rows = new MonthsOfCover[table.Length];
        for (int i = 0; i < table.Length; i++)
        {
            ZhuzhouRegionTable2021.Row r = table[i];
            rows[i] = MonthsOfCover.Compute(Year2021, Wan(r.BookWan), DeductionsOf(r), MonthlyExpenditure.OverMonths(Wan(r.ActualWan), r.PrintedMonths), CoverBandPolicy.Default);
        }

        return rows;
    }

    [Theory]
    [InlineData("resident", 227316.70, 177361.41)]
    [InlineData("employee", 238864.73, 202305.02)]
    public void Total_row_balances_reproduce_exactly_from_the_rows(string fund, double book, double actual)
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 分布情况表 合计: 居民 227,316.70 / 177,361.41; 职工 238,864.73 / 202,305.02 万元.
        ZhuzhouRegionTable2021.Row[] table = fund == "resident" ? ZhuzhouRegionTable2021.Resident : ZhuzhouRegionTable2021.Employee;
        Money bookSum = Money.Zero, actualSum = Money.Zero;
        BalanceDeductions deductions = BalanceDeductions.None;
        foreach (ZhuzhouRegionTable2021.Row r in table)
        {
            bookSum += Wan(r.BookWan);
            actualSum += Wan(r.ActualWan);
            deductions += DeductionsOf(r);
        }

        Assert.Equal(Wan((decimal)book), bookSum);
        Assert.Equal(Wan((decimal)actual), actualSum);
        Assert.Equal(bookSum - deductions.Total, actualSum);
    }

    [Fact]
    public void Total_row_months_use_the_city_average_and_match_the_printed_8_and_15()
    {
        // 合计 row: 居民 177,361.41万 / 2.25亿元/月 = 7.88 → printed 8 (nearest); 职工 202,305.02万 / 1.29亿元/月
        // = 15.68 → printed 15 (floor). Summed deductions: 居民 49,955.29万 (text: 1.47 + 3.52 = 4.99亿),
        // 职工 36,559.71万 (text: 约3.66亿).
        MonthsOfCover resident = TotalWithCityAverage(ZhuzhouRegionTable2021.Resident, 2.25m);
        MonthsOfCover employee = TotalWithCityAverage(ZhuzhouRegionTable2021.Employee, 1.29m);

        Assert.Equal(Wan(49955.29m), resident.Deductions.Total);
        Assert.Equal(Wan(36559.71m), employee.Deductions.Total);
        Assert.Equal(3.66m, employee.Deductions.Total.ToUnit(MoneyUnit.Yi, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(7.88m, resident.MonthsToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(8, resident.MonthsNearest);
        Assert.Equal(15.68m, employee.MonthsToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(15, employee.MonthsFloor);
    }

    private static MonthsOfCover TotalWithCityAverage(ZhuzhouRegionTable2021.Row[] table, decimal yiPerMonth)
    {
        Money book = Money.Zero;
        BalanceDeductions deductions = BalanceDeductions.None;
        foreach (ZhuzhouRegionTable2021.Row r in table)
        {
            book += Wan(r.BookWan);
            deductions += DeductionsOf(r);
        }

        return MonthsOfCover.Compute(Year2021, book, deductions, MonthlyExpenditure.PerMonth(Money.From(yiPerMonth, MoneyUnit.Yi)), CoverBandPolicy.Default);
    }

    [Fact]
    public void City_average_lies_within_the_expenditure_implied_by_the_printed_region_months()
    {
        // Printed months m (floor or nearest) put the true months in [m − ½, m + 1), so a region's monthly
        // expenditure lies in (actual / (m + 1), actual / (m − ½)]. The city averages must fall within the sums:
        // 居民 18,364 … 30,832万 ∋ 22,500万; 职工 11,996 … 13,684万 ∋ 12,900万.
        AssertCityAverageWithin(ZhuzhouRegionTable2021.Resident, Money.From(2.25m, MoneyUnit.Yi));
        AssertCityAverageWithin(ZhuzhouRegionTable2021.Employee, Money.From(1.29m, MoneyUnit.Yi));
    }

    private static void AssertCityAverageWithin(ZhuzhouRegionTable2021.Row[] table, Money cityPerMonth)
    {
        Fraction low = Fraction.Zero, high = Fraction.Zero;
        foreach (ZhuzhouRegionTable2021.Row r in table)
        {
            Fraction actual = Fraction.FromInteger(Wan(r.ActualWan).Fen);
            low += actual / Fraction.FromInteger(r.PrintedMonths + 1);
            high += actual / (Fraction.FromInteger(r.PrintedMonths) - Fraction.Create(1, 2));
        }

        Fraction city = Fraction.FromInteger(cityPerMonth.Fen);
        Assert.True(low < city && city <= high, $"{city} fen/month outside ({low:F0}, {high:F0}]");
    }

    [Fact]
    public void Band_counts_match_the_report_text()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: 居民 "低于3个月的有茶陵县、攸县…3-9个月有：醴陵市、株洲县；其他县市均在9个月以上";
        // 职工 "没有统筹基金可支撑月数低于3个月…3-9个月有醴陵市、攸县、茶陵县…市本级、炎陵及株洲县…高于9个月".
        CoverBandCounts resident = CoverBandCounts.Count(RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Resident));
        CoverBandCounts employee = CoverBandCounts.Count(RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Employee));

        Assert.Equal(new CoverBandCounts(Warning: 2, Middle: 2, High: 7, NoExpenditure: 0, Reasonable: 0), resident);
        Assert.Equal(new CoverBandCounts(Warning: 0, Middle: 3, High: 3, NoExpenditure: 0, Reasonable: 1), employee); // 茶陵 6 months
        Assert.Equal(11, resident.Regions);
    }

    [Fact]
    public void Change_in_band_counts_from_the_previous_year()
    {
        // 居民 "低于3个月的…比上年增加了2个单位" → 2020 had 0 below 3 months. 职工 "低于3个月，比上年减少3个单位" → 2020 had 3.
        // (The employee text also says 3–9 months "比上年减少1个单位", i.e. 4 in 2020: 3 + 4 = 7 exceeds the 6
        // regions, so the 2020 employee counts are not all recoverable; only the warning change is used here.)
        CoverBandCounts resident2021 = CoverBandCounts.Count(RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Resident));
        CoverBandCounts employee2021 = CoverBandCounts.Count(RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Employee));

        Assert.Equal(2, resident2021.ChangeFrom(new CoverBandCounts(0, 4, 7, 0, 0)).Warning);
        Assert.Equal(-3, employee2021.ChangeFrom(new CoverBandCounts(3, 3, 0, 0, 0)).Warning);
    }

    [Fact]
    public void Implied_expenditure_reproduces_every_printed_month()
    {
        MonthsOfCover[] rows = RowsWithImpliedExpenditure(ZhuzhouRegionTable2021.Resident);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(Fraction.FromInteger(ZhuzhouRegionTable2021.Resident[i].PrintedMonths), rows[i].Months);
        }
    }

    [Fact]
    public void Total_of_the_rows_equals_computing_the_summed_components()
    {
        // Every resident region over the same 12-month window (synthetic expenditure 1/10 of book balance a month):
        // the total row equals one computation on the summed book balance, deductions and expenditure.
        ZhuzhouRegionTable2021.Row[] table = ZhuzhouRegionTable2021.Resident;
        var rows = new MonthsOfCover[table.Length];
        Money book = Money.Zero, spent = Money.Zero;
        BalanceDeductions deductions = BalanceDeductions.None;
        for (int i = 0; i < table.Length; i++)
        {
            Money yearSpend = Wan(table[i].BookWan).Multiply(12, 10, MidpointRounding.AwayFromZero);
            rows[i] = MonthsOfCover.Compute(Year2021, Wan(table[i].BookWan), DeductionsOf(table[i]), MonthlyExpenditure.OfPeriod(yearSpend, Year2021), CoverBandPolicy.Default);
            book += Wan(table[i].BookWan);
            spent += yearSpend;
            deductions += DeductionsOf(table[i]);
        }

        MonthsOfCover total = MonthsOfCover.Total(rows, CoverBandPolicy.Default);

        Assert.Equal(MonthsOfCover.Compute(Year2021, book, deductions, MonthlyExpenditure.OfPeriod(spent, Year2021), CoverBandPolicy.Default), total);
        Assert.Equal(Wan(177361.41m), total.ActualBalance);
    }
}
