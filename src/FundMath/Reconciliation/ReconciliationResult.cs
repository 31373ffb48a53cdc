using System;
using System.Collections.Generic;
using System.Linq;

namespace FundMath.Reconciliation;

/// <summary>
/// The outcome of checking a report — 勾稽结果: the findings, how many relations were checked, and counts by
/// severity. A consistent report has no findings.
/// </summary>
/// <param name="Findings">The findings, in report order.</param>
/// <param name="ChecksRun">How many relations were evaluated.</param>
public sealed record ReconciliationResult(IReadOnlyList<Finding> Findings, int ChecksRun)
{
    /// <summary>The findings, in report order.</summary>
    public IReadOnlyList<Finding> Findings { get; init => field = value ?? throw new ArgumentNullException(nameof(Findings)); } = Findings ?? throw new ArgumentNullException(nameof(Findings));

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>Number of notes.</summary>
    public int NoteCount => Findings.Count(f => f.Severity == FindingSeverity.Note);

    /// <summary>Printed figures that no relation could check, with the reason (none for a fully checkable report).</summary>
    public IReadOnlyList<UncheckedFigure> Unchecked { get; init => field = value ?? throw new ArgumentNullException(nameof(Unchecked)); } = [];

    /// <summary>True when nothing was found.</summary>
    public bool IsConsistent => Findings.Count == 0;
}
