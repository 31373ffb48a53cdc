using System;
using BenchmarkDotNet.Attributes;
using FundMath.Analysis;

namespace FundMath.Benchmarks;

/// <summary>
/// Budget execution and months of cover over 3,000 and 100,000 regions: FundMath's exact span batches (edges prepared
/// once per batch, 128-bit cross-multiplication per row) against a naive decimal loop (rate = executed / budget
/// rounded, compared with decimal band edges; months = balance / spend) and against the scalar API per region.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Analysis")]
public class AnalysisBenchmarks
{
    private readonly ReportingPeriod year = ReportingPeriod.OfYear(2021);
    private readonly Rate expected = Rate.OneHundredPercent;
    private readonly ToleranceBand band = ToleranceBand.FivePoints;
    private readonly CoverBandPolicy policy = CoverBandPolicy.Default;

    private Money[] budgeted = [];
    private Money[] executed = [];
    private Money[] balances = [];
    private BalanceDeductions[] deductions = [];
    private MonthlyExpenditure[] spending = [];
    private BudgetExecution[] executions = [];
    private MonthsOfCover[] covers = [];
    private decimal[] budgetedDecimal = [];
    private decimal[] executedDecimal = [];
    private decimal[] balancesDecimal = [];
    private decimal[] deductionsDecimal = [];
    private decimal[] spendingDecimal = [];

    /// <summary>Number of regions.</summary>
    [Params(3_000, 100_000)]
    public int Regions { get; set; }

    /// <summary>Deterministic pseudo-random regions: budgets 1–100亿元 to the fen, execution 80–120%.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        budgeted = new Money[Regions];
        executed = new Money[Regions];
        balances = new Money[Regions];
        deductions = new BalanceDeductions[Regions];
        spending = new MonthlyExpenditure[Regions];
        executions = new BudgetExecution[Regions];
        covers = new MonthsOfCover[Regions];
        budgetedDecimal = new decimal[Regions];
        executedDecimal = new decimal[Regions];
        balancesDecimal = new decimal[Regions];
        deductionsDecimal = new decimal[Regions];
        spendingDecimal = new decimal[Regions];
        for (int i = 0; i < Regions; i++)
        {
            long budget = random.NextInt64(10_000_000_000, 1_000_000_000_000);
            long exec = budget / 100 * random.Next(80, 121) + random.Next(0, 100);
            long balance = random.NextInt64(0, 2_000_000_000_000);
            long payable = random.NextInt64(0, balance / 4 + 1);
            long annual = random.NextInt64(12_000_000_000, 200_000_000_000);
            budgeted[i] = Money.FromFen(budget);
            executed[i] = Money.FromFen(exec);
            balances[i] = Money.FromFen(balance);
            deductions[i] = BalanceDeductions.Lumped(Money.Zero, Money.FromFen(payable));
            spending[i] = MonthlyExpenditure.OfPeriod(Money.FromFen(annual), year);
            budgetedDecimal[i] = budget / 100m;
            executedDecimal[i] = exec / 100m;
            balancesDecimal[i] = balance / 100m;
            deductionsDecimal[i] = payable / 100m;
            spendingDecimal[i] = annual / 100m;
        }
    }

    /// <summary>Naive decimal execution: rate rounded to 0.01%, compared with 95%/105%; returns the count over.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Execution")]
    public int Execution_decimal()
    {
        int over = 0;
        for (int i = 0; i < budgetedDecimal.Length; i++)
        {
            decimal rate = Math.Round(executedDecimal[i] / budgetedDecimal[i] * 100m, 2, MidpointRounding.AwayFromZero);
            if (rate > 105m)
            {
                over++;
            }
            else if (rate < 95m)
            {
                over--;
            }
        }

        return over;
    }

    /// <summary>FundMath exact batch (<c>BudgetExecution.EvaluateBatch</c>).</summary>
    [Benchmark]
    [BenchmarkCategory("Execution", "ZeroAlloc")]
    public int Execution_FundMath() =>
        BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, year, budgeted, executed, expected, band, executions).Over;

    /// <summary>The scalar <see cref="BudgetExecution.Evaluate(BudgetLine, ReportingPeriod, Money, Money, Rate, ToleranceBand)"/> per region.</summary>
    [Benchmark]
    [BenchmarkCategory("Execution", "ZeroAlloc")]
    public int Execution_scalar_per_region()
    {
        int over = 0;
        for (int i = 0; i < budgeted.Length; i++)
        {
            executions[i] = BudgetExecution.Evaluate(BudgetLine.TotalIncome, year, budgeted[i], executed[i], expected, band);
            over += executions[i].Outcome == ExecutionOutcome.Over ? 1 : 0;
        }

        return over;
    }

    /// <summary>Naive decimal months of cover: (balance − payables) / (annual / 12), rounded to 0.01.</summary>
    [Benchmark]
    [BenchmarkCategory("Cover")]
    public decimal Cover_decimal()
    {
        decimal sum = 0;
        for (int i = 0; i < balancesDecimal.Length; i++)
        {
            sum += Math.Round((balancesDecimal[i] - deductionsDecimal[i]) / (spendingDecimal[i] / 12m), 2, MidpointRounding.AwayFromZero);
        }

        return sum;
    }

    /// <summary>FundMath exact batch (<c>MonthsOfCover.ComputeBatch</c>) and band counts.</summary>
    [Benchmark]
    [BenchmarkCategory("Cover", "ZeroAlloc")]
    public int Cover_FundMath()
    {
        MonthsOfCover.ComputeBatch(year, balances, deductions, spending, policy, covers);
        return CoverBandCounts.Count(covers).Warning;
    }

    /// <summary>Band counts straight from the inputs (<see cref="CoverBandCounts.Count(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{BalanceDeductions}, ReadOnlySpan{MonthlyExpenditure}, CoverBandPolicy)"/>).</summary>
    [Benchmark]
    [BenchmarkCategory("Cover", "ZeroAlloc")]
    public int Cover_counts_FundMath() => CoverBandCounts.Count(year, balances, deductions, spending, policy).Warning;

    /// <summary>The scalar <see cref="MonthsOfCover.Compute"/> per region.</summary>
    [Benchmark]
    [BenchmarkCategory("Cover", "ZeroAlloc")]
    public int Cover_scalar_per_region()
    {
        for (int i = 0; i < balances.Length; i++)
        {
            covers[i] = MonthsOfCover.Compute(year, balances[i], deductions[i], spending[i], policy);
        }

        return CoverBandCounts.Count(covers).Warning;
    }

    /// <summary>FundMath deficit scan over the execution spans (income = executed, expenditure = budget).</summary>
    [Benchmark]
    [BenchmarkCategory("Deficit", "ZeroAlloc")]
    public int DeficitScan_FundMath() => DeficitScan.Scan(year, executed, budgeted).DeficitRegions;
}
