using System.Collections.Generic;

namespace FundMath.Benchmarks.Harness;

/// <summary>
/// One side-by-side workload of <c>benchmarks/run.sh</c>: generated input, the implementations to time on it (FundMath,
/// baselines, references), an optional numpy peer script, and the targets to report. Every non-abstract class
/// implementing this interface in the benchmarks assembly is found by reflection — adding a workload is adding a
/// file (see benchmarks/README.md).
/// </summary>
internal interface IWorkload
{
    /// <summary>Short id used by <c>--workload</c> and in file names ("payroll").</summary>
    string Id { get; }

    /// <summary>The table heading ("Premium base + contributions, per person").</summary>
    string Title { get; }

    /// <summary>What one element is ("person", "region", "claim").</summary>
    string Unit { get; }

    /// <summary>Sort key of the report (lower first).</summary>
    int Order { get; }

    /// <summary>Elements in the full run and in <c>--quick</c>.</summary>
    int Size(bool quick);

    /// <summary>Back-to-back runs per timed sample (1 for long runs; more for microsecond workloads).</summary>
    int RunsPerSample(bool quick);

    /// <summary>Timed samples per variant (their median is reported).</summary>
    int Samples(bool quick);

    /// <summary>The numpy peer script under benchmarks/peers/, or null.</summary>
    string? PeerScript { get; }

    /// <summary>Generates the input deterministically (fixed seed) and allocates outputs.</summary>
    void Setup(int size);

    /// <summary>Writes the input for the peer script (raw little-endian arrays and params.json) into <paramref name="directory"/>.</summary>
    void WritePeerInputs(string directory);

    /// <summary>The .NET implementations, the FundMath reference first.</summary>
    IReadOnlyList<Variant> Variants { get; }

    /// <summary>Ratios the report checks.</summary>
    IReadOnlyList<Target> Targets { get; }

    /// <summary>National-scale figures extrapolated from a variant's measured time per element.</summary>
    IReadOnlyList<Extrapolation> Extrapolations { get; }

    /// <summary>Markdown printed under the workload's table (what is computed, the inputs).</summary>
    string Notes { get; }
}
