using System;
using System.Runtime.InteropServices;

namespace FundMath;

/// <summary>A <see cref="RateKernel"/> batch over memory, for <see cref="PartitionedBatch"/>.</summary>
internal sealed class RateJob : IPartitionJob<RateSums>
{
    private readonly ReadOnlyMemory<Money> input;
    private readonly ReadOnlyMemory<int> months;
    private readonly Memory<Money> output;
    private readonly long low;
    private readonly long high;
    private readonly Rate rate;
    private readonly MidpointRounding mode;
    private readonly BatchPath path;

    internal RateJob(ReadOnlyMemory<Money> input, ReadOnlyMemory<int> months, Memory<Money> output, long low, long high, Rate rate, MidpointRounding mode, BatchPath path)
    {
        this.input = input;
        this.months = months;
        this.output = output;
        this.low = low;
        this.high = high;
        this.rate = rate;
        this.mode = mode;
        this.path = path;
    }

    public RateSums Run(int start, int count)
    {
        var batch = new RateBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(input.Span),
            Months = months.Span,
            Output = MemoryMarshal.Cast<Money, long>(output.Span),
            Low = low,
            High = high,
            Mode = mode,
        };
        batch.SetRate(rate);
        return RateKernel.Run(batch, start, count, path);
    }

    public RateSums Merge(in RateSums first, in RateSums second) => RateSums.Merge(first, second);
}
