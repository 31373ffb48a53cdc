using System;

namespace FundMath.Data;

/// <summary>
/// Where a value was read: the source name (usually a file path), a 1-based line and a 1-based column — 位置.
/// Printed as <c>params.yaml:12:5</c>.
/// </summary>
/// <param name="Source">The source name, e.g. a file path or "&lt;string&gt;".</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column (in characters), or 0 when unknown.</param>
public readonly record struct SourceLocation(string Source, int Line, int Column)
{
    /// <summary>The source name, e.g. a file path or "&lt;string&gt;" (null only in <c>default(SourceLocation)</c>).</summary>
    public string Source { get; init => field = value ?? throw new ArgumentNullException(nameof(Source)); } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>A location that names only a source (line and column unknown).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static SourceLocation OfSource(string source) => new(source ?? throw new ArgumentNullException(nameof(source)), 0, 0);

    /// <summary>True when the line and column are known.</summary>
    public bool HasPosition => Line > 0;

    /// <summary>"source:line:column", or just "source" when the position is unknown.</summary>
    public override string ToString() =>
        HasPosition ? $"{Source}:{Line}:{Column}" : (Source ?? string.Empty);
}
