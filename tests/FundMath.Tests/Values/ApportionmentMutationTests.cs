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
    public void A_negative_rate_is_refused_by_the_rate_given_not_as_its_scaled_weight()
    {
        // −10% and 110% over the common denominator 10 would be the integer weights −1 and 11; the message names
        // the rate the caller passed (−10%), not the internal weight −1.
        Rate[] rates = [Rate.FromPercent(-10m), Rate.FromPercent(110m)];
        Money[] parts = new Money[2];
        var e = Assert.Throws<ArgumentException>(() => Apportionment.Split(Money.FromYuan(100), rates, parts));
        Assert.Equal("weights", e.ParamName);
        Assert.StartsWith("weights[0] -10% is negative: apportionment weights must be ≥ 0.", e.Message, StringComparison.Ordinal);

        // The second rate negative: the index is its own.
        rates = [Rate.FromPercent(30m), Rate.FromRatio(-1, 3)];
        e = Assert.Throws<ArgumentException>(() => Apportionment.Split(Money.FromYuan(100), rates, parts));
        Assert.StartsWith("weights[1] ", e.Message, StringComparison.Ordinal);
        Assert.Contains(" is negative: apportionment weights must be ≥ 0.", e.Message, StringComparison.Ordinal);
        Assert.All(parts, p => Assert.Equal(Money.Zero, p));
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

    [Fact]
    public void Percentages_sum_to_exactly_one_hundred_percent()
    {
        // Weights 1, 1, 1 at 2 decimals: 10,000 hundredths of a percent → 3,334 / 3,333 / 3,333 (the leftover to the first).
        Rate[] shares = new Rate[3];
        Apportionment.Percentages([1, 1, 1], 2, shares);
        Assert.Equal([Rate.FromPercent(33.34m), Rate.FromPercent(33.33m), Rate.FromPercent(33.33m)], shares);
        // Weights 3, 1 at 0 decimals: 75% / 25%.
        Rate[] two = new Rate[2];
        Apportionment.Percentages([3, 1], 0, two);
        Assert.Equal([Rate.FromPercent(75m), Rate.FromPercent(25m)], two);
    }

    [Fact]
    public void Percentages_check_decimals_and_lengths()
    {
        Rate[] shares = new Rate[2];
        var decimals = Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([1, 1], 13, shares));
        Assert.Equal("percentDecimals", decimals.ParamName);
        var lengths = Assert.Throws<ArgumentException>(() => Apportionment.Percentages([1, 1, 1], 2, shares));
        Assert.Equal("shares", lengths.ParamName);
        Assert.StartsWith("shares has length 2 but weights has length 3.", lengths.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_checks_lengths_weights_and_their_sum()
    {
        long[] parts = new long[2];
        var lengths = Assert.Throws<ArgumentException>(() => Apportionment.Split(5, [1, 1, 1], parts));
        Assert.Equal("parts", lengths.ParamName);
        Assert.StartsWith("parts has length 2 but weights has length 3.", lengths.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ArgumentException>(() => Apportionment.Split(5, [0, 0], parts));
        Assert.Equal("weights", zero.ParamName);
        Assert.StartsWith("the 2 weights sum to zero: there is nothing to apportion 5 by.", zero.Message, StringComparison.Ordinal);

        Assert.Equal(
            "Apportionment.Split: the running weight sum 9,223,372,036,854,775,807 + weights[1] 1 exceeds 9,223,372,036,854,775,807 (Int64.MaxValue): scale the weights down (e.g. 万人 instead of persons).",
            Assert.Throws<OverflowException>(() => Apportionment.Split(5, [long.MaxValue, 1], parts)).Message);
    }

    [Fact]
    public void Split_values_with_zero_weights_negative_totals_and_leftovers()
    {
        long[] two = new long[2];
        // A zero weight gets nothing: 10 by 0, 5 → 0, 10.
        Apportionment.Split(10, [0, 5], two);
        Assert.Equal([0L, 10L], two);

        // 10 by 1, 2: 3.33… and 6.66… → floors 3 + 6, the leftover unit to the larger remainder: 3, 7.
        Apportionment.Split(10, [1, 2], two);
        Assert.Equal([3L, 7L], two);
        // A negative total is split as its absolute value and negated: −10 → −3, −7.
        Apportionment.Split(-10, [1, 2], two);
        Assert.Equal([-3L, -7L], two);
        // long.MinValue (|−2⁶³| = 2⁶³) by 1, 1: −2⁶² each.
        Apportionment.Split(long.MinValue, [1, 1], two);
        Assert.Equal([-(1L << 62), -(1L << 62)], two);

        // 7 by 1, 1, 1, 1: 1 each and 3 left over; all remainders tie, the first three win: 2, 2, 2, 1.
        long[] four = new long[4];
        Apportionment.Split(7, [1, 1, 1, 1], four);
        Assert.Equal([2L, 2L, 2L, 1L], four);
        // 100 by 1, 2, 3, 4 (Σ 10): exact 10, 20, 30, 40.
        Apportionment.Split(100, [1, 2, 3, 4], four);
        Assert.Equal([10L, 20L, 30L, 40L], four);
        // 11 by 3, 3, 2, 2 (Σ 10): 3.3, 3.3, 2.2, 2.2 → floors 3, 3, 2, 2 and 1 left: remainders 3, 3, 2, 2 → first 3.
        Apportionment.Split(11, [3, 3, 2, 2], four);
        Assert.Equal([4L, 3L, 2L, 2L], four);
        // 9 by 5, 1, 1, 3 (Σ 10): 4.5, 0.9, 0.9, 2.7 → floors 4, 0, 0, 2 and 3 left: remainders 5, 9, 9, 7 → the 2nd, 3rd and 4th get one.
        Apportionment.Split(9, [5, 1, 1, 3], four);
        Assert.Equal([4L, 1L, 1L, 3L], four);
    }

    [Fact]
    public void Split_money_by_amounts_and_headcounts()
    {
        // 100.00元 by 1.00元 and 3.00元: 25.00元 and 75.00元; by 1人 and 2人: 33.33元 and 66.67元.
        Money[] parts = new Money[2];
        Apportionment.Split(Money.FromYuan(100), [Money.FromYuan(1), Money.FromYuan(3)], parts);
        Assert.Equal([Money.FromYuan(25), Money.FromYuan(75)], parts);
        Apportionment.Split(Money.FromYuan(100), [Headcount.FromPersons(1), Headcount.FromPersons(2)], parts);
        Assert.Equal([Money.FromFen(3_333), Money.FromFen(6_667)], parts);
    }
}
