using System.IO;
using System.Threading;
using FundMath.Reconciliation;
using FundMath.Yaml;

namespace FundMath.Samples;

/// <summary>
/// Built-in sample reports, transcribed figure by figure from published documents — 示例报表. Each sample is one
/// YAML file embedded in this assembly (the format of docs/report-format.md); the text and the parsed document
/// come from that one copy.
/// </summary>
public static class SampleReports
{
    /// <summary>The source name of the Zhuzhou 2021 sample in figure locations ("zhuzhou-2021.yaml:120:9").</summary>
    public const string Zhuzhou2021SourceName = "zhuzhou-2021.yaml";

    private static ReportDocument? zhuzhou2021;

    /// <summary>
    /// 株洲市2021年年度医疗保险基金财务报表及运行分析报告: every figure the report prints that takes part in a
    /// relation (statements, budget tables, region table, months of cover, cohorts, year-on-year, deficit scan,
    /// repeated mentions, other funds), as printed. It contains real inconsistencies (see docs/reconciliation.md).
    /// </summary>
    public static ReportDocument Zhuzhou2021 =>
        LazyInitializer.EnsureInitialized(ref zhuzhou2021, static () => PublishedReportFiles.ReadYaml(Zhuzhou2021Yaml, Zhuzhou2021SourceName));

    /// <summary>The YAML text of the Zhuzhou 2021 sample (the format of docs/report-format.md).</summary>
    public static string Zhuzhou2021Yaml => ReadText(Zhuzhou2021SourceName);

    private static string ReadText(string name)
    {
        using Stream stream = typeof(SampleReports).Assembly.GetManifestResourceStream($"FundMath.Samples.Reports.{name}")
            ?? throw new InvalidDataException($"The embedded sample report '{name}' is missing from the FundMath.Samples assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
