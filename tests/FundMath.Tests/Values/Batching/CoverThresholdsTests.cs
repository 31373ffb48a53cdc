using System;
using System.Linq;
using System.Numerics;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="CoverThresholds"/>: months = actual × window / spent against four thresholds n/d, decided by
/// cross-multiplication; the oracle compares actual × window × d with n × spent in BigInteger.
/// </summary>
public class CoverThresholdsTests
{
    private static readonly (Fraction Warning, Fraction High, Fraction From, Fraction To)[] Policies =
    [
        (Fraction.FromInteger(3), Fraction.FromInteger(9), Fraction.FromInteger(6), Fraction.FromInteger(9)),
        (Fraction.Create(5, 2), Fraction.Create(17, 3), Fraction.Create(7, 2), Fraction.Create(41, 5)), // D = 30
        (Fraction.Create(6, 2), Fraction.Create(18, 2), Fraction.Create(12, 2), Fraction.Create(18, 2)), // unreduced: D = 1
        (Fraction.Create(1, 1L << 52), Fraction.FromInteger(9), Fraction.Create(5, 3), Fraction.FromInteger(9)), // D = 3·2⁵² > 2⁵²: slow
        (Fraction.Create(1, 1L << 52), Fraction.Create(28, 3), Fraction.One, Fraction.FromInteger(9)), // D reaches 2⁵² before the 3
        (Fraction.Create(1, 1L << 52), Fraction.FromInteger(9), Fraction.FromInteger(6), Fraction.FromInteger(9)), // D = 2⁵² exactly
        (Fraction.Create(1, 3), Fraction.FromInteger(long.MaxValue / 2), Fraction.One, Fraction.FromInteger(12)), // n' overflows: slow
        (Fraction.Create(-5, 7), Fraction.Create(11, 13), Fraction.Create(1, 11), Fraction.Create(3, 4)),
        (Fraction.Create(1, 3), Fraction.FromInteger(9), Fraction.Create(1, long.MaxValue), Fraction.FromInteger(9)), // D = 3·(2⁶³ − 1) exceeds a long
    ];

    private static int Compare(long actual, int window, long spent, Fraction threshold) =>
        ((BigInteger)actual * window * threshold.RawDenominator).CompareTo((BigInteger)threshold.RawNumerator * spent);

    private static (int Band, bool Reasonable) Oracle((Fraction Warning, Fraction High, Fraction From, Fraction To) p, long actual, int window, long spent) =>
        (Compare(actual, window, spent, p.Warning) < 0 ? 0 : Compare(actual, window, spent, p.High) > 0 ? 2 : 1,
         Compare(actual, window, spent, p.From) >= 0 && Compare(actual, window, spent, p.To) <= 0);

    private static (long Actual, int Window, long Spent)[] Points((Fraction Warning, Fraction High, Fraction From, Fraction To) p)
    {
        var points = new System.Collections.Generic.List<(long, int, long)>();
        foreach (Fraction f in (Fraction[])[p.Warning, p.High, p.From, p.To])
        {
            Fraction r = f.Reduced();
            // months = n / d exactly with window 1 and spent = d; one fen either side.
            points.Add((r.RawNumerator, 1, r.RawDenominator));
            if (r.RawNumerator > long.MinValue && r.RawNumerator < long.MaxValue)
            {
                points.Add((r.RawNumerator - 1, 1, r.RawDenominator));
                points.Add((r.RawNumerator + 1, 1, r.RawDenominator));
            }

            foreach (int window in (int[])[1, 12, 1200])
            {
                foreach (long k in (long[])[1, 2, 7])
                {
                    // months = n·k·w / (d·k·w) = n/d exactly when it fits; one fen either side.
                    if (r.RawDenominator > long.MaxValue / 1200 / 7 || Math.Abs(r.RawNumerator) > long.MaxValue / 7 / 1200)
                    {
                        continue;
                    }

                    long spent = r.RawDenominator * k * window;
                    long actual = r.RawNumerator * k * window;
                    points.Add((actual / window, window, spent / window)); // the same ratio with window folded in
                    points.Add((r.RawNumerator * k, window, spent));
                    points.Add(((r.RawNumerator * k) - 1, window, spent));
                    points.Add(((r.RawNumerator * k) + 1, window, spent));
                }
            }
        }

        var random = new Random(17);
        for (int i = 0; i < 60; i++)
        {
            points.Add((random.NextInt64(-2_000_000, 20_000_000), random.Next(1, 1201), random.NextInt64(1, 3_000_000)));
        }

        points.Add((0, 12, 1));
        points.Add((long.MaxValue, 1200, 1));
        points.Add((long.MinValue, 1200, 1));
        points.Add((long.MaxValue, 1, long.MaxValue));
        return [.. points];
    }

