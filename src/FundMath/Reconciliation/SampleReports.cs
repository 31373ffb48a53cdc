using System.IO;
using System.Reflection;

namespace FundMath.Reconciliation;

/// <summary>
/// Built-in sample reports, transcribed figure by figure from published documents — 示例报表.
/// </summary>
public static class SampleReports
{
    private static ReportDocument? zhuzhou2021;

    /// <summary>
    /// 株洲市2021年年度医疗保险基金财务报表及运行分析报告: every figure the report prints that takes part in a
    /// relation (statements, budget tables, region table, months of cover, cohorts, year-on-year, deficit scan,
    /// repeated mentions, other funds), as printed. It contains real inconsistencies (see docs/reconciliation.md).
    /// </summary>
    public static ReportDocument Zhuzhou2021 => zhuzhou2021 ??= Load("zhuzhou-2021.json");

    /// <summary>The JSON text of the Zhuzhou 2021 sample (the format of docs/report-format.md).</summary>
    public static string Zhuzhou2021Json => ReadText("zhuzhou-2021.json");

    private static ReportDocument Load(string name) => PublishedReportReader.ReadJson(ReadText(name), $"embedded:{name}");

    private static string ReadText(string name)
    {
        using Stream stream = typeof(SampleReports).Assembly.GetManifestResourceStream($"FundMath.Reconciliation.Samples.{name}")
            ?? throw new FileNotFoundException($"The embedded sample report '{name}' is missing from the FundMath assembly.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
