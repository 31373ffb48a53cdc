using System;
using System.Runtime.CompilerServices;

namespace FundMath.Forecasting.Stress;

/// <summary>
/// xoshiro256** behind <see cref="System.Random"/>, so that MathNet.Numerics' distributions sample from it, and
/// re-seedable: one instance per worker thread is re-seeded for every path from (seed, path index) through
/// SplitMix64 — no allocation per path, and each path's draws depend on nothing but its index.
/// </summary>
internal sealed class PathRandom : Random
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public PathRandom(long seed, long path) => Reseed(seed, path);

    public void Reseed(long seed, long path)
    {
        ulong x = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)path * 0xD1B54A32D192ED03UL) ^ 0x2545F4914F6CDD1DUL);
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(s1 * 5, 7) * 9;
            ulong t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
            return result;
        }
    }

    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(NextDouble() * ((long)maxValue - minValue));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    protected override double Sample() => NextDouble();

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
