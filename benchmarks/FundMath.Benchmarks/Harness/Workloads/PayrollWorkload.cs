using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using FundMath.Contributions;

namespace FundMath.Benchmarks.Harness.Workloads;

/// <summary>
/// Workload (a): one payroll month — each person's premium base (clamp of the own wage to 60%–300% of the reference
/// wage) and the employer (incl. maternity), maternity and individual contributions, each rounded to the fen
/// (四舍五入), written per person and summed.
/// </summary>
internal sealed class PayrollWorkload : IWorkload
{
    private const MidpointRounding Mode = MidpointRounding.AwayFromZero;

    private Money[] wages = [];
    private Money[] bases = [];
    private Money[] employer = [];
    private Money[] individual = [];
    private decimal[] wagesYuan = [];
    private PremiumBasePolicy band;
    private EmployeeRates rates;
    private PayrollContributions last;
    private readonly long[] plainTotals = new long[6];
    private decimal[] decimalBases = [];
    private decimal[] decimalEmployer = [];
    private decimal[] decimalIndividual = [];
    private decimal[] decimalTotals = new decimal[4];
    private long[] decimalCounts = new long[2];
    private List<Variant>? variants;

    public string Id => "payroll";

    public string Title => "Premium base + employer/maternity/individual contributions, per person";

    public string Unit => "person";

    public int Order => 10;

    public string? PeerScript => "numpy_payroll.py";

    public int Size(bool quick) => quick ? 1_000_000 : 10_000_000;

    public int RunsPerSample(bool quick) => 1;

    public int Samples(bool quick) => quick ? 5 : 11;

    public IReadOnlyList<Target> Targets =>
    [
        new("FundMath ÷ memory copy (one core)", FundMathName, CopyName, 2, AtMost: true),
        new("numpy ÷ FundMath (FundMath faster by)", NumpyName, FundMathName, 3, AtMost: false),
        new("decimal/LINQ ÷ FundMath", DecimalName, FundMathName, 10, AtMost: false),
        new("scalar API in a loop ÷ batch (batch never slower)", ScalarApiName, FundMathName, 1, AtMost: false),
        new("2-core scaling: 1 partition ÷ 2 partitions", FundMathName, ParallelName, 1.8, AtMost: false),
        new("the memory bus's own 2-core scaling: memory copy 1 thread ÷ 2 threads (if below 1.8, so is any streaming batch)", CopyName, Copy2Name, 1.8, AtMost: false),
        new("FundMath 2 partitions ÷ memory copy on 2 threads", ParallelName, Copy2Name, 2, AtMost: true),
    ];

    public IReadOnlyList<Extrapolation> Extrapolations =>
    [
        new("37,095万 insured × 12 monthly payrolls, one core", FundMathName, 370_950_000d * 12, "职工医保参保37095万人, 《2023年全国医疗保障事业发展统计公报》; an upper bound: retirees pay no contributions"),
        new("the same on two cores (2 partitions)", ParallelName, 370_950_000d * 12, "measured 2-partition median"),
        new("37,095万 insured × 12 months with decimal/LINQ", DecimalName, 370_950_000d * 12, "for comparison"),
    ];

    public string Notes =>
        "Input: own previous-year average monthly wages, log-normal around 6,000 元 (fixed seed); band 60%–300% of an illustrative " +
        "reference wage of 5,054 元 (3,032.40 – 15,162.00 元); illustrative rates employer 8.2% + maternity 0.5% = 8.7%, individual 2%; " +
        "each amount rounded to the fen, halves away from zero (四舍五入). Output per person: base, employer (incl. maternity), " +
        "individual (three arrays of fen); totals: Σ bases, Σ employer, Σ maternity, Σ individual, persons at floor and at cap. " +
        "The *memory copy* references move the same bytes without arithmetic: one pass reading each wage once and storing it " +
        "into the three output arrays (the floor for any one-pass batch), the same split over two threads (the floor for the 2-partition form: " +
        "what the shared memory bus allows two cores), and three `Span.CopyTo` calls (runtime memmove). " +
        "*Plain long loop*: the same arithmetic in `long` with `/` by the rate denominators read from data (an `idiv` per " +
        "amount), no overflow checks. *decimal/LINQ*: `Select(Math.Clamp)` and `Select(Math.Round(b × r, 2))` into new arrays, " +
        "`Sum`/`Count`. *numpy int64*: `np.clip`, multiply, add half, `floor_divide` by each denominator, `out=` into " +
        "preallocated arrays (exact for these magnitudes).";

