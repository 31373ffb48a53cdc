using System;

namespace FundMath.Cases;

/// <summary>A case did not pass — 案例未通过. The message is the failure diff from <see cref="CaseReporter"/>.</summary>
public sealed class CaseFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseFailedException(CaseRunResult result, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message))) =>
        Result = result ?? throw new ArgumentNullException(nameof(result));

    /// <summary>The failing result (for a report, the first failure).</summary>
    public CaseRunResult Result { get; }
}
