namespace FundMath.Tests.Values.Batching;

using System;
using System.Linq;
using FundMath;

/// <summary>
/// Edges of the smaller batching helpers: the deficit kernel's headroom check on the expenditure side, cover
/// thresholds whose common denominator leaves 128 bits, and the list of paths this CPU runs.
/// </summary>
public class BatchingEdgeMutationTests
{
    [Fact]
    public void Expenditure_beyond_the_headroom_takes_the_checked_path()
    {
        // Income 0, expenditure 2⁶² in two regions: deficits 2⁶² + 2⁶² = 2⁶³ do not fit; only the exact path,
        // chosen because 2⁶² ≥ 2⁵⁰, notices (the lanes would wrap).
        long[] income = [0, 0];
        long[] expenditure = [1L << 62, 1L << 62];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            Assert.Throws<OverflowException>(() => DeficitKernel.Run(income, expenditure, 0, 2, path));
        }
    }

    [Fact]
    public void Expenditure_beyond_the_headroom_that_does_not_overflow_is_summed_exactly()
    {
        // Income 5, 0, 7 fen; expenditure 2⁵¹, 3, 2: balances 5 − 2⁵¹ (deficit), −3 (deficit), 5 (surplus).
        long[] income = [5, 0, 7];
        long[] expenditure = [1L << 51, 3, 2];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            DeficitSums sums = DeficitKernel.Run(income, expenditure, 0, 3, path);
            Assert.Equal(2, sums.DeficitRegions);
            Assert.Equal((1L << 51) - 5 + 3, sums.Deficit);
            Assert.Equal(5, sums.Surplus);
        }
    }

    [Fact]
    public void Thresholds_whose_common_denominator_leaves_128_bits_are_judged_exactly()
    {
        // Denominators 2⁶¹ − 1, −3, −5, −7: pairwise coprime odd numbers, each above the 2⁵² fast limit; their
        // product (about 2²⁴⁴) must never be formed. Thresholds just above 3, 4, 3 and 4 months.
        const long d1 = (1L << 61) - 1, d2 = (1L << 61) - 3, d3 = (1L << 61) - 5, d4 = (1L << 61) - 7;
        var thresholds = new CoverThresholds(
            Fraction.Create((3 * d1) + 1, d1), Fraction.Create((4 * d2) + 1, d2), Fraction.Create((3 * d3) + 1, d3), Fraction.Create((4 * d4) + 1, d4));
        Assert.False(thresholds.Fits64(0));

        // 3 months: below the warning (3 + 1/d1) and the reasonable range; 3.5: between, reasonable;
        // 4: still at most the high edge (4 + 1/d2), reasonable; 5: above, not reasonable.
        Assert.Equal((0, false), thresholds.Classify(3, 1, 1));
        Assert.Equal((1, true), thresholds.Classify(7, 1, 2));
        Assert.Equal((1, true), thresholds.Classify(4, 1, 1));
        Assert.Equal((2, false), thresholds.Classify(5, 1, 1));
    }

    [Fact]
    public void Supported_lists_exactly_the_paths_this_cpu_runs_narrowest_first()
    {
        BatchPath[] all = [BatchPath.Scalar, BatchPath.Vector256, BatchPath.Vector512];
        BatchPath[] expected = [.. all.Where(BatchPaths.IsSupported)];
        Assert.Equal(expected, BatchPaths.Supported());
        Assert.Equal(BatchPaths.Best, BatchPaths.Supported()[^1]);
    }
}
