using System.Collections.Generic;
using System.Linq;

namespace FundMath.Benchmarks.Harness;

/// <summary>The timed samples of one variant (ns per run), its allocation per run and its cross-check.</summary>
internal sealed class Measurement
{
    public Measurement(string name, string kind, string description)
    {
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Name { get; }

    public string Kind { get; }

    public string Description { get; }

    public List<double> Samples { get; } = [];

    /// <summary>Bytes allocated by one run; null when not measured (peers).</summary>
    public long? AllocatedBytes { get; set; }

    public AllocationScope Scope { get; set; }

    /// <summary>"identical", "reference" or the differing names.</summary>
    public string Check { get; set; } = "";

    public bool CheckFailed { get; set; }

    public double Median
    {
        get
        {
            if (Samples.Count == 0)
            {
                return double.NaN;
            }

            double[] sorted = [.. Samples.Order()];
            int n = sorted.Length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        }
    }

    public double Min => Samples.Count == 0 ? double.NaN : Samples.Min();

    public double Max => Samples.Count == 0 ? double.NaN : Samples.Max();
}
