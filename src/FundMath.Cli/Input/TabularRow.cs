using System.Collections.Generic;

namespace FundMath.Cli.Input;

/// <summary>One data row of a <see cref="TabularTable"/>: its line or row number and its fields (empty where blank).</summary>
/// <param name="Line">The line (CSV) or row number (xlsx), 1-based.</param>
/// <param name="Fields">The fields by column, aligned with the header (column 1 first).</param>
internal sealed record TabularRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field of a zero-based column, or empty when the row is shorter.</summary>
    public string Field(int column) => column >= 0 && column < Fields.Count ? Fields[column] : string.Empty;
}
