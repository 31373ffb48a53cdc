using System;
using System.Collections.Generic;
using System.Linq;

namespace FundMath.Cases;

/// <summary>The results of a run over files and folders — 运行报告.</summary>
/// <param name="Results">Every case result in file order.</param>
public sealed record CaseRunReport(IReadOnlyList<CaseRunResult> Results)
{
    /// <summary>Every case result in file order.</summary>
    public IReadOnlyList<CaseRunResult> Results { get; init => field = value ?? throw new ArgumentNullException(nameof(Results)); } = Results ?? throw new ArgumentNullException(nameof(Results));

    /// <summary>How many passed.</summary>
    public int PassedCount => Results.Count(r => r.Passed);

    /// <summary>How many failed or could not run.</summary>
    public int FailedCount => Results.Count - PassedCount;

    /// <summary>True when nothing failed (an empty run passes; callers decide whether "no cases" is an error).</summary>
    public bool AllPassed => FailedCount == 0;

    /// <summary>The failing results.</summary>
    public IEnumerable<CaseRunResult> Failures => Results.Where(r => !r.Passed);

    /// <summary>"N passed, N failed".</summary>
    public string Summary => $"{PassedCount} passed, {FailedCount} failed";

    /// <summary>The result for a case id or qualified id ("file.yaml#id").</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public CaseRunResult this[string id] =>
        Results.FirstOrDefault(r => r.Id == id || r.QualifiedId == id)
        ?? throw new KeyNotFoundException($"no case '{id}' in this run.");
}
