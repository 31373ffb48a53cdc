namespace FundMath.Yaml;

/// <summary>The syntax of a data file — 文件格式.</summary>
public enum DataFileFormat
{
    /// <summary>JSON (.json).</summary>
    Json,

    /// <summary>YAML (.yaml, .yml).</summary>
    Yaml,
}
