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

    /// <summary>
    /// Asserts that <paramref name="action"/> allocates nothing after warm-up. A window that saw bytes is measured
    /// again (up to three windows in all) before failing: an allocation on the hot path shows in every window (at
    /// least one object per iteration), while a one-time allocation by the runtime or the test runner on this thread
    /// (seen once in a full parallel run: 3,184 bytes over 1,000 iterations of a path that allocates nothing) does not.
    /// </summary>
    public static void AssertZero(Action action, string what, int iterations = 1000)
    {
        var seen = new long[3];
        for (int window = 0; window < seen.Length; window++)
        {
            seen[window] = Measure(action, iterations);
            if (seen[window] == 0)
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException(
            $"{what} allocated {seen[0]}, {seen[1]} and {seen[2]} bytes in three windows of {iterations} iterations; expected 0.");
    }
}
