using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using FundMath.Analysis;

namespace FundMath.Benchmarks.Harness.Workloads;

/// <summary>
/// Workload (b): a province's region table — months of cover of each region's actual balance (banded &lt; 3 / 3–9 / &gt; 9
/// months, reasonable 6–9) and its budget execution against 100% ± 5pp, with the band and outcome counts.
/// </summary>
internal sealed class RegionWorkload : IWorkload
{
    private static readonly ReportingPeriod Year = ReportingPeriod.OfYear(2021);
    private static readonly Rate Expected = Rate.OneHundredPercent;
    private static readonly ToleranceBand Band = ToleranceBand.FivePoints;
    private static readonly CoverBandPolicy Policy = CoverBandPolicy.Default;

    private Money[] budgeted = [];
    private Money[] executed = [];
    private Money[] balances = [];
    private Money[] payables = [];
    private Money[] annual = [];
    private BalanceDeductions[] deductions = [];
    private MonthlyExpenditure[] spending = [];
    private MonthsOfCover[] covers = [];
    private BudgetExecution[] executions = [];
    private MonthsOfCover[] coversCopy = [];
    private BudgetExecution[] executionsCopy = [];
    private decimal[] budgetedYuan = [];
    private decimal[] executedYuan = [];
    private decimal[] balancesYuan = [];
    private decimal[] payablesYuan = [];
    private decimal[] annualYuan = [];
    private int[] bandCodes = [];
    private int[] reasonableCodes = [];
    private int[] outcomeCodes = [];
    private CoverBandCounts bandCounts;
    private ExecutionOutcomeCounts outcomeCounts;
    private List<Variant>? variants;

    private const string FundMathName = "FundMath `ComputeBatch` + `EvaluateBatch`";
    private const string NumpyName = "numpy float64";

    public string Id => "regions";

    public string Title => "Months of cover + budget execution, per region";

    public string Unit => "region";

    public int Order => 20;

    public string? PeerScript => "numpy_regions.py";

    public int Size(bool quick) => 3_000;

    public int RunsPerSample(bool quick) => quick ? 20 : 100;

    public int Samples(bool quick) => quick ? 7 : 21;

    public IReadOnlyList<Target> Targets =>
    [
        new("numpy float64 ÷ FundMath (FundMath no slower)", NumpyName, FundMathName, 1, AtMost: false),
        new("scalar API in a loop ÷ batch (batch never slower)", "FundMath scalar API per region", FundMathName, 1, AtMost: false),
    ];

    public IReadOnlyList<Extrapolation> Extrapolations => [];

    public string Notes =>
        "Input (fixed seed): budgets 1亿–100亿元 to the fen, execution 80%–120% of budget, book balances 0–200亿元, payables up " +
        "to a quarter of the balance, annual expenditure 1.2亿–20亿元 over a 12-month window; 1% of regions have no budget and 1% " +
        "no expenditure. FundMath writes a full result struct per region (`MonthsOfCover`, `BudgetExecution`: inputs, outcome, " +
        "band; the exact fraction is reduced only when read) and returns the counts; every band edge is decided exactly by " +
        "128-bit cross-multiplication. *Plain long loop*: the same cross-multiplications in `long` (exact only because these " +
        "magnitudes fit), codes into `int` arrays. *decimal*: `(balance − payables) / (annual / 12)` and `executed / budgeted` " +
        "in decimal compared with the thresholds. *numpy float64*: the same quotients in binary floating point (not exact: a " +
        "region on a band edge can fall either side); *numpy int64*: exact cross-multiplication for these magnitudes. The " +
        "*memory copy* reference copies the bytes of FundMath's two result arrays.";

    public IReadOnlyList<Variant> Variants => variants ??=
    [
        new(FundMathName, "FundMath", "result struct per region, counts", FundMathBatch, DigestFundMath),
        new("FundMath partitioned, 2", "FundMath, parallel", "partitioned forms, degree 2", FundMathParallel, DigestFundMath, AllocationScope.Process),
        new("FundMath `CoverBandCounts.Count` + `EvaluateBatch`", "FundMath", "band counts straight from the inputs (no cover structs)", FundMathCountsOnly, DigestCountsOnly),
        new("FundMath scalar API per region", "FundMath", "`MonthsOfCover.Compute` + `BudgetExecution.Evaluate` per region", ScalarApi, DigestFundMath),
        new("plain long loop", "baseline", "`long` cross-multiplication", PlainLoop, DigestCodes),
        new("decimal", "baseline", "decimal quotients", DecimalLoop, DigestCodes),
        new("memory copy of the results", "reference", "`Span.CopyTo` of the two result arrays", CopyResults, null),
    ];

