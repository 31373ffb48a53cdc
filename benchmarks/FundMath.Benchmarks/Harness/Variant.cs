using System;

namespace FundMath.Benchmarks.Harness;

/// <summary>How a variant's allocations are measured.</summary>
internal enum AllocationScope
{
    /// <summary>Bytes allocated on the timing thread (exact; for sequential code).</summary>
    Thread,

    /// <summary>Bytes allocated by the whole process (for code that runs on the thread pool).</summary>
    Process,
}

/// <summary>
/// One implementation of a workload: <see cref="Run"/> is timed; <see cref="Digest"/> (not timed) summarises what the
/// last run produced, so every variant is checked against the FundMath reference before it is timed. A
/// <see cref="IsReference"/> variant (a memory copy) computes nothing to check.
/// </summary>
internal sealed record Variant(string Name, string Kind, string Description, Action Run, Func<Digest>? Digest, AllocationScope Allocation = AllocationScope.Thread)
{
    /// <summary>True for variants without a result to cross-check (memory-copy references).</summary>
    public bool IsReference => Digest is null;
}

/// <summary>
/// A ratio to report: <c>time(Subject) / time(Reference)</c> compared with <see cref="Bound"/> — at most
/// (<see cref="AtMost"/>) or at least. Subject and reference are variant names, including peer variants.
/// </summary>
internal sealed record Target(string Description, string Subject, string Reference, double Bound, bool AtMost);

/// <summary>
/// A national-scale figure: <see cref="Elements"/> elements at the measured time per element of <see cref="Subject"/>
/// (e.g. 371 million employees × 12 months of contributions).
/// </summary>
internal sealed record Extrapolation(string Description, string Subject, double Elements, string Source);
