using System;
using FundMath.Analysis;
using FundMath.Funds;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class FundStatementAnalysisTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告, 职工医保 2021: income 30.89亿 (保险费收入 27.10), expenditure 26.55亿 of which
    // 个人账户支出 11.05亿 and 保险待遇支出 24.39亿; closing 49.13亿 = 统筹 23.89 + 个账 25.24; current surplus 4.34亿.
    // Lines not itemised in the report are lumped (other income 3.79; other benefits 24.39 − 11.05 = 13.34; other 2.16).
    private static FundStatement Employee2021() =>
        FundStatement.Create(
                FundKind.EmployeeBasic,
                "株洲市",
                Year2021,
                Yi(49.13m - 4.34m),
                IncomeLines.Of(premiums: Yi(27.10m), other: Yi(3.79m)),
                ExpenditureLines.Of(personalAccount: Yi(11.05m), otherBenefits: Yi(13.34m), other: Yi(2.16m)))
            .WithPersonalAccounts(Yi(25.24m - 1.73m), Yi(25.24m));

    [Fact]
    public void Execution_reads_the_line_from_the_statement()
    {
        // 30.89 / 30.66 = 100.75%; 27.10 / 26.51 = 102.23%; 24.39 / 26.46 = 92.18%.
        FundStatement s = Employee2021();

        Assert.Equal(100.75m, FundStatementAnalysis.Execution(s, BudgetLine.TotalIncome, Yi(30.66m), BudgetTolerancePolicy.Default).Rate.ToPercent(2, MidpointRounding.AwayFromZero));
        Assert.Equal(102.23m, FundStatementAnalysis.Execution(s, BudgetLine.PremiumIncome, Yi(26.51m), BudgetTolerancePolicy.Default).Rate.ToPercent(2, MidpointRounding.AwayFromZero));
        Assert.Equal(ExecutionOutcome.Under, FundStatementAnalysis.Execution(s, BudgetLine.BenefitExpenditure, Yi(26.46m), BudgetTolerancePolicy.Default).Outcome);
        Assert.Equal(Yi(26.55m), FundStatementAnalysis.AmountOn(s, BudgetLine.TotalExpenditure));
    }

    [Fact]
    public void Pooled_fund_cover_uses_the_pooled_balance_and_expenditure_without_personal_accounts()
    {
        // Pooled expenditure 26.55 − 11.05 = 15.50亿 a year = 1.2917亿 a month (the report's "1.29亿元/月");
        // 23.89 / (15.50 / 12) = 18.50 book months (report: 约18); net of 3.66: 20.23 / 1.2917 = 15.66 (report: 约15).
        MonthsOfCover c = FundStatementAnalysis.MonthsOfCover(Employee2021(), BalanceDeductions.Lumped(Money.Zero, Yi(3.66m)), CoverBandPolicy.Default);

        Assert.Equal(Yi(23.89m), c.BookBalance);
        Assert.Equal(Yi(15.50m), c.MonthlyExpenditure.Expenditure);
        Assert.Equal(1.29m, c.MonthlyExpenditure.Average(MidpointRounding.AwayFromZero).ToUnit(MoneyUnit.Yi, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(18.50m, c.BookMonths.ToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(15.66m, c.MonthsToDecimal(2, MidpointRounding.AwayFromZero));
        Assert.Equal(15, c.MonthsFloor);
    }

    [Fact]
    public void Deficit_scan_over_statements_equals_the_scan_over_their_current_surplus()
    {
        FundStatement a = Employee2021();
        FundStatement b = FundStatement.Create(FundKind.EmployeeBasic, "攸县", Year2021, Yi(1m), IncomeLines.Of(premiums: Yi(1m)), ExpenditureLines.Of(otherBenefits: Yi(1.2m)));

        DeficitScan s = FundStatementAnalysis.DeficitScan(Year2021, [a, b]);

        Assert.Equal(DeficitScan.Scan(Year2021, [Yi(4.34m), Yi(-0.2m)]), s);
        Assert.Contains("is not for 2020", Assert.Throws<ArgumentException>(() => FundStatementAnalysis.DeficitScan(ReportingPeriod.OfYear(2020), [a])).Message);
    }
}
