namespace FundMath.Tests.Contributions;

using System;
using FundMath;
using FundMath.Citations;
using FundMath.Contributions;
using NodaTime;

/// <summary>
/// The edges of the premium-base band and the employee contributions that the golden and property tests do not
/// reach: the band at, one fen below and one fen above each bound, every refusal with its parameter, value and rule,
/// default(PremiumBasePolicy), equality, the explanations' texts, the span-length checks, and the period form with
/// rate changes and relief windows month by month.
/// </summary>
public class PremiumBaseBoundaryTests
{
    private static readonly Citation Notice = new("缴费基数通知", clause: "二.2");

    // Reference 5,054元: floor 60% = 3,032.40元, cap 300% = 15,162.00元 (both exact, no rounding).
    private static readonly PremiumBasePolicy Band = new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300), Notice);

    private static readonly EmployeeRates Rates = new(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));

    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // ---- the band: construction ----

    [Fact]
    public void The_band_keeps_its_reference_ratios_modes_and_citation()
    {
        Assert.Equal(Money.FromYuan(5054), Band.ReferenceMonthlyWage);
        Assert.Equal(Rate.FromPercent(60), Band.FloorRatio);
        Assert.Equal(Rate.FromPercent(300), Band.CapRatio);
        Assert.Equal(MidpointRounding.ToPositiveInfinity, Band.FloorRounding);
        Assert.Equal(MidpointRounding.ToNegativeInfinity, Band.CapRounding);
        Assert.Equal(Notice, Band.Citation);
        Assert.Equal(Money.FromYuan(3032.40m), Band.Floor);
        Assert.Equal(Money.FromYuan(15162), Band.Cap);
        Assert.Equal("[3032.40元, 15162.00元]", Band.ToString());
    }

    [Fact]
    public void Explicit_modes_round_the_floor_and_cap_as_named()
    {
        // Reference 0.07元 × 50% = 0.035元: ToEven 0.04 (3.5 → 4), ToZero 0.03; × 150% = 0.105元: ToEven 0.10, AwayFromZero 0.11.
        var even = new PremiumBasePolicy(Money.FromFen(7), Rate.FromPercent(50), Rate.FromPercent(150), MidpointRounding.ToEven, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.FromFen(4), even.Floor);
        Assert.Equal(Money.FromFen(11), even.Cap);
        Assert.Equal(MidpointRounding.ToEven, even.FloorRounding);
        Assert.Equal(MidpointRounding.AwayFromZero, even.CapRounding);
        Assert.Null(even.Citation);
        var zero = new PremiumBasePolicy(Money.FromFen(7), Rate.FromPercent(50), Rate.FromPercent(150), MidpointRounding.ToZero, MidpointRounding.ToEven);
        Assert.Equal(Money.FromFen(3), zero.Floor);
        Assert.Equal(Money.FromFen(10), zero.Cap);
    }

    [Fact]
    public void Default_modes_round_the_floor_up_and_the_cap_down_off_the_midpoint()
    {
        // Reference 0.10元 × 1/3 = 3⅓ fen: floor rounds up to 4 fen, cap (ratio 2/3 = 6⅔ fen) rounds down to 6 fen.
        var p = new PremiumBasePolicy(Money.FromFen(10), Rate.FromRatio(1, 3), Rate.FromRatio(2, 3));
        Assert.Equal(Money.FromFen(4), p.Floor);
        Assert.Equal(Money.FromFen(6), p.Cap);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_reference_wage_that_is_not_positive_is_refused_with_its_value(long fen)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromFen(fen), Rate.FromPercent(60), Rate.FromPercent(300)));
        Assert.Equal("referenceMonthlyWage", ex.ParamName);
        Assert.Contains($"referenceMonthlyWage {Money.FromFen(fen):F2元} must be greater than zero.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_fen_reference_wage_is_accepted()
    {
        var p = new PremiumBasePolicy(Money.FromFen(1), Rate.FromPercent(60), Rate.FromPercent(300));
        Assert.Equal(Money.FromFen(1), p.Floor);   // 0.6 fen up
        Assert.Equal(Money.FromFen(3), p.Cap);
    }

    [Fact]
    public void Ratios_at_0_and_1000_percent_are_accepted_and_just_outside_are_refused()
    {
        var widest = new PremiumBasePolicy(Money.FromYuan(100), Rate.Zero, Rate.FromPercent(1000));
        Assert.Equal(Money.Zero, widest.Floor);
        Assert.Equal(Money.FromYuan(1000), widest.Cap);

        var over = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromYuan(100), Rate.FromPercent(60), Rate.FromRatio(1_000_001, 100_000)));
        Assert.Equal("capRatio", over.ParamName);
        Assert.Contains("capRatio 1000.00% is outside 0%–1000%", over.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromYuan(100), Rate.FromPercent(-0.01m), Rate.FromPercent(300)));
        Assert.Equal("floorRatio", negative.ParamName);
        Assert.Contains("floorRatio -0.01% is outside 0%–1000%: a premium-base ratio of the reference wage must be non-negative.", negative.Message, StringComparison.Ordinal);

        var floorOver = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromYuan(100), Rate.FromPercent(1000.01m), Rate.FromPercent(1000)));
        Assert.Equal("floorRatio", floorOver.ParamName);
    }

    [Fact]
    public void Equal_ratios_give_a_one_point_band_and_a_floor_ratio_above_the_cap_ratio_is_refused()
    {
        var point = new PremiumBasePolicy(Money.FromYuan(5000), Rate.FromPercent(100), Rate.FromPercent(100));
        Assert.Equal(point.Floor, point.Cap);
        Assert.Equal(Money.FromYuan(5000), point.Cap);

        var ex = Assert.Throws<ArgumentException>(() => new PremiumBasePolicy(Money.FromYuan(5000), Rate.FromPercent(100.01m), Rate.FromPercent(100)));
        Assert.Equal("floorRatio", ex.ParamName);
        Assert.Contains("floorRatio 100.01% exceeds capRatio 100.00%: the floor of a premium-base band cannot be above its cap.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modes_that_round_the_floor_above_the_cap_are_refused()
    {
        // 0.10元 × 1/3 = 3⅓ fen: floor up 4 fen, cap down 3 fen.
        var ex = Assert.Throws<ArgumentException>(() => new PremiumBasePolicy(Money.FromFen(10), Rate.FromRatio(1, 3), Rate.FromRatio(1, 3)));
        Assert.Equal("floorRounding", ex.ParamName);
        Assert.Contains("floor 0.04元 rounds above cap 0.03元", ex.Message, StringComparison.Ordinal);

        var same = new PremiumBasePolicy(Money.FromFen(10), Rate.FromRatio(1, 3), Rate.FromRatio(1, 3), MidpointRounding.ToZero, MidpointRounding.ToZero);
        Assert.Equal(Money.FromFen(3), same.Floor);
        Assert.Equal(Money.FromFen(3), same.Cap);
    }

    [Fact]
    public void Undefined_rounding_modes_are_refused_by_name()
    {
        var floor = Assert.Throws<ArgumentException>(() => new PremiumBasePolicy(Money.FromYuan(100), Rate.FromPercent(60), Rate.FromPercent(300), (MidpointRounding)9, MidpointRounding.ToZero));
        Assert.Equal("floorRounding", floor.ParamName);
        Assert.Contains("rounding mode 9 is not a defined", floor.Message, StringComparison.Ordinal);
        var cap = Assert.Throws<ArgumentException>(() => new PremiumBasePolicy(Money.FromYuan(100), Rate.FromPercent(60), Rate.FromPercent(300), MidpointRounding.ToZero, (MidpointRounding)(-1)));
        Assert.Equal("capRounding", cap.ParamName);
    }

    [Fact]
    public void From_amounts_keeps_the_published_band_and_refuses_bad_amounts()
    {
        var p = PremiumBasePolicy.FromAmounts(Money.FromYuan(3924), Money.FromYuan(19620), Notice);
        Assert.Equal(Money.FromYuan(3924), p.Floor);
        Assert.Equal(Money.FromYuan(19620), p.Cap);
        Assert.Equal(Money.Zero, p.ReferenceMonthlyWage);
        Assert.Equal(Rate.Zero, p.FloorRatio);
        Assert.Equal(Rate.Zero, p.CapRatio);
        Assert.Equal(MidpointRounding.ToZero, p.FloorRounding);
        Assert.Equal(MidpointRounding.ToZero, p.CapRounding);
        Assert.Equal(Notice, p.Citation);

        PremiumBasePolicy zero = PremiumBasePolicy.FromAmounts(Money.Zero, Money.Zero);
        Assert.Equal(Money.Zero, zero.Floor);
        Assert.Equal(Money.Zero, zero.Cap);
        PremiumBasePolicy point = PremiumBasePolicy.FromAmounts(Money.FromYuan(5), Money.FromYuan(5));
        Assert.Equal(Money.FromYuan(5), point.Cap);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBasePolicy.FromAmounts(Money.FromFen(-1), Money.FromYuan(5)));
        Assert.Equal("floor", negative.ParamName);
        Assert.Contains("floor -0.01元 must not be negative.", negative.Message, StringComparison.Ordinal);

        var inverted = Assert.Throws<ArgumentException>(() => PremiumBasePolicy.FromAmounts(Money.FromFen(501), Money.FromYuan(5)));
        Assert.Equal("floor", inverted.ParamName);
        Assert.Contains("floor 5.01元 exceeds cap 5.00元: the floor of a premium-base band cannot be above its cap.", inverted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_band_refuses_to_be_read()
    {
        PremiumBasePolicy none = default;
        var floor = Assert.Throws<InvalidOperationException>(() => none.Floor);
        Assert.Contains("default(PremiumBasePolicy) has no floor or cap", floor.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => none.Cap);
        Assert.Throws<InvalidOperationException>(() => PremiumBase.Compute(Money.FromYuan(1), none));
        Assert.Throws<InvalidOperationException>(() => none.ToString());
        Assert.NotEqual(PremiumBasePolicy.FromAmounts(Money.Zero, Money.Zero), none);
        Assert.Equal(default(PremiumBasePolicy), none);
    }

    [Fact]
    public void Contains_is_inclusive_at_both_ends()
    {
        Assert.True(Band.Contains(Money.FromYuan(3032.40m)));
        Assert.False(Band.Contains(Money.FromYuan(3032.39m)));
        Assert.True(Band.Contains(Money.FromYuan(15162)));
        Assert.False(Band.Contains(Money.FromYuan(15162.01m)));
        Assert.True(Band.Contains(Money.FromYuan(5054)));
    }

    [Fact]
    public void Equality_compares_floor_cap_reference_ratios_and_citation()
    {
        var same = new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300), Notice);
        Assert.True(Band.Equals(same));
        Assert.True(Band == same);
        Assert.False(Band != same);
        Assert.True(Band.Equals((object)same));
        Assert.False(Band.Equals((object)"[3032.40元, 15162.00元]"));
        Assert.Equal(Band.GetHashCode(), same.GetHashCode());

        PremiumBasePolicy[] others =
        [
            new(Money.FromYuan(5055), Rate.FromPercent(60), Rate.FromPercent(300), Notice),            // reference, floor and cap
            new(Money.FromYuan(5054), Rate.FromPercent(61), Rate.FromPercent(300), Notice),            // floor ratio and floor
            new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(299), Notice),            // cap ratio and cap
            new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300)),                    // citation only
            PremiumBasePolicy.FromAmounts(Money.FromYuan(3032.40m), Money.FromYuan(15162), Notice),  // same band, no reference
        ];
        foreach (PremiumBasePolicy o in others)
        {
            Assert.False(Band.Equals(o));
            Assert.False(Band == o);
            Assert.True(Band != o);
        }

        // Same floor and reference, different cap; same cap, different floor.
        Assert.NotEqual(PremiumBasePolicy.FromAmounts(Money.FromYuan(1), Money.FromYuan(2)), PremiumBasePolicy.FromAmounts(Money.FromYuan(1), Money.FromYuan(3)));
        Assert.NotEqual(PremiumBasePolicy.FromAmounts(Money.FromYuan(1), Money.FromYuan(3)), PremiumBasePolicy.FromAmounts(Money.FromYuan(2), Money.FromYuan(3)));
        // Ratios differ although floor, cap and reference agree: 100 fen × 1/2 = 50 and 100 × 0.5 + rounding up of 0.499…
        var a = new PremiumBasePolicy(Money.FromFen(100), Rate.FromRatio(1, 2), Rate.FromPercent(100));
        var b = new PremiumBasePolicy(Money.FromFen(100), Rate.FromRatio(499, 1000), Rate.FromPercent(100));
        Assert.Equal(a.Floor, b.Floor);
        Assert.NotEqual(a, b);
        var c = new PremiumBasePolicy(Money.FromFen(100), Rate.FromPercent(50), Rate.FromRatio(1001, 1000));
        var d = new PremiumBasePolicy(Money.FromFen(100), Rate.FromPercent(50), Rate.FromRatio(1009, 1000));
        Assert.Equal(c.Cap, d.Cap);
        Assert.NotEqual(c, d);
    }

    // ---- the clamp ----

    [Fact]
    public void One_fen_below_the_floor_is_raised_and_one_fen_above_the_cap_is_capped()
    {
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(3032.39m), Money.FromYuan(3032.40m), Bound.Floor), PremiumBase.Compute(Money.FromYuan(3032.39m), Band));
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(3032.40m), Money.FromYuan(3032.40m), Bound.None), PremiumBase.Compute(Money.FromYuan(3032.40m), Band));
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(3032.41m), Money.FromYuan(3032.41m), Bound.None), PremiumBase.Compute(Money.FromYuan(3032.41m), Band));
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(15161.99m), Money.FromYuan(15161.99m), Bound.None), PremiumBase.Compute(Money.FromYuan(15161.99m), Band));
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(15162), Money.FromYuan(15162), Bound.None), PremiumBase.Compute(Money.FromYuan(15162), Band));
        Assert.Equal(new PremiumBaseResult(Money.FromYuan(15162.01m), Money.FromYuan(15162), Bound.Cap), PremiumBase.Compute(Money.FromYuan(15162.01m), Band));
        Assert.Equal(new PremiumBaseResult(Money.Zero, Money.FromYuan(3032.40m), Bound.Floor), PremiumBase.Compute(Money.Zero, Band));
    }

    [Fact]
    public void The_batch_counts_each_bound_at_the_edges()
    {
        Money[] wages = [Money.FromYuan(3032.39m), Money.FromYuan(3032.40m), Money.FromYuan(15162), Money.FromYuan(15162.01m), Money.Zero];
        var bases = new Money[5];
        PremiumBaseSummary s = PremiumBase.Compute(wages, Band, bases);
        Assert.Equal(new[] { Money.FromYuan(3032.40m), Money.FromYuan(3032.40m), Money.FromYuan(15162), Money.FromYuan(15162), Money.FromYuan(3032.40m) }, bases);
        // 3 × 3,032.40 + 2 × 15,162 = 9,097.20 + 30,324 = 39,421.20
        Assert.Equal(new PremiumBaseSummary(5, Money.FromYuan(39421.20m), 2, 1), s);
        Assert.Equal(Money.FromYuan(39421.20m), PremiumBase.EmployerWageTotal(wages, Band));
        Assert.Equal(Money.FromYuan(39421.20m), PremiumBase.EmployerWageTotal(wages.AsMemory(), Band, 2));
        var bases2 = new Money[5];
        Assert.Equal(s, PremiumBase.Compute(wages.AsMemory(), Band, bases2.AsMemory(), 3));
        Assert.Equal(bases, bases2);
    }

    [Fact]
    public void A_negative_wage_is_named_with_its_value_and_the_rule()
    {
        var one = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.Compute(Money.FromFen(-1), Band));
        Assert.Equal("wage", one.ParamName);
        Assert.Contains("wage -0.01元 is negative: a previous-year average monthly wage cannot be below zero.", one.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wage[", one.Message, StringComparison.Ordinal);

        Money[] wages = [Money.FromYuan(4000), Money.FromYuan(5000), Money.FromFen(-250)];
        var many = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.Compute(wages, Band, new Money[3]));
        Assert.Equal("wages", many.ParamName);
        Assert.Contains("wages[2] -2.50元 is negative: a previous-year average monthly wage cannot be below zero.", many.Message, StringComparison.Ordinal);
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.EmployerWageTotal(wages, Band));
        Assert.Contains("wages[2] -2.50元", total.Message, StringComparison.Ordinal);
        var parted = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.EmployerWageTotal(wages.AsMemory(), Band, 2));
        Assert.Contains("wages[2] -2.50元", parted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_spans_of_another_length_are_refused()
    {
        Money[] wages = [Money.FromYuan(4000), Money.FromYuan(5000), Money.FromYuan(6000)];
        var ex = Assert.Throws<ArgumentException>(() => PremiumBase.Compute(wages, Band, new Money[2]));
        Assert.Equal("bases", ex.ParamName);
        Assert.Contains("bases has length 2 but wages has length 3; they must match.", ex.Message, StringComparison.Ordinal);
        var parted = Assert.Throws<ArgumentException>(() => PremiumBase.Compute(wages.AsMemory(), Band, new Money[4].AsMemory(), 2));
        Assert.Contains("bases has length 4 but wages has length 3", parted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_state_the_bound_the_band_and_its_derivation()
    {
        string floor = PremiumBase.Explain(Money.FromYuan(1000), Band).ToText();
        Assert.Contains("缴费基数 (premium base) = 3032.40元", floor, StringComparison.Ordinal);
        Assert.Contains("The wage 1000.00元 is below the floor 3032.40元, so the base is the floor (按下限核定).", floor, StringComparison.Ordinal);
        Assert.Contains("formula: min(max(wage, floor), cap)", floor, StringComparison.Ordinal);
        Assert.Contains("note: bound: Floor", floor, StringComparison.Ordinal);
        Assert.Contains("本人上年度月平均工资 (own previous-year average monthly wage) = 1000.00元  [input]", floor, StringComparison.Ordinal);
        Assert.Contains("(reference monthly wage) = 5054.00元  [parameter, 缴费基数通知 二.2]", floor, StringComparison.Ordinal);
        Assert.Contains("缴费基数下限 (floor) = 3032.40元\n", floor.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("formula: 5054.00元 × 60.00%", floor, StringComparison.Ordinal);
        Assert.Contains("rounding: to the fen, ToPositiveInfinity", floor, StringComparison.Ordinal);
        Assert.Contains("下限比例 (floor ratio) = 60.00%  [parameter, 缴费基数通知 二.2]", floor, StringComparison.Ordinal);
        Assert.Contains("缴费基数上限 (cap) = 15162.00元\n", floor.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("formula: 5054.00元 × 300.00%", floor, StringComparison.Ordinal);
        Assert.Contains("rounding: to the fen, ToNegativeInfinity", floor, StringComparison.Ordinal);
        Assert.Contains("上限比例 (cap ratio) = 300.00%  [parameter, 缴费基数通知 二.2]", floor, StringComparison.Ordinal);

        string cap = PremiumBase.Explain(Money.FromYuan(20000), Band).ToText();
        Assert.Contains("缴费基数 (premium base) = 15162.00元", cap, StringComparison.Ordinal);
        Assert.Contains("The wage 20000.00元 is above the cap 15162.00元, so the base is the cap (按上限核定).", cap, StringComparison.Ordinal);
        Assert.Contains("note: bound: Cap", cap, StringComparison.Ordinal);

        string inside = PremiumBase.Explain(Money.FromYuan(5000), PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000), Notice)).ToText();
        Assert.Contains("The wage 5000.00元 lies inside [3000.00元, 15000.00元], so it is the base.", inside, StringComparison.Ordinal);
        Assert.Contains("note: bound: None", inside, StringComparison.Ordinal);
        Assert.Contains("缴费基数下限 (floor) = 3000.00元  [parameter, 缴费基数通知 二.2]", inside, StringComparison.Ordinal);
        Assert.Contains("缴费基数上限 (cap) = 15000.00元  [parameter, 缴费基数通知 二.2]", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("reference monthly wage", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("ratio", inside, StringComparison.Ordinal);
    }

    // ---- employee rates ----

    [Fact]
    public void Employee_rates_merge_maternity_and_compare_by_each_rate()
    {
        Assert.Equal(Rate.FromPercent(8.7m), Rates.Employer);
        Assert.Equal(Rate.FromPercent(8.2m), Rates.EmployerMedical);
        Assert.Equal(Rate.FromPercent(0.5m), Rates.Maternity);
        Assert.Equal(Rate.FromPercent(2), Rates.Individual);
        Assert.Equal("employer 8.20% + maternity 0.50%, individual 2.00%", Rates.ToString());
        var same = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
        Assert.True(Rates == same);
        Assert.False(Rates != same);
        Assert.True(Rates.Equals((object)same));
        Assert.False(Rates.Equals((object)Rate.FromPercent(8.7m)));
        Assert.Equal(Rates.GetHashCode(), same.GetHashCode());
        EmployeeRates[] others =
        [
            new(Rate.FromPercent(8.1m), Rate.FromPercent(0.5m), Rate.FromPercent(2)),
            new(Rate.FromPercent(8.2m), Rate.FromPercent(0.4m), Rate.FromPercent(2)),
            new(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2.1m)),
        ];
        foreach (EmployeeRates o in others)
        {
            Assert.False(Rates == o);
            Assert.True(Rates != o);
            Assert.False(Rates.Equals(o));
        }

        Assert.Equal(new EmployeeRates(Rate.Zero, Rate.Zero, Rate.Zero), default(EmployeeRates));
    }

    [Fact]
    public void Each_rate_is_checked_by_name_and_the_merged_rate_may_reach_exactly_100_percent()
    {
        var full = new EmployeeRates(Rate.FromPercent(99.5m), Rate.FromPercent(0.5m), Rate.OneHundredPercent);
        Assert.Equal(Rate.OneHundredPercent, full.Employer);

        var medical = Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(Rate.FromPercent(-0.01m), Rate.Zero, Rate.Zero));
        Assert.Equal("employerMedical", medical.ParamName);
        Assert.Contains("employerMedical -0.01% is outside 0%–100%: a contribution rate must be a proportion of the base.", medical.Message, StringComparison.Ordinal);
        Assert.Equal("maternity", Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(Rate.Zero, Rate.FromPercent(100.01m), Rate.Zero)).ParamName);
        Assert.Equal("individual", Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(Rate.Zero, Rate.Zero, Rate.FromPercent(100.01m))).ParamName);
        var merged = Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(Rate.FromPercent(99.5m), Rate.FromPercent(0.51m), Rate.Zero));
        Assert.Equal("employerMedical + maternity", merged.ParamName);
        Assert.Contains("employerMedical + maternity 100.01% is outside 0%–100%", merged.Message, StringComparison.Ordinal);
    }

    // ---- one month ----

    [Fact]
    public void One_month_rounds_each_amount_once_in_the_named_mode()
    {
        // Base 100.00元 × 8.7% = 8.70; × 0.5% = 0.50; × 2% = 2.00 (exact). Base 1.00元: × 8.7% = 8.7 fen, × 0.5% = 0.5 fen, × 2% = 2 fen.
        EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(Money.FromYuan(1), Rates, MidpointRounding.AwayFromZero);
        Assert.Equal(EmployeeMonthlyContribution.Of(Money.FromYuan(1), Money.FromFen(9), Money.FromFen(1), Money.FromFen(2)), c);
        EmployeeMonthlyContribution even = EmployeeContribution.ForMonth(Money.FromYuan(1), Rates, MidpointRounding.ToEven);
        Assert.Equal(EmployeeMonthlyContribution.Of(Money.FromYuan(1), Money.FromFen(9), Money.Zero, Money.FromFen(2)), even);
        EmployeeMonthlyContribution down = EmployeeContribution.ForMonth(Money.FromYuan(1), Rates, MidpointRounding.ToZero);
        Assert.Equal(EmployeeMonthlyContribution.Of(Money.FromYuan(1), Money.FromFen(8), Money.Zero, Money.FromFen(2)), down);
        Assert.Equal(Money.FromFen(8), down.EmployerMedical);
        Assert.Equal(Money.FromFen(10), down.Total);
        Assert.Equal(EmployeeMonthlyContribution.Of(Money.Zero, Money.Zero, Money.Zero, Money.Zero), EmployeeContribution.ForMonth(Money.Zero, Rates, HalfUp));
    }

    [Fact]
    public void One_month_refuses_a_negative_base_and_an_undefined_mode()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForMonth(Money.FromFen(-1), Rates, HalfUp));
        Assert.Equal("base", ex.ParamName);
        Assert.Contains("base -0.01元 is negative: a premium base cannot be below zero.", ex.Message, StringComparison.Ordinal);
        // Exact products (a zero base, or 10,000元 at 8.7%, 0.5% and 2%) leave no remainder, so only the mode check can refuse.
        var mode = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth(Money.Zero, Rates, (MidpointRounding)5));
        Assert.Equal("mode", mode.ParamName);
        Assert.Contains("rounding mode 5 is not a defined System.MidpointRounding value.", mode.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.FromWageTotal(Money.Zero, Rates, (MidpointRounding)5)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth([Money.FromYuan(10000)], Rates, (MidpointRounding)5, new Money[1], new Money[1])).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll([Money.FromYuan(10000)], Band, Rates, (MidpointRounding)5, new Money[1], new Money[1], new Money[1])).ParamName);
        Money[] exact = [Money.FromYuan(10000), Money.FromYuan(10000)];
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth(exact.AsMemory(), Rates, (MidpointRounding)5, new Money[2].AsMemory(), new Money[2].AsMemory(), 2)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll(exact.AsMemory(), Band, Rates, (MidpointRounding)5, new Money[2].AsMemory(), new Money[2].AsMemory(), new Money[2].AsMemory(), 2)).ParamName);
    }

    [Fact]
    public void Month_of_stated_amounts_checks_each_amount()
    {
        Assert.Equal(Money.Zero, EmployeeMonthlyContribution.Of(Money.FromYuan(100), Money.FromYuan(5), Money.FromYuan(5), Money.Zero).EmployerMedical);
        foreach ((string name, Func<EmployeeMonthlyContribution> make) in new (string, Func<EmployeeMonthlyContribution>)[]
        {
            ("base", () => EmployeeMonthlyContribution.Of(Money.FromFen(-1), Money.Zero, Money.Zero, Money.Zero)),
            ("employer", () => EmployeeMonthlyContribution.Of(Money.Zero, Money.FromFen(-1), Money.FromFen(-2), Money.Zero)),
            ("maternity", () => EmployeeMonthlyContribution.Of(Money.Zero, Money.Zero, Money.FromFen(-1), Money.Zero)),
        })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => make());
            Assert.Equal(name, ex.ParamName);
            Assert.Contains($"{name} -0.01 元 is negative; a contribution is at least 0.", ex.Message, StringComparison.Ordinal);
        }

        var above = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeMonthlyContribution.Of(Money.FromYuan(100), Money.FromYuan(5), Money.FromYuan(5.01m), Money.Zero));
        Assert.Contains("maternity 5.01 元 exceeds the employer contribution 5.00 元 it is part of.", above.Message, StringComparison.Ordinal);
    }

    // ---- batches: span lengths ----

    [Fact]
    public void Batch_spans_of_another_length_are_refused_naming_each_length()
    {
        Money[] bases = [Money.FromYuan(4000), Money.FromYuan(5000), Money.FromYuan(6000)];
        var employer = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth(bases, Rates, HalfUp, new Money[2], new Money[3]));
        Assert.Equal("employer", employer.ParamName);
        Assert.Contains("employer (2) and individual (3) must have the length of bases (3).", employer.Message, StringComparison.Ordinal);
        var individual = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth(bases, Rates, HalfUp, new Money[3], new Money[4]));
        Assert.Contains("employer (3) and individual (4) must have the length of bases (3).", individual.Message, StringComparison.Ordinal);
        var parted = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForMonth(bases.AsMemory(), Rates, HalfUp, new Money[3].AsMemory(), new Money[1].AsMemory(), 2));
        Assert.Contains("employer (3) and individual (1) must have the length of bases (3).", parted.Message, StringComparison.Ordinal);

        var b = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll(bases, Band, Rates, HalfUp, new Money[2], new Money[3], new Money[3]));
        Assert.Equal("bases", b.ParamName);
        Assert.Contains("bases (2), employer (3) and individual (3) must have the length of wages (3).", b.Message, StringComparison.Ordinal);
        var e = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll(bases, Band, Rates, HalfUp, new Money[3], new Money[4], new Money[3]));
        Assert.Contains("bases (3), employer (4) and individual (3)", e.Message, StringComparison.Ordinal);
        var i = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll(bases, Band, Rates, HalfUp, new Money[3], new Money[3], new Money[0]));
        Assert.Contains("bases (3), employer (3) and individual (0)", i.Message, StringComparison.Ordinal);
        var p = Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPayroll(bases.AsMemory(), Band, Rates, HalfUp, new Money[3].AsMemory(), new Money[3].AsMemory(), new Money[2].AsMemory(), 2));
        Assert.Contains("bases (3), employer (3) and individual (2)", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Payroll_of_three_at_the_edges_of_the_band()
    {
        // Wages 3,000 (floor 3,032.40), 5,054 and 16,000 (cap 15,162): bases 3,032.40 + 5,054 + 15,162 = 23,248.40.
        // Employer 8.7%: 263.8188 → 263.82; 439.698 → 439.70; 1,319.094 → 1,319.09 = 2,022.61.
        // Maternity 0.5%: 15.162 → 15.16; 25.27; 75.81 = 116.24. Individual 2%: 60.648 → 60.65; 101.08; 303.24 = 464.97.
        Money[] wages = [Money.FromYuan(3000), Money.FromYuan(5054), Money.FromYuan(16000)];
        Money[] b = new Money[3], e = new Money[3], p = new Money[3];
        PayrollContributions r = EmployeeContribution.ForPayroll(wages, Band, Rates, HalfUp, b, e, p);
        Assert.Equal(new PremiumBaseSummary(3, Money.FromYuan(23248.40m), 1, 1), r.Bases);
        Assert.Equal(new ContributionTotals(3, Money.FromYuan(23248.40m), Money.FromYuan(2022.61m), Money.FromYuan(116.24m), Money.FromYuan(464.97m)), r.Contributions);
        Assert.Equal(Money.FromYuan(2487.58m), r.Total);
        Assert.Equal(Money.FromYuan(2487.58m), r.Contributions.Total);
        Assert.Equal("3 persons, bases 23248.40元 (1 at floor, 1 at cap); employer 2022.61元 (maternity 116.24元), individual 464.97元", r.ToString());
        Assert.Equal(new[] { Money.FromYuan(263.82m), Money.FromYuan(439.70m), Money.FromYuan(1319.09m) }, e);

        Money[] b2 = new Money[3], e2 = new Money[3], p2 = new Money[3];
        PayrollContributions parted = EmployeeContribution.ForPayroll(wages.AsMemory(), Band, Rates, HalfUp, b2.AsMemory(), e2.AsMemory(), p2.AsMemory(), 2);
        Assert.True(r == parted);
        Assert.False(r != parted);
        Assert.True(r.Equals((object)parted));
        Assert.False(r.Equals((object)r.Contributions));
        Assert.Equal(r.GetHashCode(), parted.GetHashCode());

        PayrollContributions other = EmployeeContribution.ForPayroll(wages.AsSpan(0, 2), Band, Rates, HalfUp, new Money[2], new Money[2], new Money[2]);
        Assert.False(r == other);
        Assert.True(r != other);
        // Same contributions, other bases summary: the band changes the counts but (at 0% rates) no amount.
        var zero = new EmployeeRates(Rate.Zero, Rate.Zero, Rate.Zero);
        PayrollContributions z1 = EmployeeContribution.ForPayroll([Money.FromYuan(100)], PremiumBasePolicy.FromAmounts(Money.FromYuan(100), Money.FromYuan(200)), zero, HalfUp, new Money[1], new Money[1], new Money[1]);
        PayrollContributions z2 = EmployeeContribution.ForPayroll([Money.FromYuan(99)], PremiumBasePolicy.FromAmounts(Money.FromYuan(100), Money.FromYuan(200)), zero, HalfUp, new Money[1], new Money[1], new Money[1]);
        Assert.Equal(z1.Contributions, z2.Contributions);
        Assert.NotEqual(z1.Bases, z2.Bases);
        Assert.False(z1.Equals(z2));
        Assert.Equal(default(PayrollContributions), new PayrollContributions());
        Assert.Equal(Money.Zero, default(PayrollContributions).Total);
    }

    [Fact]
    public void The_partitioned_month_names_the_negative_base()
    {
        Money[] bases = [Money.FromYuan(4000), Money.FromFen(-3)];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForMonth(bases.AsMemory(), Rates, HalfUp, new Money[2].AsMemory(), new Money[2].AsMemory(), 2));
        Assert.Equal("bases[1]", ex.ParamName);
        Assert.Contains("bases[1] -0.03元 is negative: a premium base cannot be below zero.", ex.Message, StringComparison.Ordinal);
        var payroll = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForPayroll(bases.AsMemory(), Band, Rates, HalfUp, new Money[2].AsMemory(), new Money[2].AsMemory(), new Money[2].AsMemory(), 2));
        Assert.Equal("wages", payroll.ParamName);
        Assert.Contains("wages[1] -0.03元 is negative: a previous-year average monthly wage cannot be below zero.", payroll.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wage_total_rounds_once_and_counts_no_persons()
    {
        // 23,248.40 × 8.7% = 2,022.6108 → 2,022.61; × 0.5% = 116.242 → 116.24; × 2% = 464.968 → 464.97.
        ContributionTotals t = EmployeeContribution.FromWageTotal(Money.FromYuan(23248.40m), Rates, HalfUp);
        Assert.Equal(new ContributionTotals(0, Money.FromYuan(23248.40m), Money.FromYuan(2022.61m), Money.FromYuan(116.24m), Money.FromYuan(464.97m)), t);
        // 0.10元 × 0.5% = 0.05 fen: AwayFromZero 0, ToPositiveInfinity 1 fen.
        Assert.Equal(Money.FromFen(1), EmployeeContribution.FromWageTotal(Money.FromFen(10), Rates, MidpointRounding.ToPositiveInfinity).Maternity);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.FromWageTotal(Money.FromFen(-1), Rates, HalfUp));
        Assert.Equal("baseTotal", ex.ParamName);
        Assert.Contains("baseTotal -0.01元 is negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_month_explanation_shows_each_rate_and_the_rounding()
    {
        string text = EmployeeContribution.Explain(Money.FromYuan(5000), Rates, HalfUp).ToText();
        Assert.Contains("月缴费合计 (monthly contributions) = 535.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: employer + individual", text, StringComparison.Ordinal);
        Assert.Contains("单位缴费（含生育）(employer incl. maternity) = 435.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: 5000.00元 × (8.20% + 0.50%)", text, StringComparison.Ordinal);
        Assert.Contains("rounding: each amount to the fen, AwayFromZero, per person per month", text, StringComparison.Ordinal);
        Assert.Contains("缴费基数 (premium base) = 5000.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains("单位费率 (employer medical rate) = 8.20%  [parameter]", text, StringComparison.Ordinal);
        Assert.Contains("生育保险费率 (maternity rate, merged) = 0.50%  [parameter]", text, StringComparison.Ordinal);
        Assert.Contains("其中生育保险费 (of which maternity) = 25.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: 5000.00元 × 0.50%", text, StringComparison.Ordinal);
        Assert.Contains("个人缴费 (individual) = 100.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: 5000.00元 × 2.00%", text, StringComparison.Ordinal);
        Assert.Contains("个人费率 (individual rate) = 2.00%  [parameter]", text, StringComparison.Ordinal);
    }

    // ---- a period ----

    private static EmployeeRateSchedule Schedule(params ReliefWindow[] reliefs) => new(
        new RateSchedule([new DatedRate(new YearMonth(2019, 1), Rate.FromPercent(8), Notice), new DatedRate(new YearMonth(2020, 7), Rate.FromPercent(7))]),
        RateSchedule.Constant(Rate.FromPercent(0.5m), new YearMonth(2019, 1)),
        new RateSchedule([new DatedRate(new YearMonth(2019, 1), Rate.FromPercent(2)), new DatedRate(new YearMonth(2020, 10), Rate.FromPercent(3))]),
        reliefs);

    [Fact]
    public void A_year_follows_each_rate_change_and_each_relief_month()
    {
        // Base 5,000. Employer medical 8% Jan–Jun, 7% from Jul; relief 8% → 4% Feb–Jun (5 months); maternity 0.5%;
        // individual 2% Jan–Sep, 3% from Oct.
        // Employer: Jan 8.5% = 425; Feb–Jun 4.5% = 225 × 5 = 1,125; Jul–Dec 7.5% = 375 × 6 = 2,250 → 3,800.
        // Relieved: 5 × (425 − 225) = 1,000. Maternity 12 × 25 = 300. Individual 9 × 100 + 3 × 150 = 1,350.
        EmployeeRateSchedule s = Schedule(ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4), Notice));
        EmployeePeriodContribution r = EmployeeContribution.ForPeriod(Money.FromYuan(5000), s, ReportingPeriod.OfYear(2020), HalfUp);
        Assert.Equal(ReportingPeriod.OfYear(2020), r.Period);
        Assert.Equal(new ContributionTotals(1, Money.FromYuan(60000), Money.FromYuan(3800), Money.FromYuan(300), Money.FromYuan(1350)), r.Charged);
        Assert.Equal(Money.FromYuan(1000), r.EmployerRelieved);
        Assert.Equal(5, r.ReliefMonths);
        Assert.Equal(Money.FromYuan(5150), r.Charged.Total);

        // The relief keyed on 7% does not touch the 8% months, nor the 7% months outside its window.
        EmployeeRateSchedule other = Schedule(ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 7), Rate.FromPercent(7), Rate.FromPercent(6)));
        EmployeePeriodContribution o = EmployeeContribution.ForPeriod(Money.FromYuan(5000), other, ReportingPeriod.OfYear(2020), HalfUp);
        Assert.Equal(1, o.ReliefMonths);                                   // July only
        Assert.Equal(Money.FromYuan(50), o.EmployerRelieved);              // 5,000 × 1%
        Assert.Equal(Money.FromYuan(425 * 6 + 375 * 6 - 50), o.Charged.Employer);
    }

    [Fact]
    public void A_relief_at_the_normal_rate_relieves_no_month()
    {
        EmployeeRateSchedule s = Schedule(ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 12), Rate.FromPercent(8), Rate.FromPercent(8)));
        EmployeePeriodContribution r = EmployeeContribution.ForPeriod(Money.FromYuan(5000), s, ReportingPeriod.OfHalfYear(2020, 1), HalfUp);
        Assert.Equal(0, r.ReliefMonths);
        Assert.Equal(Money.Zero, r.EmployerRelieved);
        Assert.Equal(Money.FromYuan(2550), r.Charged.Employer);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 9, 1, 2)]
    [InlineData(MidpointRounding.ToEven, 8, 0, 2)]
    [InlineData(MidpointRounding.ToZero, 8, 0, 2)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 9, 1, 2)]
    public void A_period_rounds_each_month_with_the_merged_employer_rate(MidpointRounding mode, long employer, long maternity, long individual)
    {
        // Base 1.00元 in Jan 2020: 8% + 0.5% = 8.5 fen (rounded once, not 8 + 0.5 separately), maternity 0.5 fen, individual 2 fen.
        EmployeePeriodContribution r = EmployeeContribution.ForPeriod(Money.FromYuan(1), Schedule(), ReportingPeriod.OfMonth(2020, 1), mode);
        Assert.Equal(new ContributionTotals(1, Money.FromYuan(1), Money.FromFen(employer), Money.FromFen(maternity), Money.FromFen(individual)), r.Charged);
        Assert.Equal(EmployeeContribution.ForMonth(Money.FromYuan(1), Schedule().RatesAt(new YearMonth(2020, 1)), mode).Employer, r.Charged.Employer);
    }

    [Fact]
    public void A_relieved_amount_is_the_difference_of_the_rounded_months()
    {
        // Base 1.00元, relief 8% → 4% in Jan 2020: normal 8.5 fen → 9 (AwayFromZero), relief 4.5 fen → 5; relieved 4 fen.
        EmployeeRateSchedule s = Schedule(ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 1), Rate.FromPercent(8), Rate.FromPercent(4)));
        EmployeePeriodContribution r = EmployeeContribution.ForPeriod(Money.FromYuan(1), s, ReportingPeriod.OfMonth(2020, 1), HalfUp);
        Assert.Equal(Money.FromFen(5), r.Charged.Employer);
        Assert.Equal(Money.FromFen(4), r.EmployerRelieved);
        EmployeePeriodContribution down = EmployeeContribution.ForPeriod(Money.FromYuan(1), s, ReportingPeriod.OfMonth(2020, 1), MidpointRounding.ToZero);
        Assert.Equal(Money.FromFen(4), down.Charged.Employer);
        Assert.Equal(Money.FromFen(4), down.EmployerRelieved);   // 8 − 4
    }

    [Fact]
    public void A_period_refuses_a_negative_base_no_schedule_and_an_undefined_mode()
    {
        var b = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForPeriod(Money.FromFen(-1), Schedule(), ReportingPeriod.OfYear(2020), HalfUp));
        Assert.Equal("base", b.ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => EmployeeContribution.ForPeriod(Money.FromYuan(1), null!, ReportingPeriod.OfYear(2020), HalfUp)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => EmployeeContribution.ForPeriod(Money.Zero, Schedule(), ReportingPeriod.OfYear(2020), (MidpointRounding)7)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForPeriod(Money.FromYuan(1), Schedule(), ReportingPeriod.OfYear(2018), HalfUp));
    }

    [Fact]
    public void Period_explanation_notes_only_the_relief_months()
    {
        EmployeeRateSchedule s = Schedule(ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4), Notice));
        string text = EmployeeContribution.Explain(Money.FromYuan(5000), s, ReportingPeriod.OfQuarter(2020, 1), HalfUp).ToText().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("2020Q1 缴费 (contributions) = 1175.00元", text, StringComparison.Ordinal);
        Assert.Contains("2 of 3 months at a relief rate; employer contributions relieved 400.00元.", text, StringComparison.Ordinal);
        Assert.Contains("formula: Σ over months of round(base × employer rate) + round(base × individual rate)", text, StringComparison.Ordinal);
        Assert.Contains("rounding: each month to the fen, AwayFromZero", text, StringComparison.Ordinal);
        Assert.Contains("- 2020-01 = 525.00元\n      formula: 5000.00元 × (8.50% + 2.00%)\n    - employer medical rate = 8.00%  [parameter, effective 2019-01-01, 缴费基数通知 二.2]", text, StringComparison.Ordinal);
        Assert.Contains("- 2020-02 = 325.00元\n      formula: 5000.00元 × (4.50% + 2.00%)\n      note: 阶段性减征: employer 8.00% → 4.00%", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("阶段性减征").Length - 1);

        // July 2020: the 7% entry effective 2020-07 without a citation.
        string july = EmployeeContribution.Explain(Money.FromYuan(5000), s, ReportingPeriod.OfMonth(2020, 7), HalfUp).ToText();
        Assert.Contains("employer medical rate = 7.00%  [parameter, effective 2020-07-01]", july, StringComparison.Ordinal);
        Assert.Contains("0 of 1 months at a relief rate; employer contributions relieved 0.00元.", july, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_schedule_of_employee_rates_with_and_without_relief()
    {
        ReliefWindow w = ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4));
        EmployeeRateSchedule s = Schedule(w);
        Assert.Equal(new EmployeeRates(Rate.FromPercent(4), Rate.FromPercent(0.5m), Rate.FromPercent(2)), s.RatesAt(new YearMonth(2020, 2)));
        Assert.Equal(new EmployeeRates(Rate.FromPercent(8), Rate.FromPercent(0.5m), Rate.FromPercent(2)), s.NormalRatesAt(new YearMonth(2020, 2)));
        Assert.Equal(new EmployeeRates(Rate.FromPercent(8), Rate.FromPercent(0.5m), Rate.FromPercent(2)), s.RatesAt(new YearMonth(2020, 1)));
        Assert.Equal(new EmployeeRates(Rate.FromPercent(7), Rate.FromPercent(0.5m), Rate.FromPercent(3)), s.RatesAt(new YearMonth(2020, 10)));
        Assert.Equal(new[] { w }, s.EmployerReliefs.ToArray());
        Assert.Equal(0, Schedule().EmployerReliefs.Length);
        Assert.Equal(0, new EmployeeRateSchedule(s.EmployerMedical, s.Maternity, s.Individual, null).EmployerReliefs.Length);
        Assert.Same(s.Individual, new EmployeeRateSchedule(s.EmployerMedical, s.Maternity, s.Individual).Individual);
        Assert.Same(s.Maternity, new EmployeeRateSchedule(s.EmployerMedical, s.Maternity, s.Individual).Maternity);
        Assert.Equal("employerMedical", Assert.Throws<ArgumentNullException>(() => new EmployeeRateSchedule(null!, s.Maternity, s.Individual)).ParamName);
        Assert.Equal("maternity", Assert.Throws<ArgumentNullException>(() => new EmployeeRateSchedule(s.EmployerMedical, null!, s.Individual)).ParamName);
        Assert.Equal("individual", Assert.Throws<ArgumentNullException>(() => new EmployeeRateSchedule(s.EmployerMedical, s.Maternity, null!)).ParamName);
    }
}
