namespace FundMath.Data;

/// <summary>The three shapes of a data node — 节点类型.</summary>
public enum DataNodeKind
{
    /// <summary>Ordered key → node pairs with unique keys (a JSON object, a YAML mapping).</summary>
    Mapping,

    /// <summary>An ordered list of nodes (a JSON array, a YAML sequence).</summary>
    Sequence,

    /// <summary>A single value kept as its raw text (a JSON string/number/true/false/null, a YAML scalar).</summary>
    Scalar,
}