    [Fact]
    public void Every_policy_classifies_like_the_oracle_at_and_around_each_threshold()
    {
        foreach (var p in Policies)
        {
            var thresholds = new CoverThresholds(p.Warning, p.High, p.From, p.To);
            foreach ((long actual, int window, long spent) in Points(p))
            {
                Assert.Equal(Oracle(p, actual, window, spent), thresholds.Classify(actual, window, spent));
            }
        }
    }

    [Fact]
    public void Classify64_agrees_with_the_oracle_within_the_bound_Fits64_admits()
    {
        foreach (var p in Policies)
        {
            var thresholds = new CoverThresholds(p.Warning, p.High, p.From, p.To);
            const long bound = 50_000_000;
            if (!thresholds.Fits64(bound))
            {
                continue;
            }

            foreach ((long actual, int window, long spent) in Points(p).Where(x => x.Actual >= -6 * bound && x.Actual <= 6 * bound && x.Spent <= bound))
            {
                Assert.Equal(Oracle(p, actual, window, spent), thresholds.Classify64(actual, window, spent));
            }
        }
    }

    [Fact]
    public void Fits64_admits_exactly_the_bounds_whose_products_stay_below_2_to_the_62()
    {
        // D = 1, largest n' = 9: (b + 1) · 6 · 1200 < 2⁶² decides; the largest such b + 1 is ⌊(2⁶² − 1) / 7200⌋.
        long last = (long)(((1UL << 62) - 1) / 7200) - 1;
        foreach (int i in (int[])[0, 2])
        {
            var p = Policies[i];
            var t = new CoverThresholds(p.Warning, p.High, p.From, p.To);
            Assert.True(t.Fits64(0));
            Assert.True(t.Fits64(last));
            Assert.False(t.Fits64(last + 1));
        }

        // D = 30: ⌊(2⁶² − 1) / (7200 · 30)⌋.
        long last30 = (long)(((1UL << 62) - 1) / (7200 * 30)) - 1;
        var d30 = new CoverThresholds(Policies[1].Warning, Policies[1].High, Policies[1].From, Policies[1].To);
        Assert.True(d30.Fits64(last30));
        Assert.False(d30.Fits64(last30 + 1));

        // The slow policies never fit; D = 2⁵² is fast but 7200 · 2⁵² ≥ 2⁶² already at bound 0.
        foreach (int i in (int[])[3, 4, 5, 6, 8])
        {
            var p = Policies[i];
            Assert.False(new CoverThresholds(p.Warning, p.High, p.From, p.To).Fits64(0));
        }

        Assert.False(d30.Fits64(long.MaxValue));

        // A numerator of ±2¹³ = 8192 > 7200 in any of the four places binds: (b + 1) · 8192 < 2⁶² ⇔ b + 1 < 2⁴⁹.
        Fraction big = Fraction.FromInteger(8192), small = Fraction.FromInteger(3);
        foreach (var q in (ReadOnlySpan<(Fraction, Fraction, Fraction, Fraction)>)[
            (big, small, small, small), (small, big, small, small), (small, small, big, small), (small, small, small, big),
            (-big, small, small, small), (small, small, small, -big), (Fraction.Create(16384, 2), small, small, small)])
        {
            var t = new CoverThresholds(q.Item1, q.Item2, q.Item3, q.Item4);
            Assert.True(t.Fits64((1L << 49) - 2));
            Assert.False(t.Fits64((1L << 49) - 1));
        }
    }

    [Fact]
    public void Less64_and_Magnitude()
    {
        Assert.Equal(1, CoverThresholds.Less64(1, 2));
        Assert.Equal(0, CoverThresholds.Less64(2, 1));
        Assert.Equal(0, CoverThresholds.Less64(2, 2));
        Assert.Equal(1, CoverThresholds.Less64(-(1L << 62) + 1, (1L << 62) - 1));
        Assert.Equal(0, CoverThresholds.Less64((1L << 62) - 1, -(1L << 62) + 1));
        Assert.Equal(long.MaxValue, CoverThresholds.Magnitude(long.MinValue));
        Assert.Equal(long.MaxValue, CoverThresholds.Magnitude(long.MaxValue));
        Assert.Equal(long.MaxValue, CoverThresholds.Magnitude(long.MinValue + 1));
        Assert.Equal(5, CoverThresholds.Magnitude(-5));
        Assert.Equal(5, CoverThresholds.Magnitude(5));
        Assert.Equal(0, CoverThresholds.Magnitude(0));
    }
}
