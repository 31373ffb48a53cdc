using System;

namespace FundMath.Data;

/// <summary>One member of a mapping: the key, where the key was written, and the value node — 键值对.</summary>
/// <param name="Key">The key text.</param>
/// <param name="KeyLocation">Where the key is.</param>
/// <param name="Value">The value node.</param>
/// <remarks><c>default(DataMember)</c> is an empty member: null key and value, unknown location (SourceLocation's default).</remarks>
public readonly record struct DataMember(string Key, SourceLocation KeyLocation, DataNode Value)
{
    /// <summary>The key text (null only in <c>default(DataMember)</c>).</summary>
    public string Key { get; init => field = value ?? throw new ArgumentNullException(nameof(Key)); } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>The value node (null only in <c>default(DataMember)</c>).</summary>
    public DataNode Value { get; init => field = value ?? throw new ArgumentNullException(nameof(Value)); } = Value ?? throw new ArgumentNullException(nameof(Value));
}
