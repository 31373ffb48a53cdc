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
