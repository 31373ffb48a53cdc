using System;
using System.Collections.Generic;
using FundMath.Cli.Input;
using FundMath.Data;

namespace FundMath.Cli.Drg;

/// <summary>Where one input record is: a node of the YAML/JSON document, or a row of a CSV file.</summary>
internal sealed class DrgRecordSource
{
    private readonly DataNode? node;
    private readonly string? file;
    private readonly int line;
    private readonly IReadOnlyDictionary<string, int>? columns;

    private DrgRecordSource(DataNode? node, string? file, int line, IReadOnlyDictionary<string, int>? columns)
    {
        this.node = node;
        this.file = file;
        this.line = line;
        this.columns = columns;
    }

    public static DrgRecordSource Of(DataNode node) => new(node, null, 0, null);

    public static DrgRecordSource Of(string file, int line, IReadOnlyDictionary<string, int> columns) => new(null, file, line, columns);

    /// <summary>An error at the record's field (or at the record when the field is not written there).</summary>
    public Exception Error(string field, string message, Exception inner)
    {
        if (node is not null)
        {
            DataNode at = node.IsMapping && node.Optional(field) is { } value ? value : node;
            return at.Error(message, inner);
        }

        int column = columns is not null && columns.TryGetValue(field, out int c) ? c : 0;
        return new InputException(message, file, line, column, inner);
    }
}
