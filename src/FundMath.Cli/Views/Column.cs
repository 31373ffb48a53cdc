namespace FundMath.Cli.Views;

/// <summary>
/// A column: a stable machine id (JSON/CSV header), a title for people, and the kind of its cells. A detail column
/// (long text such as a finding's sentence) is printed under the table in the terminal, numbered by row. A
/// machine-only column (a value the table's title already says for people, such as the fund of a per-fund table)
/// is written to CSV, JSON and xlsx, so a row stands on its own and reads back as input, but not to the terminal
/// or Markdown.
/// </summary>
internal sealed record Column(string Id, string Title, CellKind Kind, string? Unit = null, bool Detail = false, bool MachineOnly = false);
