using System;
using System.Collections.Generic;
using FundMath.Data;

namespace FundMath.Cases;

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
    /// <summary>The case id (the file path for a file-level error).</summary>
    public string Id { get; init => field = value ?? throw new ArgumentNullException(nameof(Id)); } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The calculation name (empty when unknown).</summary>
    public string Calculation { get; init => field = value ?? throw new ArgumentNullException(nameof(Calculation)); } = Calculation ?? throw new ArgumentNullException(nameof(Calculation));

    /// <summary>Each expected output compared.</summary>
    public IReadOnlyList<OutputCheck> Checks { get; init => field = value ?? throw new ArgumentNullException(nameof(Checks)); } = Checks ?? throw new ArgumentNullException(nameof(Checks));

    /// <summary>The description from the case file.</summary>
    public string? Description { get; init; }

    /// <summary>The source citation from the case file.</summary>
    public string? Source { get; init; }

    /// <summary>True when passed.</summary>
    public bool Passed => Outcome == CaseOutcome.Passed;

    /// <summary>"file.yaml#id".</summary>
    public string QualifiedId => $"{Location.Source}#{Id}";
}
