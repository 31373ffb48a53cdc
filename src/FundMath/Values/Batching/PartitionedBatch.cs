using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace FundMath;

/// <summary>
/// Runs a batch as contiguous partitions on the thread pool with a degree of parallelism the caller chooses, then
/// merges the partitions' results in order (see <see cref="IPartitionJob{TResult}"/>), so the result is
/// bit-identical to the sequential form.
/// </summary>
/// <remarks>
/// <para>Fork-join without tasks: one state object is queued to the thread pool once per extra worker
/// (<see cref="ThreadPool.UnsafeQueueUserWorkItem(IThreadPoolWorkItem, bool)"/>); every participant, the calling
/// thread included, claims the next unclaimed partition with an interlocked increment until none is left, and the
/// caller then waits for the partitions still running. There are up to four partitions per participant, so a
/// thread that gets less of the CPU (a shared machine) simply claims fewer; when no pool thread starts at all, the
/// calling thread runs every partition itself — the call never waits for a pool thread to start.</para>
/// <para>Partition boundaries are multiples of the caller's alignment (a kernel block, or 64 rows), so partitions
/// never share a cache line of output.</para>
/// <para>Allocation per call, independent of the batch size: the state object with one result and one exception slot
/// per partition (about 0.7 KB for a degree of 2 and 1.2 KB for 4 with 56-byte contribution sums; the job object the
/// caller passes is another ~100 bytes).
/// Nothing is allocated per element, and no Task is created. An exception in a partition (only the exact paths'
/// checked overflow can throw inside a kernel) is rethrown on the calling thread — the earliest partition's.</para>
/// </remarks>
internal static class PartitionedBatch
{
    /// <summary>The largest degree of parallelism accepted.</summary>
    internal const int MaxDegree = 256;

    /// <summary>Checks a caller's degree of parallelism (1 runs sequentially on the calling thread).</summary>
    internal static void CheckDegree(int degreeOfParallelism) =>
        Preconditions.CheckArgumentRange(nameof(degreeOfParallelism), degreeOfParallelism, 1, MaxDegree);

    /// <summary>Partitions per participant: a few more than one, so a participant that gets less CPU takes fewer.</summary>
    internal const int PartitionsPerWorker = 4;

    /// <summary>
    /// Runs <paramref name="job"/> over [0, <paramref name="length"/>) on at most <paramref name="degreeOfParallelism"/>
    /// threads at once (the calling thread and degree − 1 pool threads), in up to <see cref="PartitionsPerWorker"/>
    /// partitions per thread claimed dynamically, then merges the partitions in order.
    /// </summary>
    internal static TResult Run<TJob, TResult>(TJob job, int length, int degreeOfParallelism, int alignment)
        where TJob : class, IPartitionJob<TResult>
        where TResult : struct
    {
        CheckDegree(degreeOfParallelism);
        long chunks = ((long)length + alignment - 1) / alignment;
        if (degreeOfParallelism == 1 || chunks <= 1)
        {
            return job.Run(0, length);
        }

        int partitions = (int)Math.Min(chunks, (long)degreeOfParallelism * PartitionsPerWorker);
        int workers = Math.Min(degreeOfParallelism, partitions);
        var state = new State<TJob, TResult>(job, length, partitions, alignment);
        for (int i = 1; i < workers; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(state, preferLocal: false);
        }

        state.RunClaimed();
        state.WaitForAll();
        for (int p = 0; p < partitions; p++)
        {
            if (state.Errors[p] is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }
        }

        TResult result = state.Results[0];
        for (int p = 1; p < partitions; p++)
        {
            result = job.Merge(result, state.Results[p]);
        }

        return result;
    }

    /// <summary>Partition p of n over <paramref name="length"/> elements: equal runs of whole alignment units, the last takes the rest.</summary>
    internal static (int Start, int Count) Range(int partition, int partitions, int length, int alignment)
    {
        long chunks = ((long)length + alignment - 1) / alignment;
        long first = Math.Min(chunks * partition / partitions * alignment, length);
        long next = partition == partitions - 1 ? length : Math.Min(chunks * (partition + 1) / partitions * alignment, length);
        return ((int)first, (int)(next - first));
    }

    private sealed class State<TJob, TResult> : IThreadPoolWorkItem
        where TJob : class, IPartitionJob<TResult>
        where TResult : struct
    {
        private readonly TJob job;
        private readonly int length;
        private readonly int partitions;
        private readonly int alignment;
        private int claimed = -1;
        private int running;

        internal State(TJob job, int length, int partitions, int alignment)
        {
            this.job = job;
            this.length = length;
            this.partitions = partitions;
            this.alignment = alignment;
            running = partitions;
            Results = new TResult[partitions];
            Errors = new Exception?[partitions];
        }

        internal TResult[] Results { get; }

        internal Exception?[] Errors { get; }

        /// <summary>A pool thread's entry: claim partitions until none is left.</summary>
        public void Execute() => RunClaimed();

        internal void RunClaimed()
        {
            int p;
            while ((p = Interlocked.Increment(ref claimed)) < partitions)
            {
                (int start, int count) = Range(p, partitions, length, alignment);
                try
                {
                    Results[p] = job.Run(start, count);
                }
                catch (Exception e)
                {
                    Errors[p] = e;
                }

                if (Interlocked.Decrement(ref running) == 0)
                {
                    lock (this)
                    {
                        Monitor.PulseAll(this);
                    }
                }
            }
        }

        /// <summary>Waits until every partition has finished (spinning briefly, then blocking).</summary>
        internal void WaitForAll()
        {
            var spin = default(SpinWait);
            while (Volatile.Read(ref running) != 0)
            {
                if (spin.NextSpinWillYield)
                {
                    lock (this)
                    {
                        while (Volatile.Read(ref running) != 0)
                        {
                            Monitor.Wait(this);
                        }
                    }

                    return;
                }

                spin.SpinOnce();
            }
        }
    }
}
