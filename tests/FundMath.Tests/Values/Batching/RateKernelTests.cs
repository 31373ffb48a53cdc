using System;
using System.Linq;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="RateKernel"/> (through <see cref="RateBatch"/>, <see cref="RateLanes{TV}"/> and <see cref="RateJob"/>) on
/// every path this CPU runs, against an Int128 oracle written here: amountᵢ = round(baseᵢ × n / d), the total
/// Σ amountᵢ (× monthsᵢ), and the first fault of the batch.
/// </summary>
public class RateKernelTests
{
    private static readonly MidpointRounding[] Modes =
        [MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity];

    // With and without a reciprocal: 8% (2/25), 0.5% (ties at 100 fen), 1/3 (odd d), 2/6 (unreduced), 5/12 (even d),
    // 100% (n = d), 0%, 7/(2³² − 1) (the largest d with a reciprocal), 3/(2³² + 1) and 150% (no reciprocal: exact path).
    private static readonly Rate[] Rates =
    [
        Rate.FromPercent(8m), Rate.FromRatio(1, 200), Rate.FromRatio(1, 3), Rate.FromRatio(2, 6), Rate.FromRatio(5, 12),
        Rate.OneHundredPercent, Rate.Zero, Rate.FromRatio(7, uint.MaxValue), Rate.FromRatio(3, (1L << 32) + 1), Rate.FromRatio(3, 2),
    ];

    private static readonly int[] Lengths = [.. Enumerable.Range(0, 42)];

    /// <summary>round(b × n / d) for b ≥ 0, n ≥ 0, d &gt; 0: q = ⌊p/d⌋, r = p mod d; up by the mode from r alone.</summary>
    internal static long Oracle(long b, Rate rate, MidpointRounding mode)
    {
        long n = rate.Value.Numerator;
        long d = rate.Value.Denominator;
        Int128 p = (Int128)b * n;
        Int128 q = p / d;
        Int128 r = p % d;
        bool up = mode switch
        {
            MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity => false,
            MidpointRounding.ToPositiveInfinity => r > 0,
            MidpointRounding.AwayFromZero => 2 * r >= d,
            _ => 2 * r > d || (2 * r == d && (q & 1) == 1),
        };
        return checked((long)(q + (up ? 1 : 0)));
    }

    private static long[] Bases(int length, int seed, long low = 0, long high = (1L << 32) - 1)
    {
        var random = new Random(seed);
        var bases = new long[length];
        for (int i = 0; i < length; i++)
        {
            bases[i] = (i % 5) switch
            {
                0 => random.Next(0, 1000),
                1 => random.NextInt64(0, 1L << 32),
                2 => random.Next(0, 10_000_000),
                3 => new long[] { 0, 1, 100, 300, 6, 18, (1L << 32) - 1, (1L << 31) + 1 }[random.Next(8)],
                _ => random.Next(0, 200) * 100,
            };
            bases[i] = Math.Clamp(bases[i], low, high);
        }

        return bases;
    }

