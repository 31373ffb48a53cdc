using System;
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

    /// <summary>The source name of the national 2023 statistics sample ("national-2023.yaml").</summary>
    public const string National2023SourceName = "national-2023.yaml";

    /// <summary>The source name of the illustrative quarterly sample ("example-quarter-2024q1.yaml").</summary>
    public const string ExampleQuarterSourceName = "example-quarter-2024q1.yaml";

    private static ReportDocument? zhuzhou2021;
    private static ReportDocument? national2023;
    private static ReportDocument? exampleQuarter;

    /// <summary>The names <see cref="TryGet"/> knows: zhuzhou-2021, national-2023, example-quarter-2024q1.</summary>
    public static string[] Names => ["zhuzhou-2021", "national-2023", "example-quarter-2024q1"];

    /// <summary>
    /// 2023年全国医疗保障事业发展统计公报 as reported on publication: fund income and expenditure, insured persons,
    /// growth rates and the resident fund's months payable (可支付月数8.5个月), as printed.
    /// </summary>
    public static ReportDocument National2023 =>
        LazyInitializer.EnsureInitialized(ref national2023, static () => PublishedReportFiles.ReadYaml(ReadText(National2023SourceName), National2023SourceName));

    /// <summary>
    /// An illustrative quarterly report with made-up figures (示例市, not a real city): period 2024Q1, growth against the
    /// previous year's quarter, a region table with nested payables headers and "-" cells, claims; one figure is wrong on purpose.
    /// </summary>
    public static ReportDocument ExampleQuarter2024Q1 =>
        LazyInitializer.EnsureInitialized(ref exampleQuarter, static () => PublishedReportFiles.ReadYaml(ReadText(ExampleQuarterSourceName), ExampleQuarterSourceName));

    /// <summary>A sample by name (see <see cref="Names"/>), or false.</summary>
    public static bool TryGet(string name, out ReportDocument? report)
    {
        report = name switch
        {
            "zhuzhou-2021" => Zhuzhou2021,
            "national-2023" => National2023,
            "example-quarter-2024q1" => ExampleQuarter2024Q1,
            _ => null,
        };
        return report is not null;
    }

    /// <summary>The YAML text of a sample by name (see <see cref="Names"/>), or null.</summary>
    public static string? YamlOf(string name) => Array.IndexOf(Names, name) >= 0 ? ReadText(name + ".yaml") : null;

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