    private const string FundMathName = "FundMath `EmployeeContribution.ForPayroll`";
    private const string ParallelName = "FundMath `ForPayroll`, 2 partitions";
    private const string ScalarApiName = "FundMath scalar API per person";
    private const string DecimalName = "decimal + LINQ";
    private const string CopyName = "memory copy, one pass";
    private const string NumpyName = "numpy int64";
    private const string Copy2Name = "memory copy, one pass, 2 threads";

    public IReadOnlyList<Variant> Variants => variants ??=
    [
        new(FundMathName, "FundMath", "one fused vectorised pass (best path on this CPU)", () => last = EmployeeContribution.ForPayroll(wages, band, rates, Mode, bases, employer, individual), DigestFundMath),
        new(ParallelName, "FundMath, parallel", "partitioned form, degree of parallelism 2", () => last = EmployeeContribution.ForPayroll(wages, band, rates, Mode, bases, employer, individual, 2), DigestFundMath, AllocationScope.Process),
        new("FundMath `ForPayroll`, AVX2 path", "FundMath, forced path", "the same kernel on 4 lanes", () => last = EmployeeContribution.ForPayroll(wages, band, rates, Mode, bases, employer, individual, BatchPath.Vector256), DigestFundMath),
        new("FundMath `ForPayroll`, scalar path", "FundMath, forced path", "the same kernel on 1 lane (CPUs without AVX2)", () => last = EmployeeContribution.ForPayroll(wages, band, rates, Mode, bases, employer, individual, BatchPath.Scalar), DigestFundMath),
        new("FundMath two batches", "FundMath", "`PremiumBase.Compute` then `EmployeeContribution.ForMonth` (two passes)", TwoBatches, DigestFundMath),
        new(ScalarApiName, "FundMath", "`PremiumBase.Compute(Money)` + `EmployeeContribution.ForMonth(Money)` per person", ScalarApi, DigestFundMath),
        new("plain long loop", "baseline", "`long` arithmetic, `/` by data", PlainLoop, DigestPlain),
        new(DecimalName, "baseline", "decimal 元, LINQ", DecimalLinq, DigestDecimal),
        new(CopyName, "reference", "read once, store to 3 arrays (Vector512/256)", CopyOnePass, null),
        new(Copy2Name, "reference", "the same, two halves on two threads (`Parallel.Invoke`)", CopyOnePassTwoThreads, null, AllocationScope.Process),
        new("memory copy, `Span.CopyTo` × 3", "reference", "runtime memmove", CopyMemmove, null),
    ];

