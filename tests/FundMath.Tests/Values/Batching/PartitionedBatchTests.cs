using System;
using System.Collections.Concurrent;
using System.Linq;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="PartitionedBatch"/>: the ranges cover [0, length) exactly, in whole alignment units, and merge in
/// order; the number of partitions is min(chunks, 4 × degree); the earliest partition's exception is rethrown; the
/// degree is checked.
/// </summary>
public class PartitionedBatchTests
{
    private static readonly int[] Degrees = [1, 2, 3, 7];

    /// <summary>The covered range [Start, End), the sum of its indices, and whether a merge ever met a gap.</summary>
    internal readonly record struct Span(long Start, long End, long Sum, bool Broken);

    /// <summary>Records every range it runs; merges only adjacent ranges without the broken flag.</summary>
    private sealed class RecordingJob(int throwAtOrAfter = int.MaxValue) : IPartitionJob<Span>
    {
        public ConcurrentQueue<(int Start, int Count)> Calls { get; } = new();

        public Span Run(int start, int count)
        {
            Calls.Enqueue((start, count));
            if (start + count > throwAtOrAfter && count > 0)
            {
                throw new InvalidOperationException($"partition at {start}");
            }

            long sum = 0;
            for (int i = start; i < start + count; i++)
            {
                sum += i;
            }

            return new Span(start, start + count, sum, false);
        }

        public Span Merge(in Span first, in Span second) =>
            new(first.Start, second.End, first.Sum + second.Sum, first.Broken || second.Broken || first.End != second.Start);
    }

    private static long Chunks(int length, int alignment) => ((long)length + alignment - 1) / alignment;

    [Fact]
    public void Every_degree_covers_the_batch_once_in_order_with_min_of_chunks_and_four_per_worker_partitions()
    {
        foreach (int alignment in new[] { 1, 3, 4, 8, 64 })
        {
            foreach (int degree in Degrees.Append(256))
            {
                for (int length = 0; length <= 70; length++)
                {
                    var job = new RecordingJob();
                    Span result = PartitionedBatch.Run<RecordingJob, Span>(job, length, degree, alignment);
                    string context = $"alignment={alignment} degree={degree} length={length}";
                    Assert.True(new Span(0, length, (long)length * (length - 1) / 2, false) == result, context + " " + result);
                    long chunks = Chunks(length, alignment);
                    long partitions = degree == 1 || chunks <= 1 ? 1 : Math.Min(chunks, degree * 4L);
                    var calls = job.Calls.OrderBy(c => c.Start).ThenBy(c => c.Count).ToArray();
                    Assert.True(partitions == calls.Length, context + " partitions");
                    Assert.All(calls, c => Assert.True(c.Start % alignment == 0 || c.Count == 0, context));
                    Assert.All(calls, c => Assert.True(c.Count >= 0, context));
                }
            }
        }
    }

    [Fact]
    public void Range_splits_into_equal_runs_of_whole_alignment_units_the_last_taking_the_rest()
    {
        foreach (int alignment in new[] { 1, 2, 3, 4, 8, 2048 })
        {
            for (int partitions = 1; partitions <= 12; partitions++)
            {
                for (int length = 0; length <= 60; length++)
                {
                    long chunks = Chunks(length, alignment);
                    int next = 0;
                    for (int p = 0; p < partitions; p++)
                    {
                        (int start, int count) = PartitionedBatch.Range(p, partitions, length, alignment);
                        // Independent form: partition p starts at ⌊chunks·p / partitions⌋ units (capped at the length).
                        long expectedStart = Math.Min(chunks * p / partitions * alignment, length);
                        long expectedEnd = p == partitions - 1 ? length : Math.Min(chunks * (p + 1) / partitions * alignment, length);
                        string context = $"alignment={alignment} partitions={partitions} length={length} p={p}";
                        Assert.True(next == start, context);
                        Assert.True((expectedStart, expectedEnd - expectedStart) == (start, count), context);
                        Assert.True(count >= 0, context);
                        next = start + count;
                    }

                    Assert.Equal(length, next);
                }
            }
        }
    }

