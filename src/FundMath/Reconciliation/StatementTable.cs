using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A statement table or paragraph — 收支余情况表: several funds and optionally their printed total.
/// Formula checked: each total line = Σ funds' line; each fund's surplus = income − expenditure.
/// </summary>
/// <param name="Title">The table title or section heading.</param>
/// <param name="Funds">The funds' figures.</param>
public sealed record StatementTable(string Title, IReadOnlyList<FundStatementFigures> Funds)
{
    /// <summary>The table title or section heading.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The funds' figures.</summary>
    public IReadOnlyList<FundStatementFigures> Funds { get; init => field = value ?? throw new ArgumentNullException(nameof(Funds)); } = Funds ?? throw new ArgumentNullException(nameof(Funds));

    /// <summary>The printed total (合计) row, or null.</summary>
    public FundStatementFigures? Total { get; init; }

    /// <summary>The period the table's heading states, or null; checked against the report's period.</summary>
    public ReportingPeriod? Period { get; init; }
}
