using BenchmarkDotNet.Attributes;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Yaml;

namespace FundMath.Benchmarks;

/// <summary>Checking a whole published report: the Zhuzhou 2021 sample, and a generated report with a large region table.</summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private ReportDocument sample = null!;
    private ReportDocument large = null!;

    /// <summary>Regions in the generated report's region table.</summary>
    [Params(1000)]
    public int Regions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        sample = SampleReports.Zhuzhou2021;
        // A region table of Regions rows (balance and actual balance in 万元 to 0.01) with its printed total row,
        // plus the Zhuzhou sample's other sections. (FundMath.Testing's GeneratedReport builds the same shape.)
        var rows = new RegionRow[Regions];
        decimal balanceSum = 0m, actualSum = 0m;
        for (int i = 0; i < Regions; i++)
        {
            decimal balance = 1000m + (i * 37.17m % 90000m);
            decimal actual = decimal.Round(balance * 0.8m, 2);
            balanceSum += balance;
            actualSum += actual;
            rows[i] = new RegionRow($"地区{i}", [Wan(balance, i, "期末累计结余"), Wan(actual, i, "实际结余")]);
        }

        var table = new RegionTable("分布情况表", [new RegionColumn("期末累计结余", true), new RegionColumn("实际结余", true)], rows)
        {
            Total = new RegionRow("合计", [Wan(balanceSum, -1, "期末累计结余"), Wan(actualSum, -1, "实际结余")]),
        };
        large = sample with { Regions = [table] };
    }

    private static PrintedFigure Wan(decimal value, int row, string column) =>
        new(decimal.Round(value, 2) + 0.00m, FigureUnit.Wan, new FigureLocation("bench", "分布情况表", row.ToString(System.Globalization.CultureInfo.InvariantCulture), column), 0.01m);

    [Benchmark(Baseline = true)]
    public int CheckZhuzhou2021() => ReportChecker.Check(sample).Findings.Count;

    [Benchmark]
    public int CheckGeneratedReport() => ReportChecker.Check(large).ChecksRun;

    /// <summary>Parses the sample's YAML text (FundMath.Yaml) and checks it.</summary>
    [Benchmark]
    public int LoadAndCheckZhuzhou2021() => ReportChecker.Check(PublishedReportFiles.ReadYaml(SampleReports.Zhuzhou2021Yaml, "sample")).Findings.Count;
}
