using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace FundMath;

/// <summary>
/// Runs a batch as contiguous partitions on the thread pool with a degree of parallelism the caller chooses, then
/// merges the partitions' results in order (see <see cref="IPartitionJob{TResult}"/>).
/// </summary>
/// <remarks>
/// <para>Partition boundaries are multiples of the caller's alignment (a kernel block, or a cache line of rows), so
/// partitions never share a cache line of output. The calling thread runs one partition itself.</para>
/// <para>Allocation per call, independent of the batch size: the job object and its results array (the caller's),
/// plus what <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> allocates for its tasks, options
/// and loop state. Nothing is allocated per element. An exception in a partition (only the exact paths' checked
/// overflow can throw inside a kernel) is rethrown on the calling thread, the earliest partition's first.</para>
/// </remarks>
internal static class PartitionedBatch
{
    /// <summary>The largest degree of parallelism accepted.</summary>
    internal const int MaxDegree = 256;

    /// <summary>Checks a caller's degree of parallelism (1 runs sequentially on the calling thread).</summary>
    internal static void CheckDegree(int degreeOfParallelism) =>
        Preconditions.CheckArgumentRange(nameof(degreeOfParallelism), degreeOfParallelism, 1, MaxDegree);

    /// <summary>Runs <paramref name="job"/> over [0, <paramref name="length"/>) in at most <paramref name="degreeOfParallelism"/> partitions.</summary>
    internal static TResult Run<TJob, TResult>(TJob job, int length, int degreeOfParallelism, int alignment)
        where TJob : class, IPartitionJob<TResult>
        where TResult : struct
    {
        CheckDegree(degreeOfParallelism);
        int chunks = (int)(((long)length + alignment - 1) / alignment);
        int partitions = Math.Min(degreeOfParallelism, chunks);
        if (partitions <= 1)
        {
            return job.Run(0, length);
        }

        var state = new State<TJob, TResult>(job, length, partitions, alignment);
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, state.RunPartition);
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
        long first = chunks * partition / partitions * alignment;
        long next = partition == partitions - 1 ? length : chunks * (partition + 1) / partitions * alignment;
        return ((int)Math.Min(first, length), (int)(Math.Min(next, length) - Math.Min(first, length)));
    }

    private sealed class State<TJob, TResult>
        where TJob : class, IPartitionJob<TResult>
        where TResult : struct
    {
        private readonly TJob job;
        private readonly int length;
        private readonly int partitions;
        private readonly int alignment;

        internal State(TJob job, int length, int partitions, int alignment)
        {
            this.job = job;
            this.length = length;
            this.partitions = partitions;
            this.alignment = alignment;
            Results = new TResult[partitions];
            Errors = new Exception?[partitions];
        }

        internal TResult[] Results { get; }

        internal Exception?[] Errors { get; }

        internal void RunPartition(int partition)
        {
            (int start, int count) = Range(partition, partitions, length, alignment);
            try
            {
                Results[partition] = job.Run(start, count);
            }
            catch (Exception e)
            {
                Errors[partition] = e;
            }
        }
    }
}
