using System;
using System.Collections.Generic;
using FundMath.Explain;

namespace FundMath.Cli.Views;

/// <summary>
/// A column: a stable machine id (JSON/CSV header), a title for people, and the kind of its cells. A detail column
/// (long text such as a finding's sentence) is printed under the table in the terminal, numbered by row.
/// </summary>
internal sealed record Column(string Id, string Title, CellKind Kind, string? Unit = null, bool Detail = false);
