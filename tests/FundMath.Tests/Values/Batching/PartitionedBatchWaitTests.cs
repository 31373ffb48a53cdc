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
