using System;

namespace FundMath;

/// <summary>
/// Runtime selection of the batch kernels' instruction set, decided once per process from the CPU
/// (<see cref="Vector512Lanes.IsSupported"/>, <see cref="Vector256Lanes.IsSupported"/>) and read once per batch.
/// </summary>
internal static class BatchPaths
{
    /// <summary>The widest path this CPU runs: AVX-512, else AVX2, else scalar.</summary>
    internal static readonly BatchPath Best =
        Vector512Lanes.IsSupported ? BatchPath.Vector512 : Vector256Lanes.IsSupported ? BatchPath.Vector256 : BatchPath.Scalar;

    /// <summary>True when <paramref name="path"/> can run on this CPU.</summary>
    internal static bool IsSupported(BatchPath path) => path switch
    {
        BatchPath.Scalar => true,
        BatchPath.Vector256 => Vector256Lanes.IsSupported,
        BatchPath.Vector512 => Vector512Lanes.IsSupported,
        _ => false,
    };

    /// <summary>Every path this CPU runs, narrowest first (for tests that run each one).</summary>
    internal static BatchPath[] Supported()
    {
        int count = Best == BatchPath.Vector512 ? 3 : Best == BatchPath.Vector256 ? 2 : 1;
        var paths = new BatchPath[count];
        for (int i = 0; i < count; i++)
        {
            paths[i] = (BatchPath)i;
        }

        return paths;
    }

    /// <summary>Throws unless <paramref name="path"/> runs on this CPU (an internal caller forcing a path).</summary>
    internal static void Check(BatchPath path)
    {
        if (!IsSupported(path))
        {
            throw new PlatformNotSupportedException($"Batch path {path} is not supported on this CPU.");
        }
    }
}
