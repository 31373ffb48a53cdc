using System;
using BenchmarkDotNet.Attributes;
using FundMath.Benefits;
using NodaTime;

namespace FundMath.Benchmarks;

/// <summary>
/// Three-layer benefit settlement (基本医保 → 大病保险 → 医疗救助) of 1,000,000 claims of 200,000 persons with year-to-date
/// accumulation, on a realistic mix (75% 门诊统筹 visits, 17% 门诊慢特病, 8% admissions with a heavy tail; 10% of persons
/// in an assistance group; several claims cross the 大病保险 deductible and some caps bind). FundMath's batch (0 B), the
/// scalar API called per claim, and the partitioned parallel form, against a naive decimal implementation of the same
/// rules ([Baseline]); every path is checked to give identical totals before timing. Divide the mean by 1,000,000 for
/// ns/claim. The plan has the values of the 2021 resident plan of samples/parameters/ankang.yaml, built in code.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Benefits")]
public class BenefitBenchmarks
{
    private BenefitPlan plan = null!;
    private BenefitClaimTable table = null!;
    private BenefitAccumulator[] accumulators = [];
    private BenefitPaymentTable payments = null!;
    private BenefitClaim[] claims = [];
    private NaiveDecimalSettlement naive = null!;

    /// <summary>Claims in the batch (five per person).</summary>
    [Params(1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        plan = BenefitPlan.FromParameters(BenefitWorkload.AnkangResident2021(), BenefitScheme.Resident, new LocalDate(2021, 6, 1));
        claims = BenefitWorkload.Claims(Claims, 5, 20211231);
        table = BenefitClaimTable.FromClaims(claims);
        accumulators = new BenefitAccumulator[table.Persons];
        payments = new BenefitPaymentTable(table.Count);
        naive = new NaiveDecimalSettlement(plan, table.Persons);

        BenefitBatchTotals batch = Batch();
        decimal naiveTotal = NaiveDecimal();
        BenefitBatchTotals parallel = Parallel2();
        long scalar = ScalarPerClaim().Fen;
        if (parallel != batch || scalar != batch.Basic.Fen + batch.SeriousIllness.Fen + batch.Assistance.Fen || naiveTotal != batch.FundPaid.Yuan)
        {
            throw new InvalidOperationException($"benefit paths disagree: batch {batch.FundPaid}, parallel {parallel.FundPaid}, scalar {scalar}, naive {naiveTotal}");
        }
    }

    /// <summary>The same rules in decimal yuan, one person object per person, Math.Round to the fen.</summary>
    [Benchmark(Baseline = true)]
    public decimal NaiveDecimal() => naive.Run(table);

    /// <summary>FundMath's batch over the claim columns (0 B).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public BenefitBatchTotals Batch()
    {
        ResetAccumulators();
        return BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns);
    }

    /// <summary>FundMath's scalar API per claim (0 B).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money ScalarPerClaim()
    {
        ResetAccumulators();
        long paid = 0;
        var columns = table.Columns;
        for (int p = 0; p < accumulators.Length; p++)
        {
            ref BenefitAccumulator a = ref accumulators[p];
            for (int i = columns.PersonStarts[p]; i < columns.PersonStarts[p + 1]; i++)
            {
                ClaimSettlement s = BenefitSettlement.Settle(plan, claims[i], ref a);
                paid += s.FundPaid.Fen;
            }
        }

        return Money.FromFen(paid);
    }

    /// <summary>The partitioned parallel form on 2 partitions (allocates only the task bookkeeping).</summary>
    [Benchmark]
    public BenefitBatchTotals Parallel2()
    {
        ResetAccumulators();
        return BenefitSettlement.SettleParallel(plan, table, accumulators, payments, 2);
    }

    private void ResetAccumulators()
    {
        for (int p = 0; p < accumulators.Length; p++)
        {
            accumulators[p] = BenefitAccumulator.ForYear(table.PersonIds[p], 2021);
        }
    }
}
