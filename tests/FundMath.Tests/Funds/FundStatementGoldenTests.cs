namespace FundMath.Tests.Funds;

using System;
using FundMath;
using FundMath.Funds;
using FundMath.Ratios;

/// <summary>Golden values from 株洲市2021年年度医疗保险基金财务报表及运行分析报告.</summary>
public class FundStatementGoldenTests
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal v) => Money.From(v, MoneyUnit.Yi);

    private static Money Wan(decimal v) => Money.From(v, MoneyUnit.Wan);

    // Employee fund: income 30.89亿, expenditure 26.55亿 (预算执行情况表), closing 49.13亿 (累计结余).
    // The opening balance is not printed; it is derived here as 49.13 − (30.89 − 26.55) = 44.79亿.
    private static FundStatement Employee() => FundStatement.FromReported(
            FundKind.EmployeeBasic, "株洲市", Y2021, Yi(44.79m),
            IncomeLines.Of(premiums: Yi(27.10m), other: Yi(3.79m)),
            ExpenditureLines.Of(otherBenefits: Yi(24.39m), other: Yi(2.16m)),
            Yi(49.13m), IdentityMode.Strict)
        .WithPersonalAccounts(Yi(23.51m), Yi(25.24m));

    // Resident fund: income 29.02亿 (premiums 9.68亿), expenditure 27.04亿 (benefits 20.71亿), closing 22.73亿.
    // Opening derived as 22.73 − (29.02 − 27.04) = 20.75亿.
    private static FundStatement Resident() => FundStatement.Create(
        FundKind.ResidentBasic, "株洲市", Y2021, Yi(20.75m),
        IncomeLines.Of(premiums: Yi(9.68m), other: Yi(19.34m)),
        ExpenditureLines.Of(otherBenefits: Yi(20.71m), other: Yi(6.33m)));

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "二项基金总收入合计59.91亿元…其中职工医保30.89亿元、居民医保29.02亿元"
    [Fact]
    public void Total_income_59_91_yi_is_the_sum_of_30_89_and_29_02()
    {
        FundStatement total = FundStatement.Consolidate([Employee(), Resident()]);
        Assert.Equal(Yi(59.91m), total.IncomeTotal);
        Assert.Equal(FundKind.Several, total.Kind);
        Assert.Equal("株洲市", total.Region);
        // "总支出合计53.59亿元…职工医保（生育）26.55亿元、居民医保27.04亿元"
        Assert.Equal(Yi(53.59m), total.ExpenditureTotal);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "历年累计结余合计71.86亿元，其中职工医保49.13亿元…居民医保22.73亿元"
    [Fact]
    public void Accumulated_balance_71_86_yi_is_49_13_plus_22_73()
    {
        FundStatement total = FundStatement.Consolidate([Employee(), Resident()], FundKind.Several, "株洲市合计");
        Assert.Equal(Yi(71.86m), total.Closing);
        Assert.Equal(RollForwardOutcome.Holds, total.RollForward.Outcome);
        Assert.Equal("株洲市合计", total.Region);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "职工医保49.13亿元（其中统筹基金23.89亿元，占总额的48.63%；个账基金25.24亿元，占总额51.37%）"
    [Fact]
    public void Employee_balance_splits_into_pooled_48_63_and_personal_51_37_percent()
    {
        AccumulatedBalance split = Employee().AccumulatedBalance;
        Assert.Equal(Yi(23.89m), split.PooledFund);
        Assert.Equal(Yi(25.24m), split.PersonalAccounts);
        Assert.Equal(Yi(49.13m), split.Total);
        Assert.Equal(Rate.FromRatio(2389, 4913), split.PooledShare);
        Assert.Equal(48.63m, split.PooledShare.ToPercent(2, MidpointRounding.AwayFromZero));
        Assert.Equal(51.37m, split.PersonalAccountShare.ToPercent(2, MidpointRounding.AwayFromZero));
        Assert.Equal(Rate.OneHundredPercent, split.PooledShare + split.PersonalAccountShare);
        Assert.Equal(Yi(23.89m), Employee().PooledFundBalance);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "职工医保4.34亿元（统筹基金2.61亿元、个人账户1.73亿元）、居民医保1.71亿元", total "6.05亿元".
    // 30.89 − 26.55 = 4.34 agrees; 29.02 − 27.04 = 1.98 ≠ 1.71 printed; the total 6.32 ≠ 6.05 printed (domain §9).
    [Fact]
    public void Current_surplus_is_computed_and_the_printed_resident_figure_differs_by_0_27_yi()
    {
        Assert.Equal(Yi(4.34m), Employee().CurrentSurplus);
        Assert.True(Employee().CompareSurplusWithPrinted(Yi(4.34m)).Agrees);
        PrintedComparison resident = Resident().CompareSurplusWithPrinted(Yi(1.71m));
        Assert.Equal(Yi(1.98m), resident.Computed);
        Assert.Equal(Yi(-0.27m), resident.Difference);
        Assert.False(resident.IsWithin(Yi(0.01m)));
        FundStatement total = FundStatement.Consolidate([Employee(), Resident()]);
        Assert.Equal(Yi(-0.27m), total.CompareSurplusWithPrinted(Yi(6.05m)).Difference);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告, 其他医疗基金收支余情况表（万元）: 大病医疗 11976.66 − 9848.04 = 2128.62 (printed 2128.62)
    [Fact]
    public void Serious_illness_surplus_2128_62_wan_agrees_with_print()
    {
        FundStatement s = OtherFund(FundKind.SeriousIllness, 11_976.66m, 9_848.04m);
        Assert.Equal(Wan(2_128.62m), s.CurrentSurplus);
        Assert.True(s.CompareSurplusWithPrinted(Wan(2_128.62m)).Agrees);
        // 当期结余率 2128.62 / 11976.66 = 17.77% (the report's text quotes 16.2% for 大额; not reproducible from the table).
        Assert.Equal(17.77m, s.SurplusRatio.Rate.ToPercent(2, MidpointRounding.AwayFromZero));
    }

    // 公务员 17722.35 − 767.01 = 16955.34, printed 16955.33; 离休干部 4372.61 − 4082.64 = 289.97, printed 289.96.
    // FundMath keeps the exact value and exposes the −0.01万元 difference, which lies within the print precision (domain §9).
    [Theory]
    [InlineData("civil-servant", "17722.35", "767.01", "16955.34", "16955.33")]
    [InlineData("retired-cadre", "4372.61", "4082.64", "289.97", "289.96")]
    public void Printed_surpluses_of_other_funds_differ_by_one_hundredth_of_a_wan(string code, string income, string expenditure, string exact, string printed)
    {
        Assert.True(FundKind.TryGetPredefined(code, out FundKind kind));
        FundStatement s = OtherFund(kind, decimal.Parse(income, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(expenditure, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Wan(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)), s.CurrentSurplus);
        PrintedComparison c = s.CompareSurplusWithPrinted(Wan(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Wan(-0.01m), c.Difference);
        Assert.False(c.Agrees);
        Assert.True(c.IsWithin(Wan(0.01m)));
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "共发生住院费用支出173459万元…去年我市住院费用支出126433万元，比去年增加47026万元"
    [Fact]
    public void Inpatient_cost_grew_by_47026_wan_over_126433()
    {
        FundStatement current = FundStatement.Create(FundKind.EmployeeBasic, "株洲市", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Of(inpatient: Wan(173_459m)));
        FundStatement previous = FundStatement.Create(FundKind.EmployeeBasic, "株洲市", ReportingPeriod.OfYear(2020), Money.Zero, IncomeLines.Zero, ExpenditureLines.Of(inpatient: Wan(126_433m)));
        MoneyGrowth g = current.ComparedWith(previous).Of(ExpenditureLine.Inpatient);
        Assert.Equal(Wan(47_026m), g.Change);
        Assert.Equal(GrowthOutcome.Meaningful, g.Outcome);
        // 47026 / 126433 = 37.194…%
        Assert.Equal(Rate.FromRatio(47_026, 126_433), g.Rate);
        Assert.Equal(37.19m, g.Rate.ToPercent(2, MidpointRounding.AwayFromZero));
        // A line that was zero last year: the rate is not meaningful, the change is exact.
        MoneyGrowth vaccine = new(Yi(3.86m), Money.Zero);
        Assert.Equal(GrowthOutcome.NotMeaningfulZeroBase, vaccine.Outcome);
        Assert.False(vaccine.TryGetRate(out _));
        Assert.Equal(Yi(3.86m), vaccine.Change);
        Assert.Throws<InvalidOperationException>(() => vaccine.Rate);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: employee income 30.89亿 growth "8.04"% → implied 2020 income 30.89 / 1.0804 ≈ 28.59亿;
    // with 28.59亿 the exact growth 2.30/28.59 = 8.04%.
    [Fact]
    public void Income_growth_of_the_employee_fund()
    {
        MoneyGrowth g = new(Yi(30.89m), Yi(28.59m));
        Assert.Equal(8.04m, g.Rate.ToPercent(2, MidpointRounding.AwayFromZero));
    }

    private static FundStatement OtherFund(FundKind kind, decimal incomeWan, decimal expenditureWan) =>
        FundStatement.Create(kind, "株洲市", Y2021, Money.Zero, IncomeLines.Of(other: Wan(incomeWan)), ExpenditureLines.Of(otherBenefits: Wan(expenditureWan)));
}
