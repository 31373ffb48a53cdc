namespace FundMath;

/// <summary>
/// One batch split into contiguous ranges for <see cref="PartitionedBatch"/>: each range runs the sequential
/// kernel, and the ranges' results merge in order by the aggregate's own merge law (integer sums, counts, the first
/// fault), so the partitioned result is bit-identical to the sequential one.
/// </summary>
/// <typeparam name="TResult">The per-range result.</typeparam>
internal interface IPartitionJob<TResult>
    where TResult : struct
{
    /// <summary>Runs the sequential kernel over elements [start, start + count) of the batch (indices are batch-wide).</summary>
    TResult Run(int start, int count);

    /// <summary>The result of <paramref name="first"/>'s range followed by <paramref name="second"/>'s.</summary>
    TResult Merge(in TResult first, in TResult second);
}
