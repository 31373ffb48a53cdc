using System;
using System.Collections.Generic;
using FundMath.Drg;

namespace FundMath.Benchmarks.Harness.Workloads;

/// <summary>
/// Workload (d): DRG point payment of one scheme-year (点数法) — case points with outliers re-pointed, institution points ×
/// institution factor, point value and the budget apportioned to the fen — on the input of <see cref="DrgBenchmarks"/>.
/// </summary>
internal sealed class DrgWorkload : IWorkload
{
    private const string FundMathName = "FundMath `DrgPayment.Compute`";
    private const string CasePointsName = "FundMath case points only, sequential";
    private const string PartitionedName = "FundMath case points only, partitioned 2";
    private const string DecimalName = "naive decimal";

    private readonly DrgBenchmarks drg = new();
    private DrgPoints lastPoints;
    private List<Variant>? variants;

    public string Id => "drg";

    public string Title => "DRG point payment of a scheme-year (1,000 institutions × 600 groups), per case";

    public string Unit => "case";

    public int Order => 40;

    public string? PeerScript => null;

    public int Size(bool quick) => quick ? 100_000 : 1_000_000;

    public int RunsPerSample(bool quick) => 1;

    public int Samples(bool quick) => quick ? 5 : 15;

    public IReadOnlyList<Target> Targets =>
    [
        new("decimal ÷ FundMath", DecimalName, FundMathName, 5, AtMost: false),
    ];

    public IReadOnlyList<Extrapolation> Extrapolations => [];

    public string Notes =>
        "Input (fixed seed, illustrative): 600 groups with average costs 2,000–200,000元 against an overall average of " +
        "12,000元, 1,000 institutions with factors 0.90–1.10, cases costing 0.30–2.15× their group's average (≈ 6% outliers " +
        "above 2× or below 0.5×), 10% with an adjustment factor 1.01–1.29; budget 12,000元 per case with a 5% reserved " +
        "adjustment fund. *FundMath*: the whole scheme-year into institution points and payments that sum exactly to the " +
        "distributable budget. *Case points only*: the first stage alone, sequential and in two partitions (bit-identical). " +
        "*naive decimal*: the same rules with decimal points rounded to 4 places per case and payments rounded per " +
        "institution — its payments drift from the budget by design, so it is timed but not compared (no digest).";

    public IReadOnlyList<Variant> Variants => variants ??=
    [
        new(FundMathName, "FundMath", "case points → institution points → point value → apportioned payments", Payment, DigestPayment),
        new(CasePointsName, "FundMath", "`DrgCasePoints.Compute` into institution points", CasePoints, DigestPoints),
        new(PartitionedName, "FundMath, parallel", "`DrgCasePoints.ComputePartitioned`, degree 2", Partitioned, DigestPoints, AllocationScope.Process),
        new(DecimalName, "baseline", "decimal, Math.Round per case and per institution", Naive, null),
    ];

    public void Setup(int size)
    {
        drg.Cases = size;
        drg.Setup();
    }

    public void WritePeerInputs(string directory)
    {
    }

    private void Payment() => drg.FundMath_point_payment();

    private void CasePoints() => lastPoints = drg.FundMath_case_points_sequential();

    private void Partitioned() => lastPoints = drg.FundMath_case_points_partitioned_2();

    private void Naive() => drg.Naive_decimal();

    private Digest DigestPayment()
    {
        long total = 0;
        foreach (Money m in drg.Payments)
        {
            total += m.Fen;
        }

        return DigestInstitutionPoints().Add("case_points", Sum(drg.InstitutionPoints)).Add("paid", total).AddArray("payments", System.Runtime.InteropServices.MemoryMarshal.Cast<Money, long>(drg.Payments));
    }

    private Digest DigestPoints() => DigestInstitutionPoints().Add("case_points", lastPoints.MicroPoints);

    private static long Sum(ReadOnlySpan<DrgPoints> points)
    {
        long sum = 0;
        foreach (DrgPoints p in points)
        {
            sum += p.MicroPoints;
        }

        return sum;
    }

    private Digest DigestInstitutionPoints()
    {
        var micro = new long[drg.InstitutionPoints.Length];
        long sum = 0;
        for (int k = 0; k < micro.Length; k++)
        {
            micro[k] = drg.InstitutionPoints[k].MicroPoints;
            sum += micro[k];
        }

        return new Digest().Add("points", sum).AddArray("institution_points", micro);
    }
}
