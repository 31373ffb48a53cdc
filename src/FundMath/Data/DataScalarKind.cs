namespace FundMath.Data;

/// <summary>What the source said about a scalar's type — 标量类型. Conversions use the raw text, never binary floating point.</summary>
public enum DataScalarKind
{
    /// <summary>A quoted string (JSON string, quoted or block YAML scalar).</summary>
    String,

    /// <summary>A JSON number; its raw text is kept exactly ("8.70" stays "8.70").</summary>
    Number,

    /// <summary>A JSON true/false or a plain YAML true/false.</summary>
    Boolean,

    /// <summary>A JSON null, or a plain YAML null, ~ or empty value.</summary>
    Null,

    /// <summary>A plain (unquoted) YAML scalar whose type is decided by the accessor that reads it.</summary>
    Plain,
}
