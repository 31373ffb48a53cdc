using FundMath.Analysis;
using FundMath.Tests.Support;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class AnalysisAllocationTests
{
    private const int Regions = 64;
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private readonly Money[] budgeted = new Money[Regions];
    private readonly Money[] executed = new Money[Regions];
    private readonly Money[] balances = new Money[Regions];
    private readonly BalanceDeductions[] deductions = new BalanceDeductions[Regions];
    private readonly MonthlyExpenditure[] spending = new MonthlyExpenditure[Regions];
    private readonly BudgetExecution[] executions = new BudgetExecution[Regions];
    private readonly MonthsOfCover[] covers = new MonthsOfCover[Regions];

    public AnalysisAllocationTests()
    {
        for (int i = 0; i < Regions; i++)
        {
            budgeted[i] = Money.FromFen(1_000_000_00 + (i * 7_919_00));
            executed[i] = Money.FromFen(930_000_00 + (i * 9_001_00));
            balances[i] = Money.FromFen(2_000_000_00 + (i * 31_337_00) - (i % 5 == 0 ? 3_000_000_00 : 0));
            deductions[i] = new BalanceDeductions(Money.FromFen(i * 100_00), Money.FromFen(i * 33), Money.Zero, Money.FromFen(7), Money.FromFen(i));
            spending[i] = MonthlyExpenditure.OfPeriod(Money.FromFen(1_290_000_00 + (i * 12_345)), Year2021);
        }
    }

    [Fact]
    public void Budget_execution_scalar_and_batch_allocate_nothing()
    {
        Allocations.AssertZero(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, budgeted[3], executed[3], BudgetTolerancePolicy.Default), "BudgetExecution.Evaluate");
        Allocations.AssertZero(() => _ = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, budgeted[3], executed[3], BudgetTolerancePolicy.Default).CorrectionToBand, "BudgetExecution.CorrectionToBand");
        Allocations.AssertZero(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, budgeted, executed, Rate.OneHundredPercent, ToleranceBand.FivePoints, executions), "BudgetExecution.EvaluateBatch", 100);
    }

    [Fact]
    public void Seasonal_profile_lookup_allocates_nothing()
    {
        SeasonalProfile profile = SeasonalProfile.TimeProgress;
        Allocations.AssertZero(() => BudgetExecution.Evaluate(BudgetLine.PremiumIncome, ReportingPeriod.OfQuarter(2021, 1), budgeted[1], executed[1], BudgetTolerancePolicy.Default, profile), "BudgetExecution.Evaluate with a seasonal profile");
    }

    [Fact]
    public void Months_of_cover_scalar_batch_total_and_counts_allocate_nothing()
    {
        Allocations.AssertZero(() => MonthsOfCover.Compute(Year2021, balances[2], deductions[2], spending[2], CoverBandPolicy.Default), "MonthsOfCover.Compute");
        Allocations.AssertZero(() => MonthsOfCover.ComputeBatch(Year2021, balances, deductions, spending, CoverBandPolicy.Default, covers), "MonthsOfCover.ComputeBatch", 100);
        MonthsOfCover.ComputeBatch(Year2021, balances, deductions, spending, CoverBandPolicy.Default, covers);
        Allocations.AssertZero(() => MonthsOfCover.Total(covers, CoverBandPolicy.Default), "MonthsOfCover.Total", 100);
        Allocations.AssertZero(() => CoverBandCounts.Count(covers), "CoverBandCounts.Count", 100);
        Allocations.AssertZero(() => _ = covers[5].MonthsFloor + covers[5].MonthsNearest, "MonthsOfCover rounding");
    }

    [Fact]
    public void Deficit_scan_allocates_nothing()
    {
        ReportingPeriod[] years = [ReportingPeriod.OfYear(2020), ReportingPeriod.OfYear(2021)];
        var scans = new DeficitScan[2];
        Allocations.AssertZero(() => DeficitScan.Scan(Year2021, executed, budgeted), "DeficitScan.Scan");
        Allocations.AssertZero(() => DeficitScan.Scan(Year2021, balances), "DeficitScan.Scan(balances)");
        Allocations.AssertZero(() => DeficitScan.ScanPeriods(years, Regions / 2, executed, budgeted, scans), "DeficitScan.ScanPeriods");
    }
}