    public void Setup(int size)
    {
        var random = new Random(2021);
        budgeted = new Money[size];
        executed = new Money[size];
        balances = new Money[size];
        payables = new Money[size];
        annual = new Money[size];
        deductions = new BalanceDeductions[size];
        spending = new MonthlyExpenditure[size];
        covers = new MonthsOfCover[size];
        executions = new BudgetExecution[size];
        budgetedYuan = new decimal[size];
        executedYuan = new decimal[size];
        balancesYuan = new decimal[size];
        payablesYuan = new decimal[size];
        annualYuan = new decimal[size];
        bandCodes = new int[size];
        reasonableCodes = new int[size];
        outcomeCodes = new int[size];
        for (int i = 0; i < size; i++)
        {
            long budget = random.Next(100) == 0 ? 0 : random.NextInt64(10_000_000_000, 1_000_000_000_000);
            long exec = (budget / 100 * random.Next(80, 121)) + random.Next(0, 100);
            long balance = random.NextInt64(0, 2_000_000_000_000);
            long payable = random.NextInt64(0, (balance / 4) + 1);
            long year = random.Next(100) == 0 ? 0 : random.NextInt64(12_000_000_000, 200_000_000_000);
            budgeted[i] = Money.FromFen(budget);
            executed[i] = Money.FromFen(exec);
            balances[i] = Money.FromFen(balance);
            payables[i] = Money.FromFen(payable);
            annual[i] = Money.FromFen(year);
            deductions[i] = BalanceDeductions.Lumped(Money.Zero, Money.FromFen(payable));
            spending[i] = MonthlyExpenditure.OfPeriod(Money.FromFen(year), Year);
            budgetedYuan[i] = budget / 100m;
            executedYuan[i] = exec / 100m;
            balancesYuan[i] = balance / 100m;
            payablesYuan[i] = payable / 100m;
            annualYuan[i] = year / 100m;
        }

        MonthsOfCover.ComputeBatch(Year, balances, deductions, spending, Policy, covers);
        BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, budgeted, executed, Expected, Band, executions);
        coversCopy = (MonthsOfCover[])covers.Clone();
        executionsCopy = (BudgetExecution[])executions.Clone();
    }

    public void WritePeerInputs(string directory)
    {
        Write(directory, "budgeted.bin", budgeted);
        Write(directory, "executed.bin", executed);
        Write(directory, "balances.bin", balances);
        Write(directory, "payables.bin", payables);
        Write(directory, "annual.bin", annual);
        File.WriteAllText(Path.Combine(directory, "params.json"), "{\"window\": 12, \"warning_below\": 3, \"high_above\": 9, \"reasonable_from\": 6, \"reasonable_to\": 9, \"lower\": [19, 20], \"upper\": [21, 20]}");

        static void Write(string dir, string name, Money[] values) =>
            File.WriteAllBytes(Path.Combine(dir, name), MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
    }

    private void FundMathBatch()
    {
        MonthsOfCover.ComputeBatch(Year, balances, deductions, spending, Policy, covers);
        bandCounts = CoverBandCounts.Count(covers);
        outcomeCounts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, budgeted, executed, Expected, Band, executions);
    }

    private void FundMathParallel()
    {
        MonthsOfCover.ComputeBatch(Year, balances, deductions, spending, Policy, covers, 2);
        bandCounts = CoverBandCounts.Count(covers);
        outcomeCounts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, budgeted, executed, Expected, Band, executions, 2);
    }

    private void FundMathCountsOnly()
    {
        bandCounts = CoverBandCounts.Count(Year, balances, deductions, spending, Policy);
        outcomeCounts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year, budgeted, executed, Expected, Band, executions);
    }

    private void ScalarApi()
    {
        for (int i = 0; i < balances.Length; i++)
        {
            covers[i] = MonthsOfCover.Compute(Year, balances[i], deductions[i], spending[i], Policy);
            executions[i] = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year, budgeted[i], executed[i], Expected, Band);
        }

        bandCounts = CoverBandCounts.Count(covers);
        outcomeCounts = ExecutionOutcomeCounts.Count(executions);
    }

    private Digest DigestFundMath()
    {
        for (int i = 0; i < covers.Length; i++)
        {
            bandCodes[i] = (int)covers[i].Band;
            reasonableCodes[i] = covers[i].IsReasonable ? 1 : 0;
            outcomeCodes[i] = (int)executions[i].Outcome;
        }

        return DigestCodes();
    }

    private Digest DigestCounts() => new Digest()
        .Add("warning", bandCounts.Warning)
        .Add("middle", bandCounts.Middle)
        .Add("high", bandCounts.High)
        .Add("no_expenditure", bandCounts.NoExpenditure)
        .Add("reasonable", bandCounts.Reasonable)
        .Add("within", outcomeCounts.Within)
        .Add("over", outcomeCounts.Over)
        .Add("under", outcomeCounts.Under)
        .Add("no_budget", outcomeCounts.NoBudget);

    private Digest DigestCountsOnly() => DigestCounts().AddCodes("outcome", OutcomesOf(executions));

    private int[] OutcomesOf(BudgetExecution[] rows)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            outcomeCodes[i] = (int)rows[i].Outcome;
        }

        return outcomeCodes;
    }

    private Digest DigestCodes()
    {
        var d = DigestCounts();
        d.AddCodes("band", bandCodes).AddCodes("reasonable_rows", reasonableCodes).AddCodes("outcome", outcomeCodes);
        return d;
    }

    private void PlainLoop()
    {
        int w = 0, m = 0, h = 0, none = 0, r = 0, within = 0, over = 0, under = 0, noBudget = 0;
        for (int i = 0; i < balances.Length; i++)
        {
            long spent = annual[i].Fen;
            if (spent <= 0)
            {
                bandCodes[i] = 3;
                reasonableCodes[i] = 0;
                none++;
            }
            else
            {
                long a = (balances[i].Fen - payables[i].Fen) * 12;
                int band = a < 3 * spent ? 0 : a > 9 * spent ? 2 : 1;
                bool ok = a >= 6 * spent && a <= 9 * spent;
                bandCodes[i] = band;
                reasonableCodes[i] = ok ? 1 : 0;
                w += band == 0 ? 1 : 0;
                m += band == 1 ? 1 : 0;
                h += band == 2 ? 1 : 0;
                r += ok ? 1 : 0;
            }

            long b = budgeted[i].Fen, e = executed[i].Fen;
            int outcome = b <= 0 ? 3 : e * 20 > 21 * b ? 1 : e * 20 < 19 * b ? 2 : 0;
            outcomeCodes[i] = outcome;
            within += outcome == 0 ? 1 : 0;
            over += outcome == 1 ? 1 : 0;
            under += outcome == 2 ? 1 : 0;
            noBudget += outcome == 3 ? 1 : 0;
        }

        bandCounts = new CoverBandCounts(w, m, h, none, r);
        outcomeCounts = new ExecutionOutcomeCounts(within, over, under, noBudget);
    }

    private void DecimalLoop()
    {
        int w = 0, m = 0, h = 0, none = 0, r = 0, within = 0, over = 0, under = 0, noBudget = 0;
        for (int i = 0; i < balancesYuan.Length; i++)
        {
            if (annualYuan[i] <= 0)
            {
                bandCodes[i] = 3;
                reasonableCodes[i] = 0;
                none++;
            }
            else
            {
                decimal months = (balancesYuan[i] - payablesYuan[i]) / (annualYuan[i] / 12m);
                int band = months < 3m ? 0 : months > 9m ? 2 : 1;
                bool ok = months >= 6m && months <= 9m;
                bandCodes[i] = band;
                reasonableCodes[i] = ok ? 1 : 0;
                w += band == 0 ? 1 : 0;
                m += band == 1 ? 1 : 0;
                h += band == 2 ? 1 : 0;
                r += ok ? 1 : 0;
            }

            int outcome;
            if (budgetedYuan[i] <= 0)
            {
                outcome = 3;
            }
            else
            {
                decimal rate = executedYuan[i] / budgetedYuan[i];
                outcome = rate > 1.05m ? 1 : rate < 0.95m ? 2 : 0;
            }

            outcomeCodes[i] = outcome;
            within += outcome == 0 ? 1 : 0;
            over += outcome == 1 ? 1 : 0;
            under += outcome == 2 ? 1 : 0;
            noBudget += outcome == 3 ? 1 : 0;
        }

        bandCounts = new CoverBandCounts(w, m, h, none, r);
        outcomeCounts = new ExecutionOutcomeCounts(within, over, under, noBudget);
    }

    private void CopyResults()
    {
        coversCopy.AsSpan().CopyTo(covers);
        executionsCopy.AsSpan().CopyTo(executions);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {balances.Length} regions");
}
