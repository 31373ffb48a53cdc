namespace FundMath.Cli.Output;

/// <summary>The output formats every command supports (--format).</summary>
internal enum OutputFormat
{
    /// <summary>Spectre.Console tables and bar charts for a terminal.</summary>
    Table,

    /// <summary>GitHub-flavoured Markdown tables.</summary>
    Markdown,

    /// <summary>One tidy CSV: section,table,row,column,value,text.</summary>
    Csv,

    /// <summary>A stable JSON document with a schemaVersion (docs/cli.md).</summary>
    Json,
}
