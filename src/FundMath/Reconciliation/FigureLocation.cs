using System;
using System.Text;

namespace FundMath.Reconciliation;

/// <summary>
/// Where a figure was printed in a report — 出处: the section, and when it is in a table, the table, row and
/// column, so a finding can point a reader at the exact cell. Formula: "section › table › row › column".
/// </summary>
/// <param name="Section">The section heading or number, e.g. "二(一)3 收入预算执行情况分析".</param>
/// <param name="Table">The table title, or null for running text.</param>
/// <param name="Row">The row label (fund, region, cohort), or null.</param>
/// <param name="Column">The column or line label ("执行率", "当期结余"), or null.</param>
public sealed record FigureLocation(string Section, string? Table = null, string? Row = null, string? Column = null)
{
    /// <summary>The section heading or number, e.g. "二(一)3 收入预算执行情况分析".</summary>
    public string Section { get; init => field = value ?? throw new ArgumentNullException(nameof(Section)); } = Section ?? throw new ArgumentNullException(nameof(Section));

    /// <summary>Where in the input file the figure was read (e.g. "zhuzhou-2021.yaml:120:9"), or null when built in code.</summary>
    public string? Source { get; init; }

    /// <summary>Returns "section › table › row › column", omitting the parts that are null.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Section);
        foreach (string? part in new[] { Table, Row, Column })
        {
            if (!string.IsNullOrEmpty(part))
            {
                text.Append(" › ").Append(part);
            }
        }

        return text.ToString();
    }
}
