using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace FundMath.Benchmarks;

/// <summary>
/// Splitting a total by weights: FundMath's allocation-free largest remainder against a naive decimal split
/// (remainder to the last part, the usual spreadsheet approach) and a LINQ largest-remainder implementation.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Apportionment")]
public class ApportionmentBenchmarks
{
    private long[] weights = [];
    private Money[] parts = [];
    private Rate[] rates = [];
    private Money total = Money.FromFen(84_554_764_003);

    /// <summary>Number of parts (counties, cohorts, providers).</summary>
    [Params(4, 64, 1024)]
    public int Parts { get; set; }

    /// <summary>Deterministic pseudo-random weights (headcounts of 1–3,000,000).</summary>
    [GlobalSetup]
    public void Setup()
    {
        weights = new long[Parts];
        rates = new Rate[Parts];
        long seed = 42;
        long sum = 0;
        for (int i = 0; i < Parts; i++)
        {
            seed = (seed * 6364136223846793005L) + 1442695040888963407L;
            weights[i] = 1 + (long)((ulong)seed % 3_000_000UL);
            sum += weights[i];
        }

        for (int i = 0; i < Parts; i++)
        {
            rates[i] = Rate.FromRatio(weights[i], sum);
        }

        parts = new Money[Parts];
    }

    /// <summary>Naive decimal: round each share to the fen, give the rounding difference to the last part.</summary>
    [Benchmark(Baseline = true)]
    public decimal[] Naive_decimal_remainder_to_last()
    {
        decimal t = total.Yuan;
        decimal sum = 0;
        foreach (long w in weights)
        {
            sum += w;
        }

        decimal[] result = new decimal[weights.Length];
        decimal assigned = 0;
        for (int i = 0; i < weights.Length - 1; i++)
        {
            result[i] = Math.Round(t * weights[i] / sum, 2, MidpointRounding.AwayFromZero);
            assigned += result[i];
        }

        result[^1] = t - assigned;
        return result;
    }

    /// <summary>Largest remainder written with LINQ (sorts the remainders).</summary>
    [Benchmark]
    public long[] Linq_largest_remainder()
    {
        long t = total.Fen;
        long sum = weights.Sum();
        var shares = weights.Select((w, i) => (Index: i, Floor: (long)((Int128)t * w / sum), Remainder: (long)((Int128)t * w % sum))).ToArray();
        long leftover = t - shares.Sum(s => s.Floor);
        var winners = shares.OrderByDescending(s => s.Remainder).ThenBy(s => s.Index).Take((int)leftover).Select(s => s.Index).ToHashSet();
        return shares.Select(s => s.Floor + (winners.Contains(s.Index) ? 1 : 0)).ToArray();
    }

    /// <summary>FundMath: largest remainder into a caller-supplied span, no allocation.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money FundMath_Split()
    {
        Apportionment.Split(total, weights, parts);
        return parts[^1];
    }

    /// <summary>FundMath: split by exact rates (common denominator, then largest remainder).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money FundMath_Split_by_rates()
    {
        Apportionment.Split(total, rates, parts);
        return parts[^1];
    }
}
