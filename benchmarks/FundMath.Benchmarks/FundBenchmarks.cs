using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FundMath.Funds;

namespace FundMath.Benchmarks;

/// <summary>
/// Build, merge and consolidate 10,000 region statements (基金收支表汇总): FundMath's inline value statements
/// against a naive baseline of decimal dictionaries summed with LINQ.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FundBenchmarks
{
    private const int Regions = 10_000;
    private static readonly ReportingPeriod Year = ReportingPeriod.OfYear(2021);

    private IncomeItem[] incomeItems = [];
    private ExpenditureItem[] expenditureItems = [];
    private FundStatement[] statements = [];
    private Money[] openings = [];
    private NaiveStatement[] naive = [];
    private string[] lineNames = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(2021);
        incomeItems = new IncomeItem[Regions * 4];
        expenditureItems = new ExpenditureItem[Regions * 6];
        openings = new Money[Regions];
        statements = new FundStatement[Regions];
        naive = new NaiveStatement[Regions];
        lineNames = ["premiums", "fiscal-subsidy", "interest", "transfers-in", "risk-reserve-provision", "other",
            "inpatient", "outpatient", "chronic-special-outpatient", "maternity", "personal-account", "other-benefits", "vaccine", "transfers-out", "other-exp"];
        for (int r = 0; r < Regions; r++)
        {
            openings[r] = Money.FromFen(rng.NextInt64(0, 100_000_000_000));
            var n = new NaiveStatement { Opening = openings[r].Yuan };
            for (int i = 0; i < 4; i++)
            {
                var item = new IncomeItem(IncomeLine.FromIndex(rng.Next(IncomeLine.Count)), Money.FromFen(rng.NextInt64(0, 10_000_000_000)));
                incomeItems[(r * 4) + i] = item;
                n.Add(lineNames[item.Line.Index], item.Amount.Yuan);
            }

            for (int i = 0; i < 6; i++)
            {
                var item = new ExpenditureItem(ExpenditureLine.FromIndex(rng.Next(ExpenditureLine.Count)), Money.FromFen(rng.NextInt64(0, 10_000_000_000)));
                expenditureItems[(r * 6) + i] = item;
                n.Add(lineNames[IncomeLine.Count + item.Line.Index], -item.Amount.Yuan);
            }

            naive[r] = n;
            statements[r] = Build(r);
        }
    }

    private FundStatement Build(int r) => FundStatement.FromItems(
        FundKind.ResidentBasic, "R", Year, openings[r], incomeItems.AsSpan(r * 4, 4), expenditureItems.AsSpan(r * 6, 6));

    /// <summary>Build 10,000 statements from line items (4 income and 6 expenditure items each).</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc", "Build")]
    public Money BuildStatements()
    {
        Money sink = Money.Zero;
        for (int r = 0; r < Regions; r++)
        {
            sink += Build(r).Closing;
        }

        return sink;
    }

    /// <summary>Baseline: build 10,000 decimal dictionaries from the same items.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public decimal BuildStatementsNaive()
    {
        decimal sink = 0;
        for (int r = 0; r < Regions; r++)
        {
            var n = new NaiveStatement { Opening = openings[r].Yuan };
            for (int i = 0; i < 4; i++)
            {
                IncomeItem item = incomeItems[(r * 4) + i];
                n.Add(lineNames[item.Line.Index], item.Amount.Yuan);
            }

            for (int i = 0; i < 6; i++)
            {
                ExpenditureItem item = expenditureItems[(r * 6) + i];
                n.Add(lineNames[IncomeLine.Count + item.Line.Index], -item.Amount.Yuan);
            }

            sink += n.Closing;
        }

        return sink;
    }

    /// <summary>Consolidate 10,000 statements (a region table's total row) and read its surplus ratio.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc", "Consolidate")]
    public Rate Consolidate()
    {
        FundStatement total = FundStatement.Consolidate(statements);
        return total.SurplusRatio.TryGetRate(out Rate r) ? r : Rate.Zero;
    }

    /// <summary>Baseline: LINQ sums of decimal dictionaries, line by line.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Consolidate")]
    public decimal ConsolidateNaive()
    {
        var total = new Dictionary<string, decimal>();
        foreach (string line in lineNames)
        {
            total[line] = naive.Sum(n => n.Lines.TryGetValue(line, out decimal v) ? v : 0m);
        }

        decimal income = total.Where(kv => Array.IndexOf(lineNames, kv.Key) < IncomeLine.Count).Sum(kv => kv.Value);
        decimal surplus = total.Values.Sum();
        return income == 0 ? 0 : surplus / income;
    }

    /// <summary>Merge in a tree (pairwise halves), as a parallel engine would: same result as the sequential fold.</summary>
    [Benchmark]
    [BenchmarkCategory("ZeroAlloc", "Merge")]
    public Money TreeMerge() => TreeMerge(statements.AsSpan()).Closing;

    /// <summary>Baseline: pairwise merge of decimal dictionaries.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Merge")]
    public decimal TreeMergeNaive() => TreeMergeNaive(naive, 0, naive.Length).Closing;

    private static FundStatement TreeMerge(ReadOnlySpan<FundStatement> s) =>
        s.Length == 1 ? s[0] : TreeMerge(s[..(s.Length / 2)]) + TreeMerge(s[(s.Length / 2)..]);

    private static NaiveStatement TreeMergeNaive(NaiveStatement[] s, int from, int to)
    {
        if (to - from == 1)
        {
            return s[from];
        }

        int mid = from + ((to - from) / 2);
        NaiveStatement a = TreeMergeNaive(s, from, mid);
        NaiveStatement b = TreeMergeNaive(s, mid, to);
        var m = new NaiveStatement { Opening = a.Opening + b.Opening };
        foreach (var kv in a.Lines.Concat(b.Lines))
        {
            m.Add(kv.Key, kv.Value);
        }

        return m;
    }

    private sealed class NaiveStatement
    {
        public decimal Opening { get; set; }

        public Dictionary<string, decimal> Lines { get; } = [];

        public decimal Closing => Opening + Lines.Values.Sum();

        public void Add(string line, decimal amount) => Lines[line] = Lines.TryGetValue(line, out decimal v) ? v + amount : amount;
    }
}
