using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace FundMath.Benchmarks;

/// <summary>Money arithmetic against the same work in <see cref="decimal"/>.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Money")]
public class MoneyArithmeticBenchmarks
{
    // Inputs in fields so the JIT cannot fold them: zhuzhou 2021, 280元 × 3,019,813 persons; rate 8.7%.
    private decimal decimalA = 845_547_640.00m;
    private decimal decimalB = 236.54m;
    private decimal decimalRate = 0.087m;
    private Money moneyA = Money.FromFen(84_554_764_000);
    private Money moneyB = Money.FromFen(23_654);
    private Rate rate = Rate.FromPercent(8.7m);
    private Rate oneThird = Rate.FromRatio(1, 3);
    private long visits = 1_614_507;

    /// <summary>decimal addition (baseline).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Add_decimal() => decimalA + decimalB;

    /// <summary>Money addition: one checked 64-bit add.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money Add_Money() => moneyA + moneyB;

    /// <summary>decimal × rate rounded to the fen with 四舍五入.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal MultiplyRate_decimal() => Math.Round(decimalA * decimalRate, 2, MidpointRounding.AwayFromZero);

    /// <summary>Money × Rate, exact until one rounding to the fen.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money MultiplyRate_Money() => moneyA.Multiply(rate, MidpointRounding.AwayFromZero);

    /// <summary>Money × one third (a non-terminating rate decimal cannot hold exactly).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money MultiplyOneThird_Money() => moneyA.Multiply(oneThird, MidpointRounding.AwayFromZero);

    /// <summary>decimal per-visit amount rounded to the fen.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Divide_decimal() => Math.Round(decimalA / visits, 2, MidpointRounding.AwayFromZero);

    /// <summary>Money per visit: exact 128-bit division with one rounding.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money Divide_Money() => moneyA.Divide(visits, MidpointRounding.AwayFromZero);
}

/// <summary>Formatting "84,554.76万元"-style text: into a span versus allocating strings.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Money")]
public class MoneyFormatBenchmarks
{
    private readonly char[] buffer = new char[64];
    private readonly byte[] utf8 = new byte[64];
    private decimal wan = 84_554.7640m;
    private Money money = Money.FromFen(84_554_764_000);

    /// <summary>decimal.ToString("N2") plus the unit (allocates; the baseline a naive report writer uses).</summary>
    [Benchmark(Baseline = true)]
    public string ToString_decimal() => wan.ToString("N2", CultureInfo.InvariantCulture) + "万元";

    /// <summary>decimal.TryFormat into a span (no unit).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public int TryFormat_decimal_span()
    {
        wan.TryFormat(buffer, out int written, "N2", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Money.TryFormat "N2万元" into a char span.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public int TryFormat_Money_span()
    {
        money.TryFormat(buffer, out int written, "N2万元", null);
        return written;
    }

    /// <summary>Money.TryFormat "N2万元" into a UTF-8 span.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public int TryFormat_Money_utf8()
    {
        money.TryFormat(utf8, out int written, "N2万元", null);
        return written;
    }

    /// <summary>Money.ToString("N2万元") (allocates the result string only).</summary>
    [Benchmark]
    public string ToString_Money() => money.ToString("N2万元", null);
}

/// <summary>Parsing report amounts from spans.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Money")]
public class MoneyParseBenchmarks
{
    private string grouped = "84,554.76";
    private string withUnit = "84,554.76万元";

    /// <summary>decimal.Parse with thousands separators (no unit).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ZeroAlloc")]
    public decimal Parse_decimal() => decimal.Parse(grouped.AsSpan(), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Money.Parse of the same number (元).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money Parse_Money() => Money.Parse(grouped.AsSpan());

    /// <summary>Money.Parse with the 万元 unit, exact.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money Parse_Money_wan() => Money.Parse(withUnit.AsSpan());
}
