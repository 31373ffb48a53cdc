using System;
using System.Runtime.Intrinsics;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// Every <see cref="ILanes{TV}"/> operation of <see cref="ScalarLanes"/>, <see cref="Vector256Lanes"/> and
/// <see cref="Vector512Lanes"/> against its per-lane definition in plain 64-bit arithmetic (wrapping sums, signed
/// compares giving −1/0 masks, unsigned 32×32→64 products, logical shifts), over edge values at every lane position;
/// the horizontal sum, minimum and maximum with the extreme in each lane; and <see cref="BatchPaths"/>.
/// </summary>
public class LanesTests
{
    private static readonly long[] Values =
    [
        0, 1, -1, long.MaxValue, long.MinValue, 1L << 32, (1L << 32) - 1, -(1L << 32), 0x1234_5678_9ABC_DEF0,
        unchecked((long)0xFEDC_BA98_7654_3210), 7, -7, 1L << 31, int.MaxValue, int.MinValue, 42, 42, 3, -3, 1L << 62,
        -(1L << 62), 100, 99, 0, 1, -1, long.MaxValue - 1, long.MinValue + 1, 5, 5,
    ];

    private static long Mask(bool condition) => condition ? -1 : 0;

    private static void Check<TL, TV>(int expectedCount)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        int c = TL.Count;
        Assert.Equal(expectedCount, c);
        for (int sa = 0; sa + c <= Values.Length; sa++)
        {
            for (int shift = 0; shift < 7; shift++)
            {
                long[] a = Values[sa..(sa + c)];
                long[] b = new long[c];
                for (int i = 0; i < c; i++)
                {
                    // b: a rotation of the values, with every third lane equal to a's (to exercise Equal and the ties).
                    b[i] = (i + shift) % 3 == 0 ? a[i] : Values[(sa + i + (shift * 5) + 1) % Values.Length];
                }

                TV x = TL.Load(ref a[0]);
                TV y = TL.Load(ref b[0]);
                string context = $"{typeof(TL).Name} sa={sa} shift={shift}";
                Lanewise<TL, TV>(TL.Add(x, y), i => unchecked(a[i] + b[i]), context + " Add");
                Lanewise<TL, TV>(TL.Subtract(x, y), i => unchecked(a[i] - b[i]), context + " Subtract");
                Lanewise<TL, TV>(TL.Max(x, y), i => Math.Max(a[i], b[i]), context + " Max");
                Lanewise<TL, TV>(TL.Min(x, y), i => Math.Min(a[i], b[i]), context + " Min");
                Lanewise<TL, TV>(TL.Max(y, x), i => Math.Max(a[i], b[i]), context + " Max'");
                Lanewise<TL, TV>(TL.Min(y, x), i => Math.Min(a[i], b[i]), context + " Min'");
                Lanewise<TL, TV>(TL.GreaterThan(x, y), i => Mask(a[i] > b[i]), context + " GreaterThan");
                Lanewise<TL, TV>(TL.GreaterThan(y, x), i => Mask(b[i] > a[i]), context + " GreaterThan'");
                Lanewise<TL, TV>(TL.Equal(x, y), i => Mask(a[i] == b[i]), context + " Equal");
                Lanewise<TL, TV>(TL.And(x, y), i => a[i] & b[i], context + " And");
                Lanewise<TL, TV>(TL.Or(x, y), i => a[i] | b[i], context + " Or");
                Lanewise<TL, TV>(TL.AndNot(x, y), i => ~a[i] & b[i], context + " AndNot");
                Lanewise<TL, TV>(TL.MultiplyLow32(x, y), i => unchecked((long)((ulong)(uint)a[i] * (uint)b[i])), context + " MultiplyLow32");
                Lanewise<TL, TV>(TL.ShiftRightLogical32(x), i => unchecked((long)((ulong)a[i] >> 32)), context + " ShiftRightLogical32");
                long sum = 0, min = long.MaxValue, max = long.MinValue;
                foreach (long v in a)
                {
                    sum = unchecked(sum + v);
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }

                Assert.True(sum == TL.Sum(x), context + " Sum");
                Assert.True(min == TL.MinAcross(x), context + " MinAcross");
                Assert.True(max == TL.MaxAcross(x), context + " MaxAcross");
                var stored = new long[c + 2];
                stored[0] = stored[^1] = -99;
                TL.Store(ref stored[1], x);
                Assert.True(stored.AsSpan(1, c).SequenceEqual(a) && stored[0] == -99 && stored[^1] == -99, context + " Store");
            }
        }

