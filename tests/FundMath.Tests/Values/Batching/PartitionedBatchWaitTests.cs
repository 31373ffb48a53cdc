namespace FundMath.Tests.Values.Batching;

using System;
using System.Threading;
using FundMath;

/// <summary>
/// <see cref="PartitionedBatch.Run{TJob, TResult}"/> returns only after every partition has finished, including a
/// partition a pool thread is still running when the calling thread has run out of partitions to claim.
/// </summary>
public class PartitionedBatchWaitTests
{
    [Fact]
    public void The_merge_waits_for_a_partition_still_running_on_a_pool_thread()
    {
        // 4 elements, alignment 1, degree 2: min(4 chunks, 2 × 4) = 4 partitions of one element each. The calling
        // thread's first partition waits until a pool thread has started one, which then takes 200 ms: the calling
        // thread claims the rest and must still wait for it. Result: the sum of the counts, 4.
        var job = new SlowPoolPartitionJob(Environment.CurrentManagedThreadId);
        Assert.Equal(4, PartitionedBatch.Run<SlowPoolPartitionJob, long>(job, 4, 2, 1));
        Assert.Equal(4, Volatile.Read(ref job.Finished));
    }

    [Fact]
    public void At_most_the_degree_of_threads_run_partitions_at_once()
    {
        // 8 elements, alignment 1, degree 2: 8 partitions, but only the calling thread and one pool work item run
        // them, so never more than 2 partitions at once, however many pool threads are idle. Each partition holds
        // its place for up to 150 ms so that any extra participant would overlap. Result: the sum of the counts, 8.
        // The pool is given enough idle threads for extra work items to start at once (restored afterwards).
        ThreadPool.GetMinThreads(out int workerThreads, out int completionPortThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, 16), completionPortThreads);
        try
        {
            var job = new ConcurrencyJob();
            Assert.Equal(8, PartitionedBatch.Run<ConcurrencyJob, long>(job, 8, 2, 1));
            Assert.InRange(job.MaxConcurrent, 1, 2);
        }
        finally
        {
            ThreadPool.SetMinThreads(workerThreads, completionPortThreads);
        }
    }

    private sealed class ConcurrencyJob : IPartitionJob<long>
    {
        private int current;

        internal int MaxConcurrent;

        public long Run(int start, int count)
        {
            int now = Interlocked.Increment(ref current);
            int seen;
            while (now > (seen = Volatile.Read(ref MaxConcurrent)) && Interlocked.CompareExchange(ref MaxConcurrent, now, seen) != seen)
            {
            }

            // Hold the partition until a third participant shows up (it never should) or 150 ms have passed.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 150)
            {
                int seenNow = Volatile.Read(ref current);
                int max;
                while (seenNow > (max = Volatile.Read(ref MaxConcurrent)) && Interlocked.CompareExchange(ref MaxConcurrent, seenNow, max) != max)
                {
                }

                if (seenNow > 2)
                {
                    break;
                }

                Thread.Sleep(1);
            }

            Interlocked.Decrement(ref current);
            return count;
        }

        public long Merge(in long first, in long second) => first + second;
    }

    private sealed class SlowPoolPartitionJob(int callerThread) : IPartitionJob<long>
    {
        private readonly ManualResetEventSlim poolStarted = new(false);

        internal int Finished;

        public long Run(int start, int count)
        {
            if (Environment.CurrentManagedThreadId == callerThread)
            {
                // Give up after 10 s (a pool that never runs the work item) rather than hang.
                poolStarted.Wait(TimeSpan.FromSeconds(10));
            }
            else if (!poolStarted.IsSet)
            {
                poolStarted.Set();
                Thread.Sleep(200);
            }

            Interlocked.Increment(ref Finished);
            return count;
        }

        public long Merge(in long first, in long second) => first + second;
    }
}
