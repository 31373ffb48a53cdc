using System;
using System.Linq;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="DeficitKernel"/>, <see cref="DeficitSums"/> and <see cref="DeficitJob"/> on every path against a
/// per-region oracle: balance = income − expenditure (Int128), negative ones counted with −balance summed, the rest
/// summed as surplus.
/// </summary>
public class DeficitKernelTests
{
    private const long Headroom = 1L << 50;

    private static (long Regions, long Deficit, long Surplus) Oracle(long[] income, long[] expenditure, int start, int count)
    {
        long regions = 0;
        Int128 deficit = 0, surplus = 0;
        for (int i = start; i < start + count; i++)
        {
            Int128 balance = expenditure.Length == 0 ? income[i] : (Int128)income[i] - expenditure[i];
            if (balance < 0)
            {
                regions++;
                deficit -= balance;
            }
            else
            {
                surplus += balance;
            }
        }

        return (regions, checked((long)deficit), checked((long)surplus));
    }

    private static long[] Values(int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(i => (i % 4) switch
        {
            0 => random.Next(-1000, 1000),
            1 => random.NextInt64(-Headroom + 1, Headroom),
            2 => new long[] { 0, -1, 1, Headroom - 1, -Headroom + 1 }[random.Next(5)],
            _ => random.NextInt64(-1_000_000_000_000, 1_000_000_000_000),
        })];
    }

    private static void AssertSums((long Regions, long Deficit, long Surplus) expected, DeficitSums actual) =>
        Assert.Equal(expected, (actual.DeficitRegions, actual.Deficit, actual.Surplus));

    [Fact]
    public void Pairs_and_balances_match_the_oracle_on_every_path_and_length()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            for (int length = 0; length <= 41; length++)
            {
                long[] income = Values(length, length);
                long[] expenditure = Values(length, length + 1000);
                AssertSums(Oracle(income, expenditure, 0, length), DeficitKernel.Run(income, expenditure, 0, length, path));
                AssertSums(Oracle(income, [], 0, length), DeficitKernel.Run(income, default, 0, length, path));
                AssertSums(Oracle(income, expenditure, 0, length), DeficitKernel.Exact(income, expenditure, 0, length));
            }
        }
    }

    [Fact]
    public void One_deficit_or_one_zero_balance_is_found_at_every_position()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (int length in (int[])[1, 3, 4, 5, 8, 9, 12, 16, 17, 25])
            {
                for (int at = 0; at < length; at++)
                {
                    long[] income = [.. Enumerable.Repeat(10L, length)];
                    long[] expenditure = [.. Enumerable.Repeat(3L, length)];
                    expenditure[at] = 25; // balance −15 at `at`, 7 elsewhere
                    DeficitSums sums = DeficitKernel.Run(income, expenditure, 0, length, path);
                    Assert.Equal((1L, 15L, 7L * (length - 1)), (sums.DeficitRegions, sums.Deficit, sums.Surplus));

                    expenditure[at] = 10; // a zero balance is no deficit
                    sums = DeficitKernel.Run(income, expenditure, 0, length, path);
                    Assert.Equal((0L, 0L, 7L * (length - 1)), (sums.DeficitRegions, sums.Deficit, sums.Surplus));

                    long[] balances = [.. Enumerable.Repeat(-2L, length)];
                    balances[at] = 9;
                    sums = DeficitKernel.Run(balances, default, 0, length, path);
                    Assert.Equal(((long)length - 1, 2L * (length - 1), 9L), (sums.DeficitRegions, sums.Deficit, sums.Surplus));
                }
            }
        }
    }

    [Fact]
    public void Inputs_beyond_the_headroom_take_the_exact_path_at_every_position()
    {
        long[] big = [Headroom, -Headroom, long.MaxValue / 4, long.MinValue / 4];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (int length in (int[])[1, 2, 4, 5, 8, 9, 16, 17])
            {
                for (int at = 0; at < length; at++)
                {
                    foreach (long value in big)
                    {
                        long[] income = Values(length, at);
                        long[] expenditure = Values(length, at + 50);
                        income[at] = value;
                        AssertSums(Oracle(income, expenditure, 0, length), DeficitKernel.Run(income, expenditure, 0, length, path));
                        AssertSums(Oracle(income, [], 0, length), DeficitKernel.Run(income, default, 0, length, path));
                        long[] swapped = Values(length, at + 7);
                        expenditure[at] = value;
                        AssertSums(Oracle(swapped, expenditure, 0, length), DeficitKernel.Run(swapped, expenditure, 0, length, path));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_real_overflow_throws_wherever_it_is()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (int length in (int[])[1, 4, 8, 9, 17])
            {
                for (int at = 0; at < length; at++)
                {
                    long[] income = new long[length];
                    long[] expenditure = new long[length];
                    income[at] = long.MaxValue;
                    expenditure[at] = -1; // the difference overflows
                    Assert.Throws<OverflowException>(() => DeficitKernel.Run(income, expenditure, 0, length, path));
                    income[at] = 5;
                    expenditure[at] = long.MinValue + 2; // only the expenditure is beyond the headroom
                    Assert.Throws<OverflowException>(() => DeficitKernel.Run(income, expenditure, 0, length, path));
                    income[at] = long.MinValue; // −balance overflows
                    Assert.Throws<OverflowException>(() => DeficitKernel.Run(income, default, 0, length, path));
                    long[] surplus = [.. Enumerable.Repeat(long.MaxValue / 2, length + 2)];
                    surplus[^1] = 2;
                    Assert.Throws<OverflowException>(() => DeficitKernel.Run(surplus, default, 0, surplus.Length, path));
                    long[] deficit = [.. Enumerable.Repeat(-(long.MaxValue / 2) - 1, length + 2)];
                    deficit[^1] = -1;
                    Assert.Throws<OverflowException>(() => DeficitKernel.Run(deficit, default, 0, deficit.Length, path));
                }
            }

            // The largest sums that fit do not throw.
            DeficitSums edge = DeficitKernel.Run([long.MaxValue / 2, long.MaxValue / 2, 1, -(long.MaxValue / 2), -(long.MaxValue / 2), -1], default, 0, 6, path);
            Assert.Equal((3L, long.MaxValue, long.MaxValue), (edge.DeficitRegions, edge.Deficit, edge.Surplus));
        }
    }

    [Fact]
    public void A_sub_range_reads_only_its_own_regions()
    {
        long[] income = Values(40, 5);
        long[] expenditure = Values(40, 6);
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach ((int start, int count) in (ReadOnlySpan<(int, int)>)[(0, 0), (3, 0), (1, 1), (1, 9), (5, 17), (7, 33), (39, 1), (8, 16)])
            {
                long[] poisoned = [.. income];
                if (start > 0)
                {
                    poisoned[start - 1] = long.MinValue;
                }

                if (start + count < 40)
                {
                    poisoned[start + count] = long.MinValue;
                }

                AssertSums(Oracle(income, expenditure, start, count), DeficitKernel.Run(poisoned, expenditure, start, count, path));
                AssertSums(Oracle(income, [], start, count), DeficitKernel.Run(poisoned, default, start, count, path));
            }
        }
    }

    [Fact]
    public void Blocks_of_2048_are_scanned_and_merged_in_turn()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            long[] income = Values(BlockScan.Length + 6, 1);
            long[] expenditure = Values(BlockScan.Length + 6, 2);
            AssertSums(Oracle(income, expenditure, 0, income.Length), DeficitKernel.Run(income, expenditure, 0, income.Length, path));
            income[BlockScan.Length + 1] = long.MaxValue / 8; // the second block alone goes exact
            AssertSums(Oracle(income, expenditure, 0, income.Length), DeficitKernel.Run(income, expenditure, 0, income.Length, path));
            income[3] = long.MinValue / 8; // both
            AssertSums(Oracle(income, [], 0, income.Length), DeficitKernel.Run(income, default, 0, income.Length, path));
        }
    }

    [Fact]
    public void Sums_merge_by_checked_addition()
    {
        // The exact path directly: a zero balance is no deficit; pairs and balances; a sub-range.
        DeficitSums exact = DeficitKernel.Exact([0, -1, 5, 0, -7], default, 0, 5);
        Assert.Equal((2L, 8L, 5L), (exact.DeficitRegions, exact.Deficit, exact.Surplus));
        exact = DeficitKernel.Exact([4, 3, 9, 1], [4, 5, 2, 0], 1, 3);
        Assert.Equal((1L, 2L, 8L), (exact.DeficitRegions, exact.Deficit, exact.Surplus));

        DeficitSums merged = DeficitSums.Merge(
            new DeficitSums { DeficitRegions = 2, Deficit = 30, Surplus = 7 },
            new DeficitSums { DeficitRegions = 5, Deficit = 11, Surplus = 100 });
        Assert.Equal((7L, 41L, 107L), (merged.DeficitRegions, merged.Deficit, merged.Surplus));
        Assert.Throws<OverflowException>(() => DeficitSums.Merge(new DeficitSums { Deficit = long.MaxValue }, new DeficitSums { Deficit = 1 }));
        Assert.Throws<OverflowException>(() => DeficitSums.Merge(new DeficitSums { Surplus = long.MaxValue }, new DeficitSums { Surplus = 1 }));
    }

    [Fact]
    public void A_partitioned_job_gives_the_sequential_result_at_every_degree_and_rethrows_an_overflow()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (int length in (int[])[0, 1, 7, 8, 9, 40, 77])
            {
                long[] income = Values(length, length * 3);
                long[] expenditure = Values(length, (length * 3) + 1);
                Money[] inc = [.. income.Select(Money.FromFen)];
                Money[] exp = [.. expenditure.Select(Money.FromFen)];
                foreach (int degree in (int[])[1, 2, 3, 7])
                {
                    AssertSums(Oracle(income, expenditure, 0, length), PartitionedBatch.Run<DeficitJob, DeficitSums>(new DeficitJob(inc, exp, path), length, degree, 8));
                    AssertSums(Oracle(income, [], 0, length), PartitionedBatch.Run<DeficitJob, DeficitSums>(new DeficitJob(inc, default, path), length, degree, 8));
                    if (length > 30)
                    {
                        Money[] overflow = [.. inc];
                        overflow[30] = Money.FromFen(long.MinValue);
                        Assert.Throws<OverflowException>(() => PartitionedBatch.Run<DeficitJob, DeficitSums>(new DeficitJob(overflow, default, path), length, degree, 8));
                    }
                }
            }
        }

        var job = new DeficitJob(default, default, BatchPath.Scalar);
        DeficitSums merged = job.Merge(new DeficitSums { DeficitRegions = 1, Deficit = 2, Surplus = 3 }, new DeficitSums { DeficitRegions = 4, Deficit = 5, Surplus = 6 });
        Assert.Equal((5L, 7L, 9L), (merged.DeficitRegions, merged.Deficit, merged.Surplus));
    }
}
