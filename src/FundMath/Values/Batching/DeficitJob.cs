using System;
using System.Runtime.InteropServices;

namespace FundMath;

/// <summary>A deficit scan over memory for <see cref="PartitionedBatch"/>.</summary>
internal sealed class DeficitJob : IPartitionJob<DeficitSums>
{
    private readonly ReadOnlyMemory<Money> income;
    private readonly ReadOnlyMemory<Money> expenditure;
    private readonly BatchPath path;

    internal DeficitJob(ReadOnlyMemory<Money> income, ReadOnlyMemory<Money> expenditure, BatchPath path)
    {
        this.income = income;
        this.expenditure = expenditure;
        this.path = path;
    }

    public DeficitSums Run(int start, int count) =>
        DeficitKernel.Run(MemoryMarshal.Cast<Money, long>(income.Span), MemoryMarshal.Cast<Money, long>(expenditure.Span), start, count, path);

    public DeficitSums Merge(in DeficitSums first, in DeficitSums second) => DeficitSums.Merge(first, second);
}
