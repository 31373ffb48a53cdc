using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FundMath;

/// <summary>
/// The per-block pre-scan of the batch kernels: the smallest and largest input of a block of
/// <see cref="Length"/> elements, read while the block passes through the L1 cache, so the kernel decides the
/// block's validity and headroom once before writing anything — the data still crosses memory once.
/// </summary>
internal static class BlockScan
{
    /// <summary>Elements per block (16 KB of 64-bit values: the block stays in L1 between the scan and the kernel).</summary>
    internal const int Length = 2048;

    /// <summary>The minimum and maximum of <paramref name="values"/>[start .. start + count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (long Min, long Max) MinMax<TL, TV>(ReadOnlySpan<long> values, int start, int count)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        ref long source = ref MemoryMarshal.GetReference(values);
        nint i = start;
        nint end = start + count;
        long min = long.MaxValue;
        long max = long.MinValue;
        if (count >= TL.Count)
        {
            TV vmin = TL.Create(long.MaxValue);
            TV vmax = TL.Create(long.MinValue);
            for (; i <= end - TL.Count; i = unchecked(i + TL.Count))
            {
                TV v = TL.Load(ref Unsafe.Add(ref source, i));
                vmin = TL.Min(vmin, v);
                vmax = TL.Max(vmax, v);
            }

            min = TL.MinAcross(vmin);
            max = TL.MaxAcross(vmax);
        }

        for (; i < end; i++)
        {
            long v = Unsafe.Add(ref source, i);
            min = v < min ? v : min;
            max = v > max ? v : max;
        }

        return (min, max);
    }

    /// <summary>The index of the first element of [start, start + count) below <paramref name="low"/> or above <paramref name="high"/>; −1 when none.</summary>
    internal static int FirstOutside(ReadOnlySpan<long> values, int start, int count, long low, long high)
    {
        for (int i = start; i < start + count; i++)
        {
            if (values[i] < low || values[i] > high)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The (min, max) scan on the widest lanes of <paramref name="path"/>.</summary>
    internal static (long Min, long Max) MinMax(ReadOnlySpan<long> values, int start, int count, BatchPath path) => path switch
    {
        BatchPath.Vector512 => MinMax<Vector512Lanes, System.Runtime.Intrinsics.Vector512<long>>(values, start, count),
        BatchPath.Vector256 => MinMax<Vector256Lanes, System.Runtime.Intrinsics.Vector256<long>>(values, start, count),
        _ => MinMax<ScalarLanes, long>(values, start, count),
    };
}
