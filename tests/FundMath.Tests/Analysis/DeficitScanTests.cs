using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class DeficitScanTests
{
    private static Money Wan(long amount) => Money.From(amount, MoneyUnit.Wan);

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告, "2018-2021年全市城镇职工医保统筹基金当期出现收不抵支情况 单位：万元":
    // 年度 | 统筹区总数 | 收不抵支: 个数 所占比例 超支金额 | 未出现: 个数 所占比例 结余金额
    // 2018 | 6 | 0 0% 0    | 6 100% 35457
    // 2019 | 6 | 1 17% 1711 | 5 83% 67082
    // 2020 | 6 | 1 17% 1326 | 5 83% 35098
    // 2021 | 6 | 0 0% 0    | 6 100% 26122
    // The table gives only aggregates. Per-region balances here are derived: the deficit sits in one region and
    // the surplus is split over the others by largest remainder with weights 1..k, which the aggregates ignore.
    private static Money[] RegionBalances(int deficitRegions, long deficitWan, long surplusWan)
    {
        var balances = new Money[6];
        if (deficitRegions == 1)
        {
            balances[0] = -Wan(deficitWan);
        }

        int k = 6 - deficitRegions;
        Span<long> weights = stackalloc long[k];
        for (int i = 0; i < k; i++)
        {
            weights[i] = i + 1;
        }

        Apportionment.Split(Wan(surplusWan), weights, balances.AsSpan(deficitRegions));
        return balances;
    }

    [Theory]
    [InlineData(2018, 0, 0, 35457, 0, 100)]
    [InlineData(2019, 1, 1711, 67082, 17, 83)]
    [InlineData(2020, 1, 1326, 35098, 17, 83)]
    [InlineData(2021, 0, 0, 26122, 0, 100)]
    public void Reproduces_the_2018_2021_table(int year, int deficitRegions, long deficitWan, long surplusWan, int deficitPercent, int surplusPercent)
    {
        DeficitScan s = DeficitScan.Scan(ReportingPeriod.OfYear(year), RegionBalances(deficitRegions, deficitWan, surplusWan));

        Assert.Equal(6, s.Regions);
        Assert.Equal(deficitRegions, s.DeficitRegions);
        Assert.Equal(6 - deficitRegions, s.SurplusRegions);
        Assert.Equal(Wan(deficitWan), s.DeficitTotal);
        Assert.Equal(Wan(surplusWan), s.SurplusTotal);
        Assert.Equal(deficitPercent, s.DeficitShare.ToPercent(0, MidpointRounding.AwayFromZero));
        Assert.Equal(surplusPercent, s.SurplusShare.ToPercent(0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Sentence_prints_as_the_table_does()
    {
        DeficitScan s = DeficitScan.Scan(ReportingPeriod.OfYear(2019), RegionBalances(1, 1711, 67082));

        Assert.Equal("2019: 1 of 6 regions (17%) in deficit (收不抵支), 1,711万元; 5 (83%) not, surplus 67,082万元", s.ToSentence());
        Assert.Contains("所占比例 = count / 统筹区总数", s.Explain().ToText());
    }

    [Fact]
    public void The_2021_surplus_is_the_pooled_fund_current_surplus_of_2_61_yi()
    {
        // Same report (三): "职工医保4.34亿元（统筹基金2.61亿元…）"; the table's 2021 结余金额 26,122万 = 2.61亿.
        DeficitScan s = DeficitScan.Scan(ReportingPeriod.OfYear(2021), RegionBalances(0, 0, 26122));

        Assert.Equal(2.61m, s.NetBalance.ToUnit(MoneyUnit.Yi, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Income_and_expenditure_form_agrees_with_the_balance_form_and_balanced_is_not_deficit()
    {
        Money[] income = [Wan(100), Wan(50), Wan(70)];
        Money[] expenditure = [Wan(90), Wan(50), Wan(75)];
        DeficitScan s = DeficitScan.Scan(ReportingPeriod.OfYear(2021), income, expenditure);

        Assert.Equal(1, s.DeficitRegions); // 70 < 75; 50 = 50 is not a deficit
        Assert.Equal(Wan(5), s.DeficitTotal);
        Assert.Equal(Wan(10), s.SurplusTotal);
        Assert.Equal(DeficitScan.Scan(ReportingPeriod.OfYear(2021), [Wan(10), Wan(0), Wan(-5)]), s);
    }

    [Fact]
    public void Several_years_at_once_equal_one_scan_per_year()
    {
        ReportingPeriod[] years = [ReportingPeriod.OfYear(2019), ReportingPeriod.OfYear(2020)];
        Money[] expenditure = new Money[12];
        Money[] income = new Money[12];
        Money[] b2019 = RegionBalances(1, 1711, 67082), b2020 = RegionBalances(1, 1326, 35098);
        for (int i = 0; i < 6; i++)
        {
            expenditure[i] = Wan(10000);
            expenditure[6 + i] = Wan(12000);
            income[i] = expenditure[i] + b2019[i];
            income[6 + i] = expenditure[6 + i] + b2020[i];
        }

        var results = new DeficitScan[2];
        DeficitScan.ScanPeriods(years, 6, income, expenditure, results);

        Assert.Equal(DeficitScan.Scan(years[0], b2019), results[0]);
        Assert.Equal(DeficitScan.Scan(years[1], b2020), results[1]);
        Assert.Contains("need 12", Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(years, 6, income.AsSpan(1), expenditure, results)).Message);
    }

    [Fact]
    public void No_regions_gives_zero_shares_not_a_division_by_zero()
    {
        DeficitScan s = DeficitScan.Scan(ReportingPeriod.OfYear(2021), ReadOnlySpan<Money>.Empty);

        Assert.Equal(0, s.Regions);
        Assert.Equal(Rate.Zero, s.DeficitShare);
    }
}