    public void Setup(int size)
    {
        var random = new Random(20261201);
        wages = new Money[size];
        wagesYuan = new decimal[size];
        for (int i = 0; i < size; i++)
        {
            // Log-normal around 6,000 元 (σ = 0.6), to the fen, at least 1 元.
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            double z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            long fen = Math.Max(100, (long)(Math.Exp(Math.Log(600_000) + (0.6 * z))));
            wages[i] = Money.FromFen(fen);
            wagesYuan[i] = fen / 100m;
        }

        bases = new Money[size];
        employer = new Money[size];
        individual = new Money[size];
        band = new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300));
        rates = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
    }

    public void WritePeerInputs(string directory)
    {
        File.WriteAllBytes(Path.Combine(directory, "wages.bin"), MemoryMarshal.AsBytes(wages.AsSpan()).ToArray());
        Fraction e = rates.Employer.Value, m = rates.Maternity.Value, p = rates.Individual.Value;
        string json = string.Create(CultureInfo.InvariantCulture,
            $"{{\"floor\": {band.Floor.Fen}, \"cap\": {band.Cap.Fen}, \"employer\": [{e.Numerator}, {e.Denominator}], \"maternity\": [{m.Numerator}, {m.Denominator}], \"individual\": [{p.Numerator}, {p.Denominator}]}}");
        File.WriteAllText(Path.Combine(directory, "params.json"), json);
    }

    private Digest DigestFundMath() => Outputs()
        .Add("sum_bases", last.Bases.WageTotal.Fen)
        .Add("sum_employer", last.Contributions.Employer.Fen)
        .Add("sum_maternity", last.Contributions.Maternity.Fen)
        .Add("sum_individual", last.Contributions.Individual.Fen)
        .Add("at_floor", last.Bases.AtFloor)
        .Add("at_cap", last.Bases.AtCap);

    private Digest Outputs() => new Digest()
        .AddArray("bases", MemoryMarshal.Cast<Money, long>(bases.AsSpan()))
        .AddArray("employer", MemoryMarshal.Cast<Money, long>(employer.AsSpan()))
        .AddArray("individual", MemoryMarshal.Cast<Money, long>(individual.AsSpan()));

    private void TwoBatches()
    {
        PremiumBaseSummary s = PremiumBase.Compute(wages, band, bases);
        ContributionTotals t = EmployeeContribution.ForMonth(bases, rates, Mode, employer, individual);
        last = new PayrollContributions(s, t);
    }

    private void ScalarApi()
    {
        long sb = 0, se = 0, sm = 0, sp = 0;
        int atFloor = 0, atCap = 0;
        for (int i = 0; i < wages.Length; i++)
        {
            PremiumBaseResult r = PremiumBase.Compute(wages[i], band);
            EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(r.Base, rates, Mode);
            bases[i] = r.Base;
            employer[i] = c.Employer;
            individual[i] = c.Individual;
            sb += r.Base.Fen;
            se += c.Employer.Fen;
            sm += c.Maternity.Fen;
            sp += c.Individual.Fen;
            atFloor += r.Bound == Bound.Floor ? 1 : 0;
            atCap += r.Bound == Bound.Cap ? 1 : 0;
        }

        last = new PayrollContributions(
            new PremiumBaseSummary(wages.Length, Money.FromFen(sb), atFloor, atCap),
            new ContributionTotals(wages.Length, Money.FromFen(sb), Money.FromFen(se), Money.FromFen(sm), Money.FromFen(sp)));
    }

    private void PlainLoop()
    {
        long floor = band.Floor.Fen, cap = band.Cap.Fen;
        Fraction fe = rates.Employer.Value, fm = rates.Maternity.Value, fp = rates.Individual.Value;
        long en = fe.Numerator, ed = fe.Denominator, mn = fm.Numerator, md = fm.Denominator, pn = fp.Numerator, pd = fp.Denominator;
        long sb = 0, se = 0, sm = 0, sp = 0, atFloor = 0, atCap = 0;
        Span<Money> b = bases, e = employer, p = individual;
        for (int i = 0; i < wages.Length; i++)
        {
            long w = wages[i].Fen;
            long x = w;
            if (w < floor)
            {
                x = floor;
                atFloor++;
            }
            else if (w > cap)
            {
                x = cap;
                atCap++;
            }

            // Halves away from zero for a non-negative product: ⌊(x·n + ⌊d/2⌋) / d⌋.
            long ee = ((x * en) + (ed / 2)) / ed;
            long mm = ((x * mn) + (md / 2)) / md;
            long pp = ((x * pn) + (pd / 2)) / pd;
            b[i] = Money.FromFen(x);
            e[i] = Money.FromFen(ee);
            p[i] = Money.FromFen(pp);
            sb += x;
            se += ee;
            sm += mm;
            sp += pp;
        }

        plainTotals[0] = sb;
        plainTotals[1] = se;
        plainTotals[2] = sm;
        plainTotals[3] = sp;
        plainTotals[4] = atFloor;
        plainTotals[5] = atCap;
    }

    private Digest DigestPlain() => Outputs()
        .Add("sum_bases", plainTotals[0])
        .Add("sum_employer", plainTotals[1])
        .Add("sum_maternity", plainTotals[2])
        .Add("sum_individual", plainTotals[3])
        .Add("at_floor", plainTotals[4])
        .Add("at_cap", plainTotals[5]);

    private void DecimalLinq()
    {
        decimal floor = band.Floor.Yuan, cap = band.Cap.Yuan;
        decimal er = ToDecimal(rates.Employer), mr = ToDecimal(rates.Maternity), pr = ToDecimal(rates.Individual);
        decimalBases = wagesYuan.Select(w => Math.Clamp(w, floor, cap)).ToArray();
        decimalEmployer = decimalBases.Select(b => Math.Round(b * er, 2, MidpointRounding.AwayFromZero)).ToArray();
        decimal[] maternity = decimalBases.Select(b => Math.Round(b * mr, 2, MidpointRounding.AwayFromZero)).ToArray();
        decimalIndividual = decimalBases.Select(b => Math.Round(b * pr, 2, MidpointRounding.AwayFromZero)).ToArray();
        decimalTotals = [decimalBases.Sum(), decimalEmployer.Sum(), maternity.Sum(), decimalIndividual.Sum()];
        decimalCounts = [wagesYuan.Count(w => w < floor), wagesYuan.Count(w => w > cap)];
    }

    private static decimal ToDecimal(Rate r) => (decimal)r.Value.Numerator / r.Value.Denominator;

    private Digest DigestDecimal()
    {
        static long[] Fen(decimal[] yuan) => Array.ConvertAll(yuan, y => (long)(y * 100));
        return new Digest()
            .AddArray("bases", Fen(decimalBases))
            .AddArray("employer", Fen(decimalEmployer))
            .AddArray("individual", Fen(decimalIndividual))
            .Add("sum_bases", (long)(decimalTotals[0] * 100))
            .Add("sum_employer", (long)(decimalTotals[1] * 100))
            .Add("sum_maternity", (long)(decimalTotals[2] * 100))
            .Add("sum_individual", (long)(decimalTotals[3] * 100))
            .Add("at_floor", decimalCounts[0])
            .Add("at_cap", decimalCounts[1]);
    }

    private void CopyOnePass() => CopyRange(0, wages.Length);

    // The same one-pass copy split in two halves, one on the calling thread and one on a pool thread: what two cores
    // sharing one memory bus can move, the ceiling of any 2-partition batch that streams the same bytes.
    private void CopyOnePassTwoThreads()
    {
        int half = wages.Length / 2 / 8 * 8;
        Parallel.Invoke(() => CopyRange(0, half), () => CopyRange(half, wages.Length));
    }

    private void CopyRange(int start, int end)
    {
        ReadOnlySpan<long> src = MemoryMarshal.Cast<Money, long>(wages.AsSpan(start, end - start));
        Span<long> a = MemoryMarshal.Cast<Money, long>(bases.AsSpan(start, end - start));
        Span<long> b = MemoryMarshal.Cast<Money, long>(employer.AsSpan(start, end - start));
        Span<long> c = MemoryMarshal.Cast<Money, long>(individual.AsSpan(start, end - start));
        ref long s0 = ref MemoryMarshal.GetReference(src);
        ref long a0 = ref MemoryMarshal.GetReference(a);
        ref long b0 = ref MemoryMarshal.GetReference(b);
        ref long c0 = ref MemoryMarshal.GetReference(c);
        nuint i = 0, n = (nuint)src.Length;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + 8 <= n; i += 8)
            {
                Vector512<long> v = Vector512.LoadUnsafe(ref s0, i);
                v.StoreUnsafe(ref a0, i);
                v.StoreUnsafe(ref b0, i);
                v.StoreUnsafe(ref c0, i);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 4 <= n; i += 4)
            {
                Vector256<long> v = Vector256.LoadUnsafe(ref s0, i);
                v.StoreUnsafe(ref a0, i);
                v.StoreUnsafe(ref b0, i);
                v.StoreUnsafe(ref c0, i);
            }
        }

        for (; i < n; i++)
        {
            a[(int)i] = b[(int)i] = c[(int)i] = src[(int)i];
        }
    }

    private void CopyMemmove()
    {
        wages.AsSpan().CopyTo(bases);
        wages.AsSpan().CopyTo(employer);
        wages.AsSpan().CopyTo(individual);
    }
}
