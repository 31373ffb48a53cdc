using System;

namespace FundMath.Forecasting.Tests.Support;

/// <summary>
/// Measures managed allocations on the current thread (as tests/FundMath.Tests/Support/Allocations.cs). The
/// project runs with tiered compilation off, so tier-0 code cannot introduce boxing optimised code would not have.
/// </summary>
public static class Allocations
{
    /// <summary>Runs <paramref name="action"/> twice to warm up, then once, and returns the bytes the measured run allocated.</summary>
    public static long Measure(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action();
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
