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

    /// <summary>decimal difference of two ratios.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Subtract_decimal() => (decimalBalance / 3m) - (decimalMonthly / 12m);

    /// <summary>7/12 − 1/3 = 1/4, exact (kept as 9/36 until shown).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Subtract_Fraction() => sevenTwelfths - third;

    /// <summary>decimal product of two quotients.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Multiply_decimal() => (decimalBalance / decimalMonthly) * (7m / 12m);

    /// <summary>2023/129 × 7/12 = 14161/1548, exact.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Multiply_Fraction() => months * sevenTwelfths;

    /// <summary>decimal quotient of two quotients.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Divide_decimal() => (decimalBalance / decimalMonthly) / (7m / 12m);

    /// <summary>2023/129 ÷ 7/12 = 24276/903, exact.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Fraction Divide_Fraction() => months / sevenTwelfths;

    /// <summary>decimal judgement "months of cover above seven twelfths".</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public bool Compare_decimal() => decimalBalance / decimalMonthly > 7m / 12m;

    /// <summary>Comparison by cross-multiplication (no reduction).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public bool Compare_Fraction() => months > sevenTwelfths;

    /// <summary>An amount times 7/12 in decimal, rounded to the fen.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal MoneyTimes_decimal() => decimal.Round(decimalBalance * 7m / 12m, 2, System.MidpointRounding.AwayFromZero);

    /// <summary>An amount times 7/12, exact until its one rounding to the fen.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money MoneyTimes_Fraction() => balance.Multiply(sevenTwelfths, System.MidpointRounding.AwayFromZero);

    /// <summary>A short chain in decimal: (balance/monthly × 7/12 + 1/3) ≥ 1.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public bool Chain_decimal() => ((decimalBalance / decimalMonthly * (7m / 12m)) + (1m / 3m)) >= 1m;

    /// <summary>The same chain exact: one product, one sum, one cross-multiplied comparison — no GCD until shown.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public bool Chain_Fraction() => (months * sevenTwelfths) + third >= Fraction.One;
}
