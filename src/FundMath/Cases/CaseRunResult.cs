using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Data;
using FundMath.Explain;

namespace FundMath.Cases;

/// <summary>The outcome of a case — 结果.</summary>
public enum CaseOutcome
{
    /// <summary>Every expected output matched within its tolerance.</summary>
    Passed,

    /// <summary>The calculation ran but at least one output differs (or is missing).</summary>
    Failed,

    /// <summary>The case could not run: malformed file or case, unknown calculation, missing input, an exception.</summary>
    Error,
}

/// <summary>One expected output compared with the actual one — 输出比对.</summary>
/// <param name="Output">The output name.</param>
/// <param name="Expected">The expected value as written (normalised when it could be parsed).</param>
/// <param name="Actual">The actual value, or null when the calculation did not produce it.</param>
/// <param name="Tolerance">The tolerance.</param>
/// <param name="Passed">True when within tolerance.</param>
/// <param name="Difference">actual − expected, when numeric.</param>
/// <param name="Location">Where the expected value is written.</param>
/// <param name="Explanation">The calculation's explanation of the output, when given.</param>
public sealed record OutputCheck(string Output, string Expected, string? Actual, CaseTolerance Tolerance, bool Passed,
    string? Difference, SourceLocation Location, Explanation? Explanation);

/// <summary>The structured result of running one case (or of a file that could not be read) — 案例结果.</summary>
/// <param name="Id">The case id (the file path for a file-level error).</param>
/// <param name="Calculation">The calculation name (empty when unknown).</param>
/// <param name="Location">Where the case (or the error) is.</param>
/// <param name="Outcome">Passed, Failed or Error.</param>
/// <param name="Checks">Each expected output compared.</param>
/// <param name="Error">The error message for <see cref="CaseOutcome.Error"/>, starting with file:line:column.</param>
public sealed record CaseRunResult(string Id, string Calculation, SourceLocation Location, CaseOutcome Outcome,
    IReadOnlyList<OutputCheck> Checks, string? Error)
{
    /// <summary>The description from the case file.</summary>
    public string? Description { get; init; }

    /// <summary>The source citation from the case file.</summary>
    public string? Source { get; init; }

    /// <summary>True when passed.</summary>
    public bool Passed => Outcome == CaseOutcome.Passed;

    /// <summary>"file.yaml#id".</summary>
    public string QualifiedId => $"{Location.Source}#{Id}";
}

/// <summary>The results of a run over files and folders — 运行报告.</summary>
/// <param name="Results">Every case result in file order.</param>
public sealed record CaseRunReport(IReadOnlyList<CaseRunResult> Results)
{
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
