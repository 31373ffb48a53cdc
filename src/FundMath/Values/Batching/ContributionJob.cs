using System;
using System.Runtime.InteropServices;

namespace FundMath;

/// <summary>
/// A contribution batch over memory (so it can cross threads) for <see cref="PartitionedBatch"/>: each partition
/// rebuilds the <see cref="ContributionBatch"/> over its spans and runs <see cref="ContributionKernel"/>.
/// </summary>
internal sealed class ContributionJob : IPartitionJob<ContributionSums>
{
    private readonly ReadOnlyMemory<Money> input;
    private readonly Memory<Money> bases;
    private readonly Memory<Money> employer;
    private readonly Memory<Money> individual;
    private readonly long floor;
    private readonly long cap;
    private readonly Rate employerRate;
    private readonly Rate maternityRate;
    private readonly Rate individualRate;
    private readonly MidpointRounding mode;
    private readonly ContributionKernel.Operation operation;
    private readonly BatchPath path;

    internal ContributionJob(ContributionKernel.Operation operation, ReadOnlyMemory<Money> input, Memory<Money> bases, Memory<Money> employer, Memory<Money> individual, long floor, long cap, Rate employerRate, Rate maternityRate, Rate individualRate, MidpointRounding mode, BatchPath path)
    {
        this.operation = operation;
        this.input = input;
        this.bases = bases;
        this.employer = employer;
        this.individual = individual;
        this.floor = floor;
        this.cap = cap;
        this.employerRate = employerRate;
        this.maternityRate = maternityRate;
        this.individualRate = individualRate;
        this.mode = mode;
        this.path = path;
    }

    public ContributionSums Run(int start, int count)
    {
        var batch = new ContributionBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(input.Span),
            Bases = MemoryMarshal.Cast<Money, long>(bases.Span),
            Employer = MemoryMarshal.Cast<Money, long>(employer.Span),
            Individual = MemoryMarshal.Cast<Money, long>(individual.Span),
            Floor = floor,
            Cap = cap,
            Mode = mode,
        };
        batch.SetRates(employerRate, maternityRate, individualRate);
        return ContributionKernel.Run(batch, operation, start, count, path);
    }

    public ContributionSums Merge(in ContributionSums first, in ContributionSums second) => ContributionSums.Merge(first, second);
}
