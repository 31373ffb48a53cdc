using System;

namespace FundMath.Tests.Support;

/// <summary>
/// Measures managed allocations of an operation on the current thread. The project runs with tiered
/// compilation off, so the JIT's first tier cannot introduce boxing that optimised code would not have.
/// </summary>
public static class Allocations
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="iterations"/> times, and returns the bytes allocated by the loop.</summary>
    public static long Measure(Action action, int iterations = 1000)
    {
        ArgumentNullException.ThrowIfNull(action);
        action();
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Asserts that <paramref name="action"/> allocates nothing after warm-up.</summary>
    public static void AssertZero(Action action, string what, int iterations = 1000)
    {
        long bytes = Measure(action, iterations);
        if (bytes != 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} allocated {bytes} bytes over {iterations} iterations; expected 0.");
        }
    }
}
