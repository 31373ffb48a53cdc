using System;
using System.Collections.Generic;
using FundMath.Benefits;
using NodaTime;

namespace FundMath.Benchmarks.Harness.Workloads;

/// <summary>
/// Workload (c): three-layer benefit settlement (基本医保 → 大病保险 → 医疗救助) of a year's resident claims with
/// year-to-date accumulators per person — the batch over claim columns, its partitioned form, the scalar API per claim
/// and the naive decimal implementation of the same rules.
/// </summary>
internal sealed class ClaimWorkload : IWorkload
{
    private const string FundMathName = "FundMath `BenefitSettlement.Settle` (batch)";
    private const string ParallelName = "FundMath `SettleParallel`, 2";
    private const string ScalarName = "FundMath scalar API per claim";
    private const string DecimalName = "naive decimal";
    private const string CopyName = "memory copy of the amounts";

    private BenefitPlan plan = null!;
    private BenefitClaimTable table = null!;
    private BenefitClaim[] claims = [];
    private BenefitAccumulator[] accumulators = [];
    private BenefitPaymentTable payments = null!;
    private NaiveDecimalSettlement naive = null!;
    private decimal naiveFund;
    private List<Variant>? variants;

    public string Id => "claims";

    public string Title => "Benefit settlement across three layers with year-to-date accumulators, per claim";

    public string Unit => "claim";

    public int Order => 30;

    public string? PeerScript => null;

    public int Size(bool quick) => quick ? 200_000 : 2_000_000;

    public int RunsPerSample(bool quick) => 1;

    public int Samples(bool quick) => quick ? 5 : 15;

    public IReadOnlyList<Target> Targets =>
    [
        new("decimal ÷ FundMath", DecimalName, FundMathName, 5, AtMost: false),
        new("scalar API per claim ÷ batch (batch never slower)", ScalarName, FundMathName, 1, AtMost: false),
    ];

    public IReadOnlyList<Extrapolation> Extrapolations =>
    [
        new("51.4亿 visits a year (25.3亿 employee + 26.1亿 resident 人次), one core", FundMathName, 5.14e9,
            "《2023年全国医疗保障事业发展统计公报》: 职工医保享受待遇25.3亿人次, 居民医保26.1亿人次"),
        new("the same on two cores (2 partitions)", ParallelName, 5.14e9, "measured 2-partition median"),
        new("the same with naive decimal, one core", DecimalName, 5.14e9, "for comparison"),
    ];

    public string Notes =>
        "Input (fixed seed): resident claims of 2021, five per person, 75% outpatient (10–500元), 17% chronic-disease " +
        "outpatient (50–3,000元), 8% admissions (mostly 2,000–30,000元, a tail to 400,000元); 0–20% out of scope, 0–30% " +
        "class B; hospital level uniform; 10% of persons 特困/低保/返贫致贫. Plan: the 2021 resident plan of the illustrative " +
        "sample samples/parameters/ankang.yaml (deductibles by level and admission, ratios, annual and outpatient caps, " +
        "serious-illness bands, assistance by group). Each run starts from empty accumulators (the reset is timed in every " +
        "variant). *Batch*: `BenefitSettlement.Settle` over claim columns, writing four payment columns. *Partitioned*: " +
        "persons never split across partitions. *Scalar*: `BenefitSettlement.Settle(plan, in claim, ref accumulator)` per " +
        "claim. *naive decimal*: the same rules in decimal yuan with `Math.Round` per step and an object per person " +
        "(checked by the fund total only). *Memory copy*: copies the claims' three amount columns and one more, the bytes " +
        "the batch reads and writes at least. No numpy peer: a year-to-date accumulation is sequential per person and has " +
        "no vectorised numpy form (a Python loop would be slower than every row here).";

    public IReadOnlyList<Variant> Variants => variants ??=
    [
        new(FundMathName, "FundMath", "claim columns → payment columns, accumulators per person", Batch, DigestFundMath),
        new(ParallelName, "FundMath, parallel", "partitioned by person, degree 2", Parallel, DigestFundMath, AllocationScope.Process),
        new(ScalarName, "FundMath", "`Settle(plan, in claim, ref accumulator)` per claim", Scalar, DigestFundMath),
        new(DecimalName, "baseline", "decimal yuan, Math.Round per step, object per person", Naive, DigestNaive),
        new(CopyName, "reference", "`Span.CopyTo` of four 8-byte columns", Copy, null),
    ];

    public void Setup(int size)
    {
        plan = BenefitPlan.FromParameters(BenefitWorkload.AnkangResident2021(), BenefitScheme.Resident, new LocalDate(2021, 6, 1));
        claims = BenefitWorkload.Claims(size, 5, 20211231);
        table = BenefitClaimTable.FromClaims(claims);
        for (int i = 0; i < claims.Length; i++)
        {
            claims[i] = table.Claim(i, BenefitScheme.Resident);
        }

        accumulators = new BenefitAccumulator[table.Persons];
        payments = new BenefitPaymentTable(table.Count);
        naive = new NaiveDecimalSettlement(plan, table.Persons);
    }

    public void WritePeerInputs(string directory)
    {
    }

    private void Reset()
    {
        for (int p = 0; p < accumulators.Length; p++)
        {
            accumulators[p] = BenefitAccumulator.ForYear(table.PersonIds[p], 2021);
        }
    }

    private void Batch()
    {
        Reset();
        _ = BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns);
    }

    private void Parallel()
    {
        Reset();
        _ = BenefitSettlement.SettleParallel(plan, table, accumulators, payments, 2);
    }

    private void Scalar()
    {
        Reset();
        BenefitClaimColumns columns = table.Columns;
        Money[] basic = payments.Basic, serious = payments.SeriousIllness, assistance = payments.Assistance, patient = payments.Patient;
        for (int p = 0; p < accumulators.Length; p++)
        {
            ref BenefitAccumulator accumulator = ref accumulators[p];
            for (int i = columns.PersonStarts[p]; i < columns.PersonStarts[p + 1]; i++)
            {
                ClaimSettlement s = BenefitSettlement.Settle(plan, in claims[i], ref accumulator);
                basic[i] = s.Basic;
                serious[i] = s.SeriousIllness;
                assistance[i] = s.Assistance;
                patient[i] = s.Patient;
            }
        }
    }

    private void Naive() => naiveFund = naive.Run(table);

    private void Copy()
    {
        BenefitClaimColumns columns = table.Columns;
        columns.Totals.CopyTo(payments.Basic);
        columns.OutOfScope.CopyTo(payments.SeriousIllness);
        columns.ClassB.CopyTo(payments.Assistance);
        columns.Totals.CopyTo(payments.Patient);
    }

    private Digest DigestFundMath() => new Digest()
        .Add("fund", (long)(FundTotal() * 100m))
        .AddArray("basic", Fen(payments.Basic))
        .AddArray("serious", Fen(payments.SeriousIllness))
        .AddArray("assistance", Fen(payments.Assistance))
        .AddArray("patient", Fen(payments.Patient));

    private decimal FundTotal()
    {
        long fund = 0;
        for (int i = 0; i < payments.Count; i++)
        {
            fund += payments.Basic[i].Fen + payments.SeriousIllness[i].Fen + payments.Assistance[i].Fen;
        }

        return fund / 100m;
    }

    private Digest DigestNaive() => new Digest().Add("fund", (long)(naiveFund * 100m));

    private static ReadOnlySpan<long> Fen(Money[] values) => System.Runtime.InteropServices.MemoryMarshal.Cast<Money, long>(values.AsSpan());
}
