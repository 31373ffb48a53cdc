using System;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

public sealed class FigureIntervalTests
{
    private static FigureInterval I(long lowNum, long highNum, long den) => FigureInterval.Create(Fraction.Create(lowNum, den), Fraction.Create(highNum, den));

    [Fact]
    public void Difference_subtracts_the_opposite_bounds()
    {
        // zhuzhou-2021: 29.02 − 27.04 with ±0.005 each is [1.97, 1.99].
        FigureInterval surplus = I(29015, 29025, 1000) - I(27035, 27045, 1000);
        Assert.Equal(I(1970, 1990, 1000), surplus);
    }

    [Fact]
    public void Quotient_takes_the_extreme_ratios()
    {
        // zhuzhou-2021: 29.02/26.36 ∈ [29.015/26.365, 29.025/26.355] = [110.05%, 110.13%].
        FigureInterval rate = I(29015, 29025, 1000) / I(26355, 26365, 1000);
        Assert.Equal(Fraction.Create(29015, 26365), rate.Low);
        Assert.Equal(Fraction.Create(29025, 26355), rate.High);
        Assert.Equal("[110.05%, 110.13%]", rate.Format(FigureUnit.Percent, 2));
    }

    [Fact]
    public void Product_handles_signs()
    {
        Assert.Equal(I(-6, 3, 1), I(-2, 1, 1) * I(2, 3, 1));
    }

    [Fact]
    public void Dividing_by_an_interval_containing_zero_throws()
    {
        DivideByZeroException e = Assert.Throws<DivideByZeroException>(() => I(1, 2, 1) / I(-1, 1, 1));
        Assert.Contains("contains zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_above_high_is_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => FigureInterval.Create(Fraction.One, Fraction.Zero));
        Assert.Contains("exceeds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intersection_and_containment()
    {
        Assert.True(I(1, 3, 1).Intersects(I(3, 5, 1)));
        Assert.False(I(1, 2, 1).Intersects(I(3, 5, 1)));
        Assert.Equal(I(2, 3, 1), I(1, 3, 1).Intersect(I(2, 5, 1)));
        Assert.True(I(1, 3, 1).Contains(Fraction.FromInteger(2)));
        Assert.Throws<InvalidOperationException>(() => I(1, 2, 1).Intersect(I(3, 4, 1)));
    }

    [Fact]
    public void Huge_denominators_are_snapped_outward()
    {
        // 1/3 ÷ 7/11 ... repeated quotients keep the true value inside while denominators stay bounded.
        FigureInterval x = I(1, 1, 3);
        for (int i = 0; i < 20; i++)
        {
            x = x / I(7, 7, 11);
        }

        // Exact value (1/3)·(11/7)^20 = 2810.42272285434037…: its 64-bit fraction would overflow, the snapped bounds bracket it.
        Assert.True(x.Low <= Fraction.FromDecimal(2810.422722854340m));
        Assert.True(x.High >= Fraction.FromDecimal(2810.422722854341m));
        Assert.True(x.Width < Fraction.Create(1, 1_000_000));
        Assert.True(x.Denominator() <= 1_000_000_000_000);
    }
}

internal static class FigureIntervalTestExtensions
{
    public static long Denominator(this FigureInterval interval) => Math.Max(interval.Low.Denominator, interval.High.Denominator);
}
