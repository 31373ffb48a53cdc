using System;
using FundMath.Reconciliation;

namespace FundMath.Yaml;

/// <summary>
/// Loads a published report's figures from a JSON or YAML file (chosen by extension) — 报表文件加载.
/// The format is described in docs/report-format.md.
/// </summary>
public static class PublishedReportFiles
{
    /// <summary>Loads a report document from a .json, .yaml or .yml file.</summary>
    /// <exception cref="FundMath.Data.DataFormatException">Malformed file or an invalid figure; the message gives line and column.</exception>
    public static ReportDocument Load(string path) => PublishedReportReader.Read(DataFiles.Load(path));

    /// <summary>Reads a report document from YAML text.</summary>
    /// <exception cref="FundMath.Data.DataFormatException">Malformed YAML or an invalid figure; the message gives line and column.</exception>
    public static ReportDocument ReadYaml(string yaml, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return PublishedReportReader.Read(YamlDataReader.Read(yaml, sourceName));
    }
}
