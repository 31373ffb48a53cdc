using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// The per-batch reciprocal of a rate replaces a division by data with multiplies; it must round exactly as the
/// Int128 reference (<see cref="IntegerRounding.Divide"/>) for every base below 2³² and every mode.
/// </summary>
public class RateReciprocalTests
{
    private static readonly long[] EdgeBases = [0, 1, 2, (1L << 31) - 1, 1L << 31, (1L << 31) + 1, (1L << 32) - 2, (1L << 32) - 1];

    private static Arbitrary<(long N, long D)> Rates()
    {
        Gen<long> d = Gen.Frequency(
            (3, Gen.Choose(1, 1_000_000).Select(i => (long)i)),
            (2, Gen.Elements(1L, 2, 3, 7, 12, 20, 50, 200, 1000, 10_000, 100_000_000)),
            (2, Gen.Choose(0, int.MaxValue).Select(i => (long)uint.MaxValue - i)));
        Gen<(long, long)> gen = d.SelectMany(den => Gen.Frequency(
            (4, Gen.Choose(0, int.MaxValue).Select(i => (long)i % (den + 1))),
            (1, Gen.Elements(0L, den, den - 1, den / 2, (den + 1) / 2).Select(n => Math.Clamp(n, 0, den)))).Select(n => (n, den)));
        return Arb.From(gen);
    }

    private static Arbitrary<long> Bases() => Arb.From(Gen.Frequency(
        (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i * 2 + (i & 1))),
        (2, Gen.Choose(0, 20_000_000).Select(i => (long)i)),
        (1, Gen.Elements(EdgeBases))));

    [FundMathProperty]
    public Property Reciprocal_rounds_exactly_like_the_Int128_reference_in_every_mode() =>
        Prop.ForAll(Rates(), Bases(), ValueArbitraries.MidpointRounding(), (rate, b, mode) =>
        {
            Assert.True(RateReciprocal.TryCreate(Fraction.Create(rate.N, rate.D), out RateReciprocal r));
            Fraction f = Fraction.Create(rate.N, rate.D);
            long expected = (long)IntegerRounding.Divide((Int128)b * f.Numerator, f.Denominator, mode);
            return r.Apply(b, mode) == expected;
        });

    [Fact]
    public void Midpoints_round_by_the_mode()
    {
        // 0.5%: 100 fen × 1/200 = 0.5 fen exactly — a midpoint in every direction the modes can take.
        Assert.True(RateReciprocal.TryCreate(Fraction.Create(1, 200), out RateReciprocal r));
        Assert.Equal(1, r.Apply(100, MidpointRounding.AwayFromZero));
        Assert.Equal(0, r.Apply(100, MidpointRounding.ToEven));
        Assert.Equal(2, r.Apply(300, MidpointRounding.ToEven)); // 1.5 → 2 (even)
        Assert.Equal(0, r.Apply(100, MidpointRounding.ToZero));
        Assert.Equal(1, r.Apply(100, MidpointRounding.ToPositiveInfinity));
        Assert.Equal(0, r.Apply(100, MidpointRounding.ToNegativeInfinity));
        // 8.7% of the largest base the reciprocal takes, 2³² − 1 fen: 4,294,967,295 × 0.087 = 373,662,154.665 fen → 373,662,155.
        Assert.True(RateReciprocal.TryCreate(Fraction.Create(87, 1000), out RateReciprocal e));
        Assert.Equal(373_662_155, e.Apply(uint.MaxValue, MidpointRounding.AwayFromZero));
        Assert.Equal(373_662_154, e.Apply(uint.MaxValue, MidpointRounding.ToZero));
    }

    [Fact]
    public void Rates_outside_0_to_100_percent_or_with_a_denominator_of_2_to_the_32_have_none()
    {
        Assert.False(RateReciprocal.TryCreate(Fraction.Create(-1, 100), out _));
        Assert.False(RateReciprocal.TryCreate(Fraction.Create(101, 100), out _));
        Assert.False(RateReciprocal.TryCreate(Fraction.Create(1, 1L << 32), out _));
        Assert.True(RateReciprocal.TryCreate(Fraction.Create(1, uint.MaxValue), out _));
        Assert.True(RateReciprocal.TryCreate(Fraction.One, out RateReciprocal one));
        Assert.Equal(uint.MaxValue, one.Apply(uint.MaxValue, MidpointRounding.ToZero));
    }

    [Fact]
    public void The_widest_path_this_CPU_runs_is_listed_and_each_listed_path_is_supported()
    {
        BatchPath[] paths = BatchPaths.Supported();
        Assert.Equal(BatchPath.Scalar, paths[0]);
        Assert.Equal(BatchPaths.Best, paths[^1]);
        Assert.All(paths, p => Assert.True(BatchPaths.IsSupported(p)));
    }
}
