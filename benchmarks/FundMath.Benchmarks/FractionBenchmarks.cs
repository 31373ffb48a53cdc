using BenchmarkDotNet.Attributes;

namespace FundMath.Benchmarks;

/// <summary>Exact fractions (months of cover, shares) against the same quotients in <see cref="decimal"/>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Fraction")]
public class FractionBenchmarks
{
    // 株洲市 2021: 职工医保统筹基金 (23.89 − 3.66)亿 over 1.29亿 a month; a third and seven twelfths.
    private decimal decimalBalance = 2_023_000_000m;
    private decimal decimalMonthly = 129_000_000m;
    private Money balance = Money.FromYuan(2_023_000_000m);
    private Money monthly = Money.FromYuan(129_000_000m);
    private Fraction third = Fraction.Create(1, 3);
    private Fraction sevenTwelfths = Fraction.Create(7, 12);
    private Fraction months = Fraction.Create(2023, 129);

    /// <summary>decimal quotient (rounded to 28 digits, not exact): the baseline.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Quotient_decimal() => decimalBalance / decimalMonthly;

    /// <summary>The exact quotient of two amounts in lowest terms (2023/129).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Quotient_Money() => balance.DivideBy(monthly);

    /// <summary>decimal sum of two ratios.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Add_decimal() => (decimalBalance / 3m) + (decimalMonthly / 12m);

    /// <summary>1/3 + 7/12 = 11/12, exact.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Add_Fraction() => third + sevenTwelfths;

    /// <summary>2023/129 × 7/12 = 14161/1548, exact.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Multiply_Fraction() => months * sevenTwelfths;

    /// <summary>Comparison by cross-multiplication (no reduction).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public bool Compare_Fraction() => months > sevenTwelfths;
}
