using FsCheck;
using FsCheck.Fluent;

namespace FundMath.Testing;

/// <summary>
/// FsCheck generators for report reconciliation — 勾稽测试数据: reports generated from random exact data and
/// printed at random precisions, so every relation holds within rounding. Built on FsCheck's own
/// <c>int[]</c> shrinker: a failing report shrinks by shrinking the seed array.
/// </summary>
public static class ReconciliationArbitraries
{
    /// <summary>Consistent generated reports: checking one yields no findings.</summary>
    public static Arbitrary<GeneratedReport> ConsistentReports() =>
        ArbMap.Default.ArbFor<int[]>()
            .Filter(seed => seed is { Length: > 0 })
            .Convert(seed => new GeneratedReport(seed), report => report.Seed);

    /// <summary>A consistent generated report of the given size (for benchmarks): <paramref name="regions"/> rows in its region table.</summary>
    public static GeneratedReport Report(int[] seed, int regions) => new(seed, regions);
}
