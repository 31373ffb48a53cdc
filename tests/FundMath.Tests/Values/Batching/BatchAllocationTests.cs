using System;
using System.Linq;
using FundMath.Analysis;
using FundMath.Contributions;
using FundMath.Tests.Support;
using NodaTime;

namespace FundMath.Tests.Values.Batching;

using Money = FundMath.Money;

/// <summary>
/// Every batch form allocates nothing on every path (5,000 elements: several kernel blocks and a vector tail), and
/// every partitioned form allocates per call only its fork-join state — the same few hundred bytes whatever the
/// batch size.
/// </summary>
public class BatchAllocationTests
{
    private const int N = 5_000;
    private static readonly ReportingPeriod Year = ReportingPeriod.OfYear(2021);
    private static readonly PremiumBasePolicy Band = PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000));
    private static readonly EmployeeRates Rates = new(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));

    private readonly Money[] wages = Enumerable.Range(0, N).Select(i => Money.FromFen(200_000 + (i * 613))).ToArray();
    private readonly int[] months = Enumerable.Range(0, N).Select(i => i % 13).ToArray();
    private readonly Money[] bases = new Money[N];
    private readonly Money[] employer = new Money[N];
    private readonly Money[] individual = new Money[N];
    private readonly BalanceDeductions[] deductions = Enumerable.Range(0, N).Select(i => BalanceDeductions.Lumped(Money.Zero, Money.FromFen(i * 1000L))).ToArray();
    private readonly MonthlyExpenditure[] spending = Enumerable.Range(0, N).Select(i => MonthlyExpenditure.OfPeriod(Money.FromFen(1_000_000_000L + i), ReportingPeriod.OfYear(2021))).ToArray();
    private readonly MonthsOfCover[] covers = new MonthsOfCover[N];
    private readonly BudgetExecution[] executions = new BudgetExecution[N];

    [Fact]
    public void Contribution_batches_allocate_nothing_on_any_path()
    {
        var flexible = new FlexibleEmploymentPolicy(Band, [Rate.FromPercent(6)]);
        Money[] inBand = wages.Select(w => w.Clamp(Band.Floor, Band.Cap)).ToArray();
        foreach (BatchPath path in BatchPaths.Supported())
        {
            Allocations.AssertZero(() => EmployeeContribution.ForPayroll(wages, Band, Rates, MidpointRounding.AwayFromZero, bases, employer, individual, path), $"ForPayroll ({path})", 20);
            Allocations.AssertZero(() => EmployeeContribution.ForMonth(wages, Rates, MidpointRounding.ToEven, employer, individual, path), $"ForMonth batch ({path})", 20);
            Allocations.AssertZero(() => PremiumBase.Compute(wages, Band, bases, path), $"PremiumBase.Compute batch ({path})", 20);
            Allocations.AssertZero(() => PremiumBase.EmployerWageTotal(wages, Band, path), $"EmployerWageTotal ({path})", 20);
            Allocations.AssertZero(() => PremiumIncome.Annual(wages, months, Rate.FromPercent(2), MidpointRounding.AwayFromZero, path), $"PremiumIncome.Annual ({path})", 20);
            Allocations.AssertZero(() => flexible.ForMonth(inBand, Rate.FromPercent(6), new YearMonth(2021, 5), MidpointRounding.AwayFromZero, employer, path), $"FlexibleEmploymentPolicy.ForMonth batch ({path})", 20);
            Allocations.AssertZero(() => DeficitScan.Scan(Year, wages, inBand, path), $"DeficitScan.Scan ({path})", 20);
            Allocations.AssertZero(() => DeficitScan.Scan(Year, wages, path), $"DeficitScan.Scan balances ({path})", 20);
        }

        // The exact path (a cap of 2³² fen or more) allocates nothing either.
        var wide = PremiumBasePolicy.FromAmounts(Money.Zero, Money.FromFen(1L << 40));
        Allocations.AssertZero(() => EmployeeContribution.ForPayroll(wages, wide, Rates, MidpointRounding.AwayFromZero, bases, employer, individual), "ForPayroll exact path", 20);
    }

    [Fact]
    public void Region_batches_allocate_nothing()
    {
        Allocations.AssertZero(() => MonthsOfCover.ComputeBatch(Year, wages, deductions, spending, CoverBandPolicy.Default, covers), "MonthsOfCover.ComputeBatch", 20);
        Allocations.AssertZero(() => CoverBandCounts.Count(Year, wages, deductions, spending, CoverBandPolicy.Default), "CoverBandCounts.Count from inputs", 20);
        Allocations.AssertZero(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, wages, bases, Rate.OneHundredPercent, ToleranceBand.FivePoints, executions), "BudgetExecution.EvaluateBatch", 20);
        MonthsOfCover.ComputeBatch(Year, wages, deductions, spending, CoverBandPolicy.Default, covers);
        Allocations.AssertZero(() => _ = covers[7].Months + covers[9].BookMonths, "reading the exact months of a batch row", 20);
        Allocations.AssertZero(() => ExecutionOutcomeCounts.Count(executions), "ExecutionOutcomeCounts.Count", 20);
    }

    [Fact]
    public void Partitioned_forms_allocate_only_their_fork_join_state_whatever_the_size()
    {
        // Per call: the job and the partitions' result slots — measured on the calling thread, which allocates them.
        // Partitions are claimed dynamically, so how much of the fork-join state the calling thread allocates varies
        // with scheduling (seen under load: a difference of 149 B between two rounds); the least of five rounds is the
        // fixed part, and it must not grow with the size.
        long small = PerCall(1_000 * 64), large = PerCall(100 * 64 * 64);
        Assert.InRange(small, 1, 1024);
        Assert.InRange(large, 1, 1024);
        Assert.InRange(large - small, -128, 128);
    }

    private static long PerCall(int n)
    {
        Money[] w = Enumerable.Range(0, n).Select(i => Money.FromFen(200_000 + (i % 5000))).ToArray();
        Money[] b = new Money[n], e = new Money[n], p = new Money[n];
        var c = new MonthsOfCover[n];
        var d = new BalanceDeductions[n];
        MonthlyExpenditure[] s = Enumerable.Repeat(MonthlyExpenditure.PerMonth(Money.FromYuan(100)), n).ToArray();
        var x = new BudgetExecution[n];
        long payroll = Least(() => EmployeeContribution.ForPayroll(w, Band, Rates, MidpointRounding.AwayFromZero, b, e, p, 2));
        long cover = Least(() => MonthsOfCover.ComputeBatch(Year, w, d, s, CoverBandPolicy.Default, c, 2));
        long execution = Least(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, w, b, Rate.OneHundredPercent, ToleranceBand.FivePoints, x, 2));
        long deficit = Least(() => DeficitScan.Scan(Year, w, b, 2));
        return Math.Max(Math.Max(payroll, cover), Math.Max(execution, deficit));
    }

    private static long Least(Action call)
    {
        long least = long.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            least = Math.Min(least, Allocations.Measure(call, 20) / 20);
        }

        return least;
    }
}
