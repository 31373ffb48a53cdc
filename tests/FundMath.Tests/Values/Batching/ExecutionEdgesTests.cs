using System;
using System.Numerics;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="ExecutionEdges"/>: executed/budgeted judged against [lower, upper] (edges included) by
/// cross-multiplication; the oracle compares in BigInteger.
/// </summary>
public class ExecutionEdgesTests
{
    private static readonly (Fraction Lower, Fraction Upper)[] Edges =
    [
        (Fraction.Create(9, 10), Fraction.Create(11, 10)),
        (Fraction.Create(90, 100), Fraction.Create(110, 100)), // unreduced
        (Fraction.Zero, Fraction.One),
        (Fraction.Create(-1, 3), Fraction.Create(7, 3)),
        (Fraction.Create(11, 10), Fraction.Create(9, 10)), // crossed: above wins
        (Fraction.Create(1, long.MaxValue), Fraction.Create(long.MaxValue, 3)),
        (Fraction.Create(long.MinValue + 1, 1), Fraction.Create(long.MaxValue, long.MaxValue - 1)),
    ];

    private static int Oracle(Fraction lower, Fraction upper, long budgeted, long executed) =>
        (BigInteger)executed * upper.RawDenominator > (BigInteger)upper.RawNumerator * budgeted ? 1
        : (BigInteger)executed * lower.RawDenominator < (BigInteger)lower.RawNumerator * budgeted ? -1 : 0;

    private static (long Budgeted, long Executed)[] Points(Fraction lower, Fraction upper)
    {
        var points = new System.Collections.Generic.List<(long, long)>();
        foreach (Fraction f in (Fraction[])[lower.Reduced(), upper.Reduced()])
        {
            foreach (long k in (long[])[1, 3, 1000])
            {
                if (f.RawDenominator > long.MaxValue / 1000 || Math.Abs(f.RawNumerator) > long.MaxValue / 1000 - 1)
                {
                    continue;
                }

                long b = f.RawDenominator * k, e = f.RawNumerator * k;
                points.Add((b, e));
                points.Add((b, e - 1));
                points.Add((b, e + 1));
            }
        }

        var random = new Random(3);
        for (int i = 0; i < 60; i++)
        {
            points.Add((random.NextInt64(1, 10_000_000), random.NextInt64(-1_000_000, 20_000_000)));
        }

        points.Add((1, long.MaxValue));
        points.Add((1, long.MinValue));
        points.Add((long.MaxValue, long.MaxValue));
        points.Add((long.MaxValue, 0));
        points.Add((long.MaxValue, long.MinValue));
        return [.. points];
    }

    [Fact]
    public void Judge_agrees_with_the_oracle_at_and_around_each_edge()
    {
        foreach ((Fraction lower, Fraction upper) in Edges)
        {
            var edges = new ExecutionEdges(lower, upper);
            bool fits = edges.Fits64(100_000_000);
            foreach ((long budgeted, long executed) in Points(lower, upper))
            {
                int expected = Oracle(lower, upper, budgeted, executed);
                Assert.Equal(expected, edges.Judge(budgeted, executed));
                if (fits && budgeted <= 100_000_000 && executed >= -100_000_000 && executed <= 100_000_000)
                {
                    Assert.Equal(expected, edges.Judge64(budgeted, executed));
                }
            }
        }
    }

    [Fact]
    public void The_edges_are_included_and_a_crossed_band_reports_above()
    {
        var edges = new ExecutionEdges(Fraction.Create(9, 10), Fraction.Create(11, 10));
        Assert.Equal(0, edges.Judge(100, 90));
        Assert.Equal(0, edges.Judge(100, 110));
        Assert.Equal(-1, edges.Judge(100, 89));
        Assert.Equal(1, edges.Judge(100, 111));
        Assert.Equal(0, edges.Judge64(100, 90));
        Assert.Equal(0, edges.Judge64(100, 110));
        Assert.Equal(-1, edges.Judge64(100, 89));
        Assert.Equal(1, edges.Judge64(100, 111));
        var crossed = new ExecutionEdges(Fraction.Create(11, 10), Fraction.Create(9, 10));
        Assert.Equal(1, crossed.Judge(100, 100));
        Assert.Equal(1, crossed.Judge64(100, 100));
        Assert.Equal(-1, crossed.Judge(100, 89));
        Assert.Equal(-1, crossed.Judge64(100, 89));
    }

    [Fact]
    public void Fits64_admits_exactly_the_bounds_whose_products_stay_below_2_to_the_62()
    {
        // Largest of |nₗ|, dₗ, |nᵤ|, dᵤ = 16 in each of the four places: (b + 1) · 16 < 2⁶² ⇔ b + 1 < 2⁵⁸.
        foreach ((Fraction lower, Fraction upper) in (ReadOnlySpan<(Fraction, Fraction)>)[
            (Fraction.FromInteger(-16), Fraction.One), (Fraction.Create(1, 16), Fraction.One), (Fraction.Zero, Fraction.FromInteger(16)),
            (Fraction.Zero, Fraction.Create(1, 16)), (Fraction.FromInteger(16), Fraction.One), (Fraction.Zero, Fraction.FromInteger(-16)),
            (Fraction.Create(3, 48), Fraction.Create(64, 4))])
        {
            var edges = new ExecutionEdges(lower, upper);
            Assert.True(edges.Fits64((1L << 58) - 2));
            Assert.False(edges.Fits64((1L << 58) - 1));
        }

        // 9/10 and 11/10 (also given as 90/100 and 110/100): ⌊(2⁶² − 1) / 11⌋ − 1 is the largest bound.
        long last = (long)(((1UL << 62) - 1) / 11) - 1;
        foreach ((Fraction lower, Fraction upper) in (ReadOnlySpan<(Fraction, Fraction)>)[(Edges[0].Lower, Edges[0].Upper), (Edges[1].Lower, Edges[1].Upper)])
        {
            var edges = new ExecutionEdges(lower, upper);
            Assert.True(edges.Fits64(0));
            Assert.True(edges.Fits64(last));
            Assert.False(edges.Fits64(last + 1));
            Assert.False(edges.Fits64(long.MaxValue));
        }

        Assert.False(new ExecutionEdges(Edges[6].Lower, Edges[6].Upper).Fits64(0));
    }
}
