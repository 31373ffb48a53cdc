using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Benchmarks;

/// <summary>
/// Looking up a dated policy parameter: the typed key over the layered set (binary search over entries) against
/// a naive linear scan of a (date, decimal) list, and parsing the embedded national defaults.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Policies")]
public class PolicyBenchmarks
{
    private ParameterSet set = ParameterSet.Empty;
    private LocalDate date = new(2021, 6, 30);
    private List<(LocalDate From, decimal Value)> naive = [];

    /// <summary>Loads the national defaults and a naive table of the same values.</summary>
    [GlobalSetup]
    public void Setup()
    {
        set = ParameterSet.National;
        naive = [];
        foreach (ParameterEntry e in set.Get("resident.individual_contribution").Entries)
        {
            naive.Add((e.EffectiveFrom, e.Value.AsMoney().Yuan));
        }
    }

    /// <summary>Naive: scan a list for the last row on or before the date.</summary>
    [Benchmark(Baseline = true)]
    public decimal NaiveScan()
    {
        decimal value = 0;
        foreach ((LocalDate from, decimal v) in naive)
        {
            if (from <= date)
            {
                value = v;
            }
        }

        return value;
    }

    /// <summary>FundMath: typed key lookup (dictionary + binary search), exact Money.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc")]
    public Money TypedKey() => NationalParameters.Resident.IndividualContribution.At(set, date);

    /// <summary>Parsing the embedded national defaults (what the lazy first access costs once warm).</summary>
    [Benchmark]
    public int ParseNationalDefaults() => ParameterSet.LoadNationalFresh().Count;
}