    private static int[] Months(int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(i => i % 3 == 0 ? (i % 2 == 0 ? 0 : 12) : random.Next(0, 13))];
    }

    private static RateSums Run(long[] input, int[] months, long[] output, long low, long high, Rate rate, MidpointRounding mode, BatchPath path, int start = 0, int count = -1)
    {
        var batch = new RateBatch { Input = input, Months = months, Output = output, Low = low, High = high, Mode = mode };
        batch.SetRate(rate);
        return RateKernel.Run(batch, start, count < 0 ? input.Length : count, path);
    }

    [Fact]
    public void Every_amount_and_the_total_match_the_oracle_on_every_path_mode_rate_and_length()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in Rates)
            {
                foreach (int length in Lengths)
                {
                    long[] bases = Bases(length, (length * 7919) + (int)path);
                    int[] months = Months(length, length + 3);
                    foreach (MidpointRounding mode in Modes)
                    {
                        long[] expected = [.. bases.Select(b => Oracle(b, rate, mode))];
                        long expectedTotal = expected.Sum();
                        long expectedAnnual = expected.Select((a, i) => a * months[i]).Sum();

                        long[] output = [.. Enumerable.Repeat(-7L, length)];
                        RateSums written = Run(bases, [], output, 0, long.MaxValue, rate, mode, path);
                        Assert.Equal(BatchFault.None, written.Fault);
                        Assert.Equal(expectedTotal, written.Total);
                        Assert.Equal(expected, output);

                        RateSums totalOnly = Run(bases, [], [], 0, long.MaxValue, rate, mode, path);
                        Assert.Equal(BatchFault.None, totalOnly.Fault);
                        Assert.Equal(expectedTotal, totalOnly.Total);

                        RateSums annual = Run(bases, months, [], 0, long.MaxValue, rate, mode, path);
                        Assert.Equal(BatchFault.None, annual.Fault);
                        Assert.Equal(0, annual.FaultIndex);
                        Assert.Equal(expectedAnnual, annual.Total);
                    }
                }
            }
        }
    }

    [Fact]
    public void Midpoint_remainders_round_by_the_mode_at_every_lane()
    {
        // 1/200: b = 100 → 0.5, b = 300 → 1.5, b = 199 → 0.995, b = 201 → 1.005; 5/12: b = 6 → 2.5, b = 18 → 7.5.
        (Rate Rate, long Base, long Even, long Away, long Down, long Up)[] cases =
        [
            (Rate.FromRatio(1, 200), 100, 0, 1, 0, 1), (Rate.FromRatio(1, 200), 300, 2, 2, 1, 2),
            (Rate.FromRatio(1, 200), 199, 1, 1, 0, 1), (Rate.FromRatio(1, 200), 201, 1, 1, 1, 2),
            (Rate.FromRatio(5, 12), 6, 2, 3, 2, 3), (Rate.FromRatio(5, 12), 18, 8, 8, 7, 8),
            (Rate.FromRatio(1, 3), 2, 1, 1, 0, 1), (Rate.FromRatio(1, 3), 1, 0, 0, 0, 1),
            (Rate.OneHundredPercent, (1L << 32) - 1, (1L << 32) - 1, (1L << 32) - 1, (1L << 32) - 1, (1L << 32) - 1),
            (Rate.FromRatio(1, 2), (1L << 32) - 1, 1L << 31, 1L << 31, (1L << 31) - 1, 1L << 31),
            (Rate.FromRatio(1, 2), (1L << 32) - 3, (1L << 31) - 2, (1L << 31) - 1, (1L << 31) - 2, (1L << 31) - 1),
        ];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (var c in cases)
            {
                foreach (int length in (int[])[1, 4, 8, 13, 16, 17])
                {
                    for (int at = 0; at < length; at++)
                    {
                        long[] bases = new long[length];
                        bases[at] = c.Base;
                        foreach ((MidpointRounding mode, long value) in (ReadOnlySpan<(MidpointRounding, long)>)[
                            (MidpointRounding.ToEven, c.Even), (MidpointRounding.AwayFromZero, c.Away), (MidpointRounding.ToZero, c.Down),
                            (MidpointRounding.ToNegativeInfinity, c.Down), (MidpointRounding.ToPositiveInfinity, c.Up)])
                        {
                            Assert.Equal(value, Oracle(c.Base, c.Rate, mode));
                            long[] output = new long[length];
                            RateSums sums = Run(bases, [], output, 0, long.MaxValue, c.Rate, mode, path);
                            Assert.Equal(value, sums.Total);
                            Assert.Equal(value, output[at]);
                            Assert.Equal(value, output.Sum());
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_base_of_2_to_the_32_or_more_takes_the_exact_path_at_every_position()
    {
        long[] big = [1L << 32, (1L << 32) + 1, 1L << 40, long.MaxValue / 200];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromPercent(8m), Rate.FromRatio(1, 200), Rate.FromRatio(5, 12), Rate.FromRatio(3, 2)])
            {
                foreach (int length in (int[])[1, 3, 4, 5, 8, 9, 16, 17, 24])
                {
                    for (int at = 0; at < length; at++)
                    {
                        long[] bases = Bases(length, at + (length * 100));
                        bases[at] = big[at % big.Length];
                        int[] months = Months(length, at);
                        foreach (MidpointRounding mode in Modes)
                        {
                            long[] expected = [.. bases.Select(b => Oracle(b, rate, mode))];
                            long[] output = new long[length];
                            RateSums sums = Run(bases, [], output, 0, long.MaxValue, rate, mode, path);
                            Assert.Equal(BatchFault.None, sums.Fault);
                            Assert.Equal(expected.Sum(), sums.Total);
                            Assert.Equal(expected, output);
                            Assert.Equal(expected.Select((a, i) => a * months[i]).Sum(), Run(bases, months, [], 0, long.MaxValue, rate, mode, path).Total);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void The_first_bad_base_is_reported_at_every_position_and_nothing_of_its_block_is_written()
    {
        // Band [1000, 50 000]: 999 and 50 001 lie outside it, −1 is negative; the band's own edges are valid.
        (long Value, BatchFault Fault)[] bad = [(-1, BatchFault.Negative), (long.MinValue, BatchFault.Negative), (999, BatchFault.OutsideBand), (50_001, BatchFault.OutsideBand), (long.MaxValue, BatchFault.OutsideBand)];
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromPercent(8m), Rate.FromRatio(3, (1L << 32) + 1)])
            {
                bool vector = RateReciprocal.TryCreate(rate.Value, out _);
                foreach (int length in (int[])[1, 2, 4, 5, 7, 8, 9, 12, 16, 17, 23])
                {
                    for (int at = 0; at < length; at++)
                    {
                        foreach ((long value, BatchFault fault) in bad)
                        {
                            long[] bases = Bases(length, at, 1000, 50_000);
                            bases[0] = length > 1 && at != 0 ? 1000 : bases[0];
                            bases[^1] = length > 1 && at != length - 1 ? 50_000 : bases[^1];
                            bases[at] = value;
                            if (at + 1 < length)
                            {
                                bases[at + 1] = fault == BatchFault.Negative ? 60_000 : -5; // a later fault never wins
                            }

                            long[] output = [.. Enumerable.Repeat(-7L, length)];
                            RateSums sums = Run(bases, [], output, 1000, 50_000, rate, MidpointRounding.AwayFromZero, path);
                            Assert.Equal(fault, sums.Fault);
                            Assert.Equal(at, sums.FaultIndex);
                            long[] expected = [.. bases.Select((b, i) => vector || i >= at ? -7L : Oracle(b, rate, MidpointRounding.AwayFromZero))];
                            Assert.Equal(expected, output);
                            if (vector)
                            {
                                Assert.Equal(0, sums.Total);
                            }

                            RateSums annual = Run(bases, new int[length], [], 1000, 50_000, rate, MidpointRounding.ToEven, path);
                            Assert.Equal(fault, annual.Fault);
                            Assert.Equal(at, annual.FaultIndex);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void The_band_edges_themselves_are_valid_bases_at_every_position()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromPercent(8m), Rate.FromRatio(3, (1L << 32) + 1)])
            {
                foreach (int length in (int[])[1, 2, 4, 5, 8, 9, 16, 17])
                {
                    for (int at = 0; at < length; at++)
                    {
                        long[] bases = Bases(length, at + 1, 1001, 49_999);
                        bases[at] = at % 2 == 0 ? 50_000 : 1000;
                        bases[length - 1 - at] = at % 2 == 0 ? 1000 : 50_000;
                        long[] expected = [.. bases.Select(b => Oracle(b, rate, MidpointRounding.ToEven))];
                        long[] output = new long[length];
                        RateSums sums = Run(bases, [], output, 1000, 50_000, rate, MidpointRounding.ToEven, path);
                        Assert.Equal((BatchFault.None, expected.Sum()), (sums.Fault, sums.Total));
                        Assert.Equal(expected, output);
                        int[] months = Months(length, at);
                        sums = Run(bases, months, [], 1000, 50_000, rate, MidpointRounding.ToEven, path);
                        Assert.Equal((BatchFault.None, expected.Select((a, i) => a * months[i]).Sum()), (sums.Fault, sums.Total));
                    }
                }
            }
        }
    }

    [Fact]
    public void Months_outside_0_to_12_fault_unless_an_earlier_base_is_bad()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromRatio(1, 200), Rate.FromRatio(3, 2)])
            {
                foreach (int length in (int[])[1, 3, 4, 8, 9, 11, 16, 19])
                {
                    for (int m = 0; m < length; m++)
                    {
                        foreach (int month in (int[])[-1, 13, int.MinValue, int.MaxValue])
                        {
                            long[] bases = Bases(length, m);
                            int[] months = Months(length, m);
                            months[m] = month;
                            RateSums alone = Run(bases, months, [], 0, long.MaxValue, rate, MidpointRounding.ToEven, path);
                            Assert.Equal(BatchFault.OutOfRange, alone.Fault);
                            Assert.Equal(m, alone.FaultIndex);

                            for (int b = 0; b < length; b++)
                            {
                                long[] withBad = [.. bases];
                                withBad[b] = -3;
                                RateSums both = Run(withBad, months, [], 0, long.MaxValue, rate, MidpointRounding.ToEven, path);
                                Assert.Equal(m <= b ? BatchFault.OutOfRange : BatchFault.Negative, both.Fault);
                                Assert.Equal(Math.Min(m, b), both.FaultIndex);
                                withBad[b] = long.MaxValue;
                                RateSums band = Run(withBad, months, [], 0, 1L << 40, rate, MidpointRounding.ToEven, path);
                                Assert.Equal(m <= b ? BatchFault.OutOfRange : BatchFault.OutsideBand, band.Fault);
                                Assert.Equal(Math.Min(m, b), band.FaultIndex);
                            }
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_sub_range_reads_and_writes_only_its_own_elements()
    {
        long[] bases = Bases(40, 11);
        int[] months = Months(40, 12);
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromRatio(5, 12), Rate.FromRatio(3, 2)])
            {
                foreach ((int start, int count) in (ReadOnlySpan<(int, int)>)[(0, 0), (1, 0), (3, 1), (1, 9), (5, 17), (7, 33), (39, 1), (0, 40), (8, 16)])
                {
                    long[] withBad = [.. bases];
                    if (start > 0)
                    {
                        withBad[start - 1] = -1; // outside the range: never read
                    }

                    if (start + count < 40)
                    {
                        withBad[start + count] = -1;
                    }

                    long[] expected = [.. bases.Select((b, i) => i >= start && i < start + count ? Oracle(b, rate, MidpointRounding.ToEven) : -7L)];
                    long[] output = [.. Enumerable.Repeat(-7L, 40)];
                    RateSums sums = Run(withBad, [], output, 0, long.MaxValue, rate, MidpointRounding.ToEven, path, start, count);
                    Assert.Equal(BatchFault.None, sums.Fault);
                    Assert.Equal(expected.Where(v => v != -7L).Sum(), sums.Total);
                    Assert.Equal(expected, output);
                    long annual = Enumerable.Range(start, count).Sum(i => Oracle(bases[i], rate, MidpointRounding.ToEven) * months[i]);
                    Assert.Equal(annual, Run(withBad, months, [], 0, long.MaxValue, rate, MidpointRounding.ToEven, path, start, count).Total);
                }
            }
        }
    }

    [Fact]
    public void Blocks_of_2048_each_validate_and_sum_on_their_own()
    {
        // 2048 + 5 bases: the second block is a short one; a base of 2³² in one block sends only that block exact.
        foreach (BatchPath path in BatchPaths.Supported())
        {
            long[] bases = Bases(BlockScan.Length + 5, 99);
            bases[BlockScan.Length + 2] = 1L << 33;
            Rate rate = Rate.FromRatio(5, 12);
            long[] expected = [.. bases.Select(b => Oracle(b, rate, MidpointRounding.AwayFromZero))];
            long[] output = new long[bases.Length];
            RateSums sums = Run(bases, [], output, 0, long.MaxValue, rate, MidpointRounding.AwayFromZero, path);
            Assert.Equal(BatchFault.None, sums.Fault);
            Assert.Equal(expected.Sum(), sums.Total);
            Assert.Equal(expected, output);

            // A fault in the second block: the first block is written, the second is not.
            bases[BlockScan.Length + 3] = -1;
            output = new long[bases.Length];
            sums = Run(bases, [], output, 0, long.MaxValue, rate, MidpointRounding.AwayFromZero, path);
            Assert.Equal(BatchFault.Negative, sums.Fault);
            Assert.Equal(BlockScan.Length + 3, sums.FaultIndex);
            Assert.Equal(expected[..BlockScan.Length], output[..BlockScan.Length]);
            Assert.All(output[BlockScan.Length..], v => Assert.Equal(0, v));

            int[] months = new int[bases.Length];
            Array.Fill(months, 2);
            months[BlockScan.Length + 1] = 13;
            sums = Run(bases, months, [], 0, long.MaxValue, rate, MidpointRounding.AwayFromZero, path);
            Assert.Equal(BatchFault.OutOfRange, sums.Fault);
            Assert.Equal(BlockScan.Length + 1, sums.FaultIndex);
        }
    }

    [Fact]
    public void The_exact_path_throws_on_a_real_overflow_and_reports_partial_sums_at_a_fault()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            long half = (long.MaxValue / 2) + 1;
            Assert.Throws<OverflowException>(() => Run([half, half], [], [], 0, long.MaxValue, Rate.OneHundredPercent, MidpointRounding.ToEven, path));
            Assert.Throws<OverflowException>(() => Run([1, long.MaxValue / 2], [1, 3], [], 0, long.MaxValue, Rate.OneHundredPercent, MidpointRounding.ToEven, path));
            OverflowException e = Assert.Throws<OverflowException>(() => Run([long.MaxValue], [], [], 0, long.MaxValue, Rate.FromRatio(3, 2), MidpointRounding.AwayFromZero, path));
            Assert.Equal($"contribution {(((Int128)long.MaxValue * 3) + 1) / 2} does not fit in 64 bits.", e.Message);
            Assert.Equal(long.MaxValue, Run([long.MaxValue], [], [], 0, long.MaxValue, Rate.OneHundredPercent, MidpointRounding.ToEven, path).Total);
            Assert.Equal(long.MaxValue - 1, Run([long.MaxValue / 2, long.MaxValue / 2], [], [], 0, long.MaxValue, Rate.OneHundredPercent, MidpointRounding.ToEven, path).Total);
        }

        // Exact directly: the total up to the fault (the public methods ignore it), each earlier amount written.
        long[] bases = [100, 300, 700, -1, 5];
        long[] output = new long[5];
        var batch = new RateBatch { Input = bases, Output = output, Low = 0, High = long.MaxValue, Mode = MidpointRounding.AwayFromZero };
        batch.SetRate(Rate.FromRatio(1, 200));
        RateSums sums = RateKernel.Exact(batch, 1, 4);
        Assert.Equal((BatchFault.Negative, 3, 2L + 4), (sums.Fault, sums.FaultIndex, sums.Total));
        Assert.Equal([0L, 2, 4, 0, 0], output);
        sums = RateKernel.Exact(batch, 0, 3);
        Assert.Equal((BatchFault.None, 0, 1L + 2 + 4), (sums.Fault, sums.FaultIndex, sums.Total));
    }

    [Fact]
    public void The_batch_prepares_the_reciprocal_only_for_rates_within_0_to_100_percent_with_a_small_denominator()
    {
        var batch = default(RateBatch);
        batch.SetRate(Rate.FromRatio(2, 6));
        Assert.True(batch.HasReciprocal);
        Assert.Equal((1L, 3L), (batch.Reciprocal.Numerator, batch.Reciprocal.Divisor));
        Assert.Equal((2L, 6L), (batch.Rate.RawNumerator, batch.Rate.RawDenominator));
        batch.SetRate(Rate.FromRatio(3, 2));
        Assert.False(batch.HasReciprocal);
        batch.SetRate(Rate.FromRatio(3, (1L << 32) + 1));
        Assert.False(batch.HasReciprocal);
        batch.SetRate(Rate.Zero);
        Assert.True(batch.HasReciprocal);
        Assert.True(batch.Reciprocal.IsZero);
    }

    [Fact]
    public void Sums_merge_in_order_and_the_first_fault_wins()
    {
        var clean = new RateSums { Total = 5 };
        var faulted = new RateSums { Total = 3, Fault = BatchFault.OutsideBand, FaultIndex = 9 };
        var later = new RateSums { Total = 4, Fault = BatchFault.Negative, FaultIndex = 20 };
        RateSums merged = RateSums.Merge(clean, later);
        Assert.Equal((9L, BatchFault.Negative, 20), (merged.Total, merged.Fault, merged.FaultIndex));
        merged = RateSums.Merge(faulted, later);
        Assert.Equal((3L, BatchFault.OutsideBand, 9), (merged.Total, merged.Fault, merged.FaultIndex));
        merged = RateSums.Merge(faulted, clean);
        Assert.Equal((3L, BatchFault.OutsideBand, 9), (merged.Total, merged.Fault, merged.FaultIndex));
        merged = RateSums.Merge(clean, clean);
        Assert.Equal((10L, BatchFault.None, 0), (merged.Total, merged.Fault, merged.FaultIndex));
        Assert.Throws<OverflowException>(() => RateSums.Merge(new RateSums { Total = long.MaxValue }, new RateSums { Total = 1 }));
        var set = default(RateSums);
        set.SetFault(BatchFault.OutOfRange, 17);
        Assert.Equal((BatchFault.OutOfRange, 17), (set.Fault, set.FaultIndex));
        Assert.Equal(0, (int)BatchFault.None);
        Assert.Equal(1, (int)BatchFault.Negative);
        Assert.Equal(2, (int)BatchFault.OutsideBand);
        Assert.Equal(3, (int)BatchFault.OutOfRange);
    }

    [Fact]
    public void A_partitioned_job_gives_the_sequential_result_at_every_degree()
    {
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromRatio(5, 12), Rate.FromRatio(3, 2)])
            {
                foreach (int length in (int[])[0, 1, 7, 8, 9, 33, 40, 77])
                {
                    long[] bases = Bases(length, length);
                    int[] months = Months(length, length + 1);
                    long[] expected = [.. bases.Select(b => Oracle(b, rate, MidpointRounding.ToPositiveInfinity))];
                    Money[] input = [.. bases.Select(Money.FromFen)];
                    foreach (int degree in (int[])[1, 2, 3, 7])
                    {
                        var output = new Money[length];
                        var job = new RateJob(input, default, output, 0, long.MaxValue, rate, MidpointRounding.ToPositiveInfinity, path);
                        RateSums sums = PartitionedBatch.Run<RateJob, RateSums>(job, length, degree, 8);
                        Assert.Equal(BatchFault.None, sums.Fault);
                        Assert.Equal(expected.Sum(), sums.Total);
                        Assert.Equal(expected, output.Select(m => m.Fen));

                        var annual = new RateJob(input, months, default, 0, long.MaxValue, rate, MidpointRounding.ToPositiveInfinity, path);
                        Assert.Equal(expected.Select((a, i) => a * months[i]).Sum(), PartitionedBatch.Run<RateJob, RateSums>(annual, length, degree, 8).Total);

                        if (length > 9)
                        {
                            // Two bad bases in different partitions: the earlier one is reported.
                            Money[] bad = [.. Bases(length, length, 0, 50_000).Select(Money.FromFen)];
                            bad[length - 2] = Money.FromFen(-1);
                            bad[9] = Money.FromFen(60_000);
                            var banded = new RateJob(bad, default, new Money[length], 0, 50_000, rate, MidpointRounding.ToPositiveInfinity, path);
                            RateSums faulted = PartitionedBatch.Run<RateJob, RateSums>(banded, length, degree, 8);
                            Assert.Equal((BatchFault.OutsideBand, 9), (faulted.Fault, faulted.FaultIndex));
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void An_overflow_in_a_partition_is_rethrown()
    {
        Money half = Money.FromFen((long.MaxValue / 2) + 1);
        Money[] input = [.. Enumerable.Repeat(Money.FromFen(1), 40)];
        input[30] = half;
        input[31] = half;
        foreach (int degree in (int[])[1, 2, 3, 7])
        {
            var job = new RateJob(input, default, default, 0, long.MaxValue, Rate.OneHundredPercent, MidpointRounding.ToEven, BatchPaths.Best);
            Assert.Throws<OverflowException>(() => PartitionedBatch.Run<RateJob, RateSums>(job, 40, degree, 8));
        }
    }
}