        foreach (long v in new[] { 0, -1, long.MinValue, long.MaxValue, 12345 })
        {
            Lanewise<TL, TV>(TL.Create(v), _ => v, $"{typeof(TL).Name} Create {v}");
        }

        int[] ints = [int.MinValue, -1, 0, 1, int.MaxValue, -12345, 678, -9, 10, 11];
        for (int s = 0; s + c <= ints.Length; s++)
        {
            Lanewise<TL, TV>(TL.LoadWidened(ref ints[s]), i => ints[s + i], $"{typeof(TL).Name} LoadWidened {s}");
        }

        // The extreme in each lane, alone and tied, for the horizontal reductions.
        for (int pos = 0; pos < c; pos++)
        {
            foreach (long background in new[] { 0L, 5L, long.MinValue + 10, long.MaxValue - 10 })
            {
                long[] v = new long[c];
                Array.Fill(v, background);
                v[pos] = background - 9;
                TV low = TL.Load(ref v[0]);
                Assert.True(background - 9 == TL.MinAcross(low), $"{typeof(TL).Name} MinAcross pos={pos}");
                Assert.True((c == 1 ? background - 9 : background) == TL.MaxAcross(low), $"{typeof(TL).Name} MaxAcross' pos={pos}");
                v[pos] = background + 9;
                TV high = TL.Load(ref v[0]);
                Assert.True(background + 9 == TL.MaxAcross(high), $"{typeof(TL).Name} MaxAcross pos={pos}");
                Assert.True((c == 1 ? background + 9 : background) == TL.MinAcross(high), $"{typeof(TL).Name} MinAcross' pos={pos}");
                Assert.True(unchecked((background * c) + 9) == TL.Sum(high), $"{typeof(TL).Name} Sum pos={pos}");
            }
        }
    }

    private static void Lanewise<TL, TV>(TV actual, Func<int, long> expected, string context)
        where TL : struct, ILanes<TV>
        where TV : struct
    {
        var lanes = new long[TL.Count];
        TL.Store(ref lanes[0], actual);
        for (int i = 0; i < lanes.Length; i++)
        {
            Assert.True(expected(i) == lanes[i], $"{context} lane {i}: expected {expected(i)}, got {lanes[i]}");
        }
    }

    [Fact]
    public void Scalar_lanes_follow_the_per_lane_definitions() => Check<ScalarLanes, long>(1);

    [Fact]
    public void Vector256_lanes_follow_the_per_lane_definitions()
    {
        Assert.True(Vector256Lanes.IsSupported, "this CPU has AVX2");
        Check<Vector256Lanes, Vector256<long>>(4);
    }

    [Fact]
    public void Vector512_lanes_follow_the_per_lane_definitions()
    {
        Assert.True(Vector512Lanes.IsSupported, "this CPU has AVX-512");
        Check<Vector512Lanes, Vector512<long>>(8);
    }

    [Fact]
    public void BatchPaths_lists_and_checks_the_paths_this_CPU_runs()
    {
        // This CPU has AVX-512: every path runs, the widest is the best, and they are listed narrowest first.
        Assert.Equal(BatchPath.Vector512, BatchPaths.Best);
        Assert.Equal([BatchPath.Scalar, BatchPath.Vector256, BatchPath.Vector512], BatchPaths.Supported());
        Assert.True(BatchPaths.IsSupported(BatchPath.Scalar));
        Assert.True(BatchPaths.IsSupported(BatchPath.Vector256));
        Assert.True(BatchPaths.IsSupported(BatchPath.Vector512));
        Assert.Equal((0, 1, 2), ((int)BatchPath.Scalar, (int)BatchPath.Vector256, (int)BatchPath.Vector512));
        foreach (BatchPath path in BatchPaths.Supported())
        {
            BatchPaths.Check(path);
        }

        foreach (BatchPath bad in new[] { (BatchPath)3, (BatchPath)(-1), (BatchPath)100 })
        {
            Assert.False(BatchPaths.IsSupported(bad));
            var e = Assert.Throws<PlatformNotSupportedException>(() => BatchPaths.Check(bad));
            Assert.Equal($"Batch path {(int)bad} is not supported on this CPU.", e.Message);
        }
    }
}
