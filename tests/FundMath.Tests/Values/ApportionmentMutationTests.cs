namespace FundMath.Tests.Values;

using System;
using FundMath;
using Money = FundMath.Money;

/// <summary>
/// <see cref="Apportionment"/> by rates (sign and overflow of a weight over the common denominator) and above the
/// 256-part stack limit, where the per-thread scratch has to grow.
/// </summary>
public class ApportionmentMutationTests
{
    [Fact]
    public void A_negative_rate_is_refused_as_a_negative_weight_not_as_an_overflow()
    {
        // −10% and 110% over the common denominator 10: weights −1 and 11; the integer split refuses −1.
        Rate[] rates = [Rate.FromPercent(-10m), Rate.FromPercent(110m)];
        Money[] parts = new Money[2];
        var e = Assert.Throws<ArgumentException>(() => Apportionment.Split(Money.FromYuan(100), rates, parts));
        Assert.Equal("weights", e.ParamName);
        Assert.StartsWith("weights[0] -1 is negative: apportionment weights must be ≥ 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_too_large_over_the_common_denominator_names_the_weight()
    {
        // Common denominator 1,000,000,007 (a prime, from 1/1,000,000,007); 10¹⁰ (10¹²%) × 1,000,000,007 ≈ 10¹⁹ > 2⁶³.
        Rate[] rates = [Rate.FromRatio(1, 1_000_000_007), Rate.FromRatio(10_000_000_000, 1)];
        Money[] parts = new Money[2];
        Assert.Equal(
            "Apportionment.Split: weights[1] 1000000000000% over the common denominator 1,000,000,007 exceeds 9,223,372,036,854,775,807 (Int64.MaxValue).",
            Assert.Throws<OverflowException>(() => Apportionment.Split(Money.FromYuan(100), rates, parts)).Message);
    }

    [Fact]
    public void Rates_split_by_their_integer_weights_over_the_common_denominator()
    {
        // 1/3 and 2/3 over 3: weights 1 and 2; 100.00元 = 10,000 fen → 3,333.33… and 6,666.66… fen:
        // floors 3,333 + 6,666 = 9,999, the leftover fen to the larger remainder (2/3: 0.67 > 1/3: 0.33).
        Rate[] rates = [Rate.FromRatio(1, 3), Rate.FromRatio(2, 3)];
        Money[] parts = new Money[2];
        Apportionment.Split(Money.FromYuan(100), rates, parts);
        Assert.Equal([Money.FromFen(3_333), Money.FromFen(6_667)], parts);
    }

    [Fact]
    public void Splits_above_the_stack_limit_grow_the_scratch_on_the_same_thread()
    {
        // 300 then 1,000 equal weights (both above 256 parts, the second above the first scratch of 512):
        // 3.00元 → 1 fen each, 10.00元 → 1 fen each.
        SplitEqually(300);
        SplitEqually(1_000);
        SplitEqually(300);

        static void SplitEqually(int n)
        {
            long[] weights = new long[n];
            weights.AsSpan().Fill(7);
            Money[] parts = new Money[n];
            Apportionment.Split(Money.FromFen(n), weights, parts);
            Assert.All(parts, p => Assert.Equal(Money.FromFen(1), p));

            // The same by rates: n × 0.1%.
            Rate[] rates = new Rate[n];
            rates.AsSpan().Fill(Rate.FromPercent(0.1m));
            Money[] byRate = new Money[n];
            Apportionment.Split(Money.FromFen(2 * n), rates, byRate);
            Assert.All(byRate, p => Assert.Equal(Money.FromFen(2), p));
        }
    }

    [Fact]
    public void Leftover_units_go_to_the_largest_remainders_earliest_first_above_the_stack_limit()
    {
        // 300 equal weights sharing 301 fen: 1 fen each and 1 fen left over; all remainders tie, the first part wins.
        long[] weights = new long[300];
        weights.AsSpan().Fill(1);
        Money[] parts = new Money[300];
        Apportionment.Split(Money.FromFen(301), weights, parts);
        Assert.Equal(Money.FromFen(2), parts[0]);
        Assert.All(parts[1..], p => Assert.Equal(Money.FromFen(1), p));
    }
}
