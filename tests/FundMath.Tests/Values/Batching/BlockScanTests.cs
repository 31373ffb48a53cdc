using System;
using System.Linq;

namespace FundMath.Tests.Values.Batching;

/// <summary><see cref="BlockScan"/>: the block pre-scan's (min, max) on every path and the first element outside a range.</summary>
public class BlockScanTests
{
    [Fact]
    public void Min_and_max_are_found_at_every_position_on_every_path()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            for (int length = 1; length <= 41; length++)
            {
                for (int at = 0; at < length; at++)
                {
                    long[] values = [.. Enumerable.Range(0, length).Select(i => (long)((i * 37) % 11) - 5)];
                    values[at] = -1000 - at;
                    values[length - 1 - at] = 1000 + at;
                    long min = values.Min();
                    long max = values.Max();
                    Assert.Equal((min, max), BlockScan.MinMax(values, 0, length, path));

                    values[at] = long.MinValue;
                    values[length - 1 - at] = long.MaxValue;
                    Assert.Equal((values.Min(), values.Max()), BlockScan.MinMax(values, 0, length, path));
                }
            }
        }
    }

    [Fact]
    public void A_sub_range_scans_only_its_own_elements_and_an_empty_one_gives_the_identities()
    {
        long[] values = [.. Enumerable.Range(0, 40).Select(i => (long)((i * 53) % 29) - 14)];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach ((int start, int count) in (ReadOnlySpan<(int, int)>)[(1, 1), (1, 3), (1, 4), (3, 7), (5, 8), (7, 9), (2, 17), (9, 31), (39, 1), (0, 40)])
            {
                long[] poisoned = [.. values];
                if (start > 0)
                {
                    poisoned[start - 1] = long.MinValue;
                }

                if (start + count < 40)
                {
                    poisoned[start + count] = long.MaxValue;
                }

                long[] range = values[start..(start + count)];
                Assert.Equal((range.Min(), range.Max()), BlockScan.MinMax(poisoned, start, count, path));
            }

            Assert.Equal((long.MaxValue, long.MinValue), BlockScan.MinMax(values, 5, 0, path));
            Assert.Equal((long.MaxValue, long.MinValue), BlockScan.MinMax(ReadOnlySpan<long>.Empty, 0, 0, path));
            Assert.Equal((7L, 7L), BlockScan.MinMax([7L, 7, 7, 7, 7, 7, 7, 7, 7], 0, 9, path));
        }
    }

    [Fact]
    public void First_outside_is_the_earliest_element_beyond_either_edge()
    {
        foreach (int length in (int[])[1, 2, 5, 9])
        {
            for (int at = 0; at < length; at++)
            {
                long[] values = [.. Enumerable.Repeat(10L, length)];
                values[0] = 5; // the edges themselves are inside
                values[^1] = 20;
                Assert.Equal(-1, BlockScan.FirstOutside(values, 0, length, 5, 20));
                values[at] = 4;
                Assert.Equal(at, BlockScan.FirstOutside(values, 0, length, 5, 20));
                values[at] = 21;
                Assert.Equal(at, BlockScan.FirstOutside(values, 0, length, 5, 20));
                if (at + 1 < length)
                {
                    Assert.Equal(-1, BlockScan.FirstOutside(values, at + 1, length - at - 1, 5, 20)); // the bad element is before the range
                }
            }
        }

        long[] two = [30, 1, 30];
        Assert.Equal(0, BlockScan.FirstOutside(two, 0, 3, 5, 20));
        Assert.Equal(1, BlockScan.FirstOutside(two, 1, 2, 5, 20));
        Assert.Equal(-1, BlockScan.FirstOutside(two, 1, 2, 0, 30));
        Assert.Equal(2, BlockScan.FirstOutside(two, 2, 1, 5, 20));
        Assert.Equal(-1, BlockScan.FirstOutside(two, 1, 0, 5, 20));
        Assert.Equal(2048, BlockScan.Length);
    }
}