    [Fact]
    public void Range_values()
    {
        // 10 elements in units of 4 are 3 chunks: partition 0 of 2 gets ⌊3·0/2⌋ = 0 to ⌊3·1/2⌋ = 1 unit, partition 1 the rest.
        Assert.Equal((0, 4), PartitionedBatch.Range(0, 2, 10, 4));
        Assert.Equal((4, 6), PartitionedBatch.Range(1, 2, 10, 4));
        Assert.Equal((0, 10), PartitionedBatch.Range(0, 1, 10, 4));
        // 7 elements of 1 in 3: ⌊7/3⌋ = 2, ⌊14/3⌋ = 4, the rest.
        Assert.Equal((0, 2), PartitionedBatch.Range(0, 3, 7, 1));
        Assert.Equal((2, 2), PartitionedBatch.Range(1, 3, 7, 1));
        Assert.Equal((4, 3), PartitionedBatch.Range(2, 3, 7, 1));
        // More partitions than chunks: the early ones are empty at 0; a chunk past the length is capped.
        Assert.Equal((0, 0), PartitionedBatch.Range(0, 4, 5, 4));
        Assert.Equal((0, 4), PartitionedBatch.Range(1, 4, 5, 4));
        Assert.Equal((4, 0), PartitionedBatch.Range(2, 4, 5, 4));
        Assert.Equal((4, 1), PartitionedBatch.Range(3, 4, 5, 4));
        // No 32-bit overflow at int.MaxValue: 2³¹ − 1 elements in blocks of 2048 are 2²⁰ chunks; the last of 1024
        // partitions starts at 1023·1024·2048 = 2,145,386,496. In units of 1, partition 5 of 7 spans
        // ⌊(2³¹ − 1)·5/7⌋ = 1,533,916,890 to ⌊(2³¹ − 1)·6/7⌋ = 1,840,700,268.
        Assert.Equal((2_145_386_496, int.MaxValue - 2_145_386_496), PartitionedBatch.Range(1023, 1024, int.MaxValue, 2048));
        Assert.Equal((1_533_916_890, 1_840_700_268 - 1_533_916_890), PartitionedBatch.Range(5, 7, int.MaxValue, 1));
        // Quarters of 2²⁰ chunks of 2048: 2²⁹ = 1,073,741,824 to 3·2²⁹ = 1,610,612,736, then the rest.
        Assert.Equal((1_073_741_824, 536_870_912), PartitionedBatch.Range(2, 4, int.MaxValue, 2048));
        Assert.Equal((1_610_612_736, int.MaxValue - 1_610_612_736), PartitionedBatch.Range(3, 4, int.MaxValue, 2048));
    }

    [Fact]
    public void The_degree_is_checked_with_its_name_and_range()
    {
        foreach (int bad in new[] { 0, -1, 257, int.MinValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => PartitionedBatch.Run<RecordingJob, Span>(new RecordingJob(), 10, bad, 1));
            Assert.Equal("degreeOfParallelism", e.ParamName);
            Assert.Equal((long)bad, e.ActualValue);
            Assert.StartsWith($"degreeOfParallelism {bad} is outside the allowed range [1, 256].", e.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => PartitionedBatch.CheckDegree(bad));
        }

        PartitionedBatch.CheckDegree(1);
        PartitionedBatch.CheckDegree(256);
        Assert.Equal(256, PartitionedBatch.MaxDegree);
        Assert.Equal(4, PartitionedBatch.PartitionsPerWorker);
    }

    [Fact]
    public void An_exception_in_a_partition_is_rethrown_the_earliest_partitions_first()
    {
        foreach (int degree in new[] { 2, 3, 7 })
        {
            for (int at = 0; at < 40; at += 5)
            {
                var job = new RecordingJob(at);
                var e = Assert.Throws<InvalidOperationException>(() => PartitionedBatch.Run<RecordingJob, Span>(job, 40, degree, 4));
                // The earliest throwing partition is the one holding element `at` (its end exceeds at).
                int partitions = (int)Math.Min(10, degree * 4L);
                int first = Enumerable.Range(0, partitions).Select(p => PartitionedBatch.Range(p, partitions, 40, 4)).First(r => r.Count > 0 && r.Start + r.Count > at).Start;
                Assert.Equal($"partition at {first}", e.Message);
                Assert.Equal(partitions, job.Calls.Count);
            }
        }

        var sequential = Assert.Throws<InvalidOperationException>(() => PartitionedBatch.Run<RecordingJob, Span>(new RecordingJob(3), 40, 1, 4));
        Assert.Equal("partition at 0", sequential.Message);
    }
}
