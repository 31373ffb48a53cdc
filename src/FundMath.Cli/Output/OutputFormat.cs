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

    /// <summary>One CSV line per table row: section, table, then each column by id with its unit in the header; reads back as input.</summary>
    WideCsv,

    /// <summary>A stable JSON document with a schemaVersion (docs/cli.md).</summary>
    Json,

    /// <summary>An Excel workbook: an About sheet, then one sheet per table, numbers as numbers (needs --out).</summary>
    Xlsx,
}
