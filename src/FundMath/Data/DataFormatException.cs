using System;

namespace FundMath.Data;

/// <summary>
/// A data document (JSON, YAML, a parameter file, a case file) is malformed or does not hold what was expected —
/// 数据格式错误. The message starts with <c>source:line:column:</c> and names the member path, e.g.
/// "params.yaml:12:5: resident.subsidy: expected a Money but found 'abc'".
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception for a location, an optional member path and a reason.</summary>
    public DataFormatException(SourceLocation location, string? path, string reason, Exception? innerException = null)
        : base(Compose(location, path, reason ?? throw new ArgumentNullException(nameof(reason))), innerException)
    {
        Location = location;
        MemberPath = string.IsNullOrEmpty(path) ? null : path;
        Reason = reason;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The source name (file path) — the same as <c>Location.Source</c>.</summary>
    public string SourceName => Location.Source;

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line => Location.Line;

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column => Location.Column;

    /// <summary>The dotted member path such as "resident.subsidy" or "cases[2].inputs", when known.</summary>
    public string? MemberPath { get; }

    /// <summary>The reason without the location prefix.</summary>
    public string Reason { get; }

    private static string Compose(SourceLocation location, string? path, string reason) =>
        string.IsNullOrEmpty(path) ? $"{location}: {reason}" : $"{location}: {path}: {reason}";
}
