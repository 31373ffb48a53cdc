namespace FundMath.Tests.Values.Batching;

using System;
using FundMath;

/// <summary>
/// <see cref="RateKernel"/> faults at a band's floor (a zero base is outside the band, not negative) on the lanes and
/// on the exact path, and the months pre-scan, which must stop at the end of the batch.
/// </summary>
public class RateKernelMutationTests
{
    private static RateSums Run(long[] input, int[] months, long low, long high, Rate rate, BatchPath path, int start = 0, int count = -1)
    {
        var batch = new RateBatch { Input = input, Months = months, Output = [], Low = low, High = high, Mode = MidpointRounding.ToEven };
        batch.SetRate(rate);
        return RateKernel.Run(batch, start, count < 0 ? input.Length : count, path);
    }

    [Fact]
    public void A_zero_base_below_a_band_floor_is_outside_the_band_on_every_path()
    {
        // Floor 100 fen: 0 is below the band but not negative; −5 is negative. 8% has a reciprocal (lanes),
        // 3/2 has none (exact path).
        foreach (BatchPath path in BatchPaths.Supported())
        {
            foreach (Rate rate in (Rate[])[Rate.FromPercent(8m), Rate.FromRatio(3, 2)])
            {
                RateSums zero = Run([150, 0, 200], [], 100, long.MaxValue, rate, path);
                Assert.Equal(BatchFault.OutsideBand, zero.Fault);
                Assert.Equal(1, zero.FaultIndex);

                RateSums negative = Run([150, 200, -5], [], 100, long.MaxValue, rate, path);
                Assert.Equal(BatchFault.Negative, negative.Fault);
                Assert.Equal(2, negative.FaultIndex);
            }
        }
    }

    [Fact]
    public void The_months_scan_reads_only_the_batch()
    {
        // Bases 100, 200, 300 fen at 8% = 8, 16, 24 fen; × months 1, 2, 3 = 8 + 32 + 72 = 112 fen. The month after
        // the batch (99) is out of range but not part of it.
        foreach (BatchPath path in BatchPaths.Supported())
        {
            RateSums sums = Run([100, 200, 300, 400], [1, 2, 3, 99], 0, long.MaxValue, Rate.FromPercent(8m), path, 0, 3);
            Assert.Equal(BatchFault.None, sums.Fault);
            Assert.Equal(112, sums.Total);

            // From index 1: 16 × 2 + 24 × 3 = 104 fen; the 99s before and after are outside the batch.
            RateSums inner = Run([100, 200, 300, 400], [99, 2, 3, 99], 0, long.MaxValue, Rate.FromPercent(8m), path, 1, 2);
            Assert.Equal(BatchFault.None, inner.Fault);
            Assert.Equal(104, inner.Total);
        }
    }

    [Fact]
    public void Merging_sums_keeps_the_first_fault_and_adds_checked()
    {
        var faulty = default(RateSums);
        faulty.SetFault(BatchFault.Negative, 3);
        var ok = new RateSums { Total = 5 };
        Assert.Equal(BatchFault.Negative, RateSums.Merge(faulty, ok).Fault);
        Assert.Equal(3, RateSums.Merge(faulty, ok).FaultIndex);
        Assert.Equal(10, RateSums.Merge(ok, ok).Total);
        Assert.Throws<OverflowException>(() => RateSums.Merge(new RateSums { Total = long.MaxValue }, new RateSums { Total = 1 }));
    }
}
