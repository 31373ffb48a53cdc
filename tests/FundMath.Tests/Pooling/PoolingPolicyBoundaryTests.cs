using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Citations;
using FundMath.Explain;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The edges of the pooling policy: every range and complement check with its words and the values just inside,
/// the two top-up thresholds coming into force together, the undefined reading, the per-scheme accessors, the
/// explanation, and the rebuild from entries (FundMath.Serialization's form) with each of its refusals.
/// </summary>
public class PoolingPolicyBoundaryTests
{
    private static readonly LocalDate Jan2023 = new(2023, 1, 1);

    private static Parameter Param(string name, ParameterValue value, Fraction? minimum = null, LocalDate? from = null)
    {
        Parameter known = Lishui.Get(name);
        return new Parameter(name, known.Unit, [new ParameterEntry(from ?? new LocalDate(2022, 1, 1), value, new Citation("test override"))], known.Description, minimum, known.Maximum);
    }

    private static PoolingPolicy With(params Parameter[] overrides) => PoolingPolicy.FromParameters(Lishui.WithOverrides(overrides), Jan2023);

    private static PoolingInputException Refused(params Parameter[] overrides) => Assert.Throws<PoolingInputException>(() => With(overrides));

    private static Parameter Share(string name, decimal percent, Fraction? minimum = null) => Param(name, ParameterValue.FromRate(Rate.FromPercent(percent)), minimum);

    private static Parameter Count(string name, long value, Fraction? minimum = null) => Param(name, ParameterValue.FromCount(value), minimum);

    [Fact]
    public void The_parameter_names_are_the_plan_keys_in_clause_order()
    {
        Assert.Equal(
            [
                "pooling.upward_transfer.year", "pooling.upward_transfer.employee_months", "pooling.upward_transfer.resident_months",
                "pooling.top_up.employee_months", "pooling.top_up.resident_months", "pooling.deficit.collected_fund_share",
                "pooling.deficit.county_share", "pooling.deficit.city_treasury_share", "pooling.deficit.county_treasury_share",
                "pooling.deficit.city_treasury_cap", "pooling.deficit.prior_deficit_reduction", "pooling.deficit.prior_deficit_city_treasury_factor",
                "pooling.deficit.assessment_reduction", "pooling.transition.first_year", "pooling.transition.years",
                "pooling.transition.county_keep_share", "pooling.transition.collected_share",
            ],
            PoolingParameters.Names);
        Assert.Equal(PoolingParameters.Names, Policy(2023).Entries().Select(e => e.Key));
        // Before 2023 the two thresholds are not in force and not listed.
        Assert.Equal(PoolingParameters.Names.Where(n => !n.StartsWith("pooling.top_up.", StringComparison.Ordinal)), Policy(2022).Entries().Select(e => e.Key));
        Assert.Equal(Policy(2023).Entry("pooling.deficit.county_share"), Policy(2023).Entries().Single(e => e.Key == "pooling.deficit.county_share").Value);
    }

    [Fact]
    public void Per_scheme_accessors_pick_the_scheme()
    {
        PoolingPolicy p = Policy(2023);
        Assert.Equal(Fraction.FromInteger(3), p.TransferMonths(PooledScheme.Employee));
        Assert.Equal(Fraction.FromInteger(1), p.TransferMonths(PooledScheme.Resident));
        Assert.Equal(Fraction.FromInteger(3), p.TopUpMonths(PooledScheme.Employee));
        Assert.Equal(Fraction.FromInteger(1), p.TopUpMonths(PooledScheme.Resident));
        Assert.Equal(Fraction.Create(3, 12), p.TransferShareOfYear(PooledScheme.Employee));
        Assert.Equal(Fraction.Create(1, 12), p.TransferShareOfYear(PooledScheme.Resident));
        Assert.Equal(Fraction.Create(3, 12), p.TopUpShareOfYear(PooledScheme.Employee));
        Assert.Equal(Fraction.Create(1, 12), p.TopUpShareOfYear(PooledScheme.Resident));
        Assert.Equal("2023-01-01", p.TopUpSince);
        Assert.Equal(PoolingParameters.Names.Count, p.Explain().Inputs.Count);

        PoolingPolicy before = Policy(2022);
        Assert.Null(before.TopUpMonths(PooledScheme.Resident));
        Assert.Null(before.TopUpShareOfYear(PooledScheme.Employee));
        Assert.Null(before.TopUpShareOfYear(PooledScheme.Resident));
        Assert.Null(before.EmployeeTopUpMonths);
        Assert.Null(before.ResidentTopUpMonths);
        Assert.Equal("no date", before.TopUpSince);
        Assert.Equal(PoolingParameters.Names.Count - 2, before.Explain().Inputs.Count);
        Assert.Equal(PercentagePoints.FromPoints(5), before.PriorDeficitReductionPoints);
        Assert.Equal(PriorDeficitReading.PercentagePoints, before.PriorDeficitReading);
        Assert.Equal(("lishui", new LocalDate(2022, 1, 1)), (before.SetName, before.Date));
    }

    [Fact]
    public void The_explanation_names_the_set_the_reading_the_top_up_and_the_transition()
    {
        Explanation e = Policy(2023).Explain();
        Assert.Equal("市级统筹政策 municipal-pooling policy", e.Name);
        Assert.Equal("lishui on 2023-01-01", e.Value);
        Assert.Equal("《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8; 减少5% read as percentage points (减少5个百分点); year-start top-up in force; transition 2022–2024", e.Sentence);
        Assert.Equal(PoolingParameters.Names, e.Inputs.Select(i => i.Name));
        Assert.Equal("70%", e.Inputs[^1].Value);
        Assert.Equal(
            "《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8; 减少5% read as a proportion of the share (减少原比例的5%); year-start top-up not in force; transition 2022–2024",
            Policy(2022, PriorDeficitReading.ShareOfShare).Explain().Sentence);
        Assert.Equal("a proportion of the share (减少原比例的5%)", PoolingPolicy.ReadingText(PriorDeficitReading.ShareOfShare));
        Assert.Equal("percentage points (减少5个百分点)", PoolingPolicy.ReadingText(PriorDeficitReading.PercentagePoints));

        Explanation one = Policy(2023).Explain("pooling.deficit.city_treasury_cap");
        Assert.Equal(("pooling.deficit.city_treasury_cap", "1%"), (one.Name, one.Value));
        KeyNotFoundException missing = Assert.Throws<KeyNotFoundException>(() => Policy(2022).Entry("pooling.top_up.employee_months"));
        Assert.Equal("the pooling policy of lishui on 2022-01-01 has no parameter 'pooling.top_up.employee_months' in force.", missing.Message);
        Assert.Throws<ArgumentNullException>(() => Policy(2023).Entry(null!));
        Assert.Throws<ArgumentNullException>(() => PoolingPolicy.FromParameters(null!, Jan2023));
    }

    [Fact]
    public void An_undefined_reading_is_refused_and_the_other_reading_is_a_new_policy()
    {
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => Policy(2023).WithPriorDeficitReading((PriorDeficitReading)2));
        Assert.Equal(("reading", "2"), (e.Field, e.Value));
        Assert.Equal("reading 2: not a defined PriorDeficitReading (PercentagePoints or ShareOfShare)", e.Message);
        Assert.Null(e.County);
        Assert.Equal("reading", e.ParamName);
        Assert.Throws<PoolingInputException>(() => PoolingPolicy.FromParameters(Lishui, Jan2023, (PriorDeficitReading)(-1)));

        PoolingPolicy points = Policy(2023);
        PoolingPolicy share = points.WithPriorDeficitReading(PriorDeficitReading.ShareOfShare);
        Assert.NotSame(points, share);
        Assert.Equal(PriorDeficitReading.ShareOfShare, share.PriorDeficitReading);
        Assert.Same(share, share.WithPriorDeficitReading(PriorDeficitReading.ShareOfShare));
        Assert.Equal((points.SetName, points.Date, points.CountyShare), (share.SetName, share.Date, share.CountyShare));
        Assert.Equal(Rate.FromPercent(10), share.CityTreasuryShareFor(true));
    }

    [Fact]
    public void Ratios_of_exactly_0_and_100_percent_are_accepted_and_one_below_0_is_refused()
    {
        PoolingPolicy all = With(Share("pooling.deficit.collected_fund_share", 100), Share("pooling.deficit.county_share", 0));
        Assert.Equal((Rate.OneHundredPercent, Rate.Zero), (all.CollectedFundShare, all.CountyShare));
        Assert.Equal(Rate.FromPercent(90), all.CollectedShareFor(true, CountyAssessment.BelowGood));

        PoolingInputException e = Refused(Share("pooling.deficit.city_treasury_cap", -1, minimum: Fraction.FromInteger(-1)));
        Assert.Equal(("pooling.deficit.city_treasury_cap", "-1%"), (e.Field, e.Value));
        Assert.Equal("pooling.deficit.city_treasury_cap -1%: a pooling ratio must lie within 0%–100% (value effective 2022-01-01 in set overrides, test override)", e.Message);
    }

    [Fact]
    public void Every_pair_of_complementary_shares_must_sum_to_100_percent()
    {
        PoolingInputException treasuries = Refused(Share("pooling.deficit.city_treasury_share", 30));
        Assert.Equal(
            "pooling.deficit.county_treasury_share 80%: pooling.deficit.city_treasury_share 30% + pooling.deficit.county_treasury_share 80% = 110%, not 100%: the city and county treasuries share the whole of what the collected fund cannot pay (四(二)8(1))",
            treasuries.Message);
        PoolingInputException transition = Refused(Share("pooling.transition.collected_share", 60));
        Assert.Equal(
            "pooling.transition.collected_share 60%: pooling.transition.county_keep_share 30% + pooling.transition.collected_share 60% = 90%, not 100%: a transition surplus is split whole between the county and the collected fund (四(二)8(2))",
            transition.Message);
        PoolingInputException deficit = Refused(Share("pooling.deficit.county_share", 69));
        Assert.Equal(
            "pooling.deficit.county_share 69%: pooling.deficit.collected_fund_share 30% + pooling.deficit.county_share 69% = 99%, not 100%: the collected fund and the deficit county share the whole deficit (四(二)8(1))",
            deficit.Message);
    }

    [Fact]
    public void Years_and_the_transition_length_lie_within_their_ranges()
    {
        Assert.Equal(1990, With(Count("pooling.upward_transfer.year", 1990)).UpwardTransferYear);
        Assert.Equal(2200, With(Count("pooling.transition.first_year", 2200)).TransitionFirstYear);
        PoolingInputException early = Refused(Count("pooling.upward_transfer.year", 1989));
        Assert.Equal("pooling.upward_transfer.year 1989: must lie within 1990–2200 (value effective 2022-01-01 in set overrides, test override)", early.Message);
        Assert.Equal("2201", Refused(Count("pooling.transition.first_year", 2201)).Value);

        PoolingPolicy none = With(Count("pooling.transition.years", 0));
        Assert.Equal(0, none.TransitionYears);
        Assert.False(none.IsTransitionYear(2022));
        Assert.EndsWith("transition 2022–2021", none.Explain().Sentence, StringComparison.Ordinal);
        PoolingPolicy hundred = With(Count("pooling.transition.years", 100));
        Assert.True(hundred.IsTransitionYear(2121));
        Assert.False(hundred.IsTransitionYear(2122));
        Assert.Equal("pooling.transition.years 101: must lie within 0–100 (value effective 2022-01-01 in set overrides, test override)", Refused(Count("pooling.transition.years", 101)).Message);
        Assert.Equal("-1", Refused(Count("pooling.transition.years", -1, minimum: Fraction.FromInteger(-5))).Value);
    }

    [Fact]
    public void The_assessment_cut_may_be_zero_but_not_negative_and_the_adjusted_share_may_reach_zero()
    {
        PoolingPolicy zero = With(Param("pooling.deficit.assessment_reduction", ParameterValue.FromPoints(PercentagePoints.Zero)));
        Assert.Equal(Rate.FromPercent(30), zero.CollectedShareFor(false, CountyAssessment.BelowGood));
        PoolingInputException negative = Refused(Param("pooling.deficit.assessment_reduction", ParameterValue.FromPoints(PercentagePoints.FromPoints(-1))));
        Assert.Equal(("pooling.deficit.assessment_reduction", "-1pp"), (negative.Field, negative.Value));
        Assert.Equal("pooling.deficit.assessment_reduction -1pp: a reduction of the share must be 0pp or more (降低5个百分点, 四(二)8(3))", negative.Message);

        // 10% − 5pp − 5pp = 0% exactly: allowed. 8% would go to −2%: refused, with both cuts named.
        PoolingPolicy ten = With(Share("pooling.deficit.collected_fund_share", 10), Share("pooling.deficit.county_share", 90));
        Assert.Equal(Rate.Zero, ten.CollectedShareFor(true, CountyAssessment.BelowGood));
        Assert.Equal(Rate.FromPercent(5), ten.CollectedShareFor(true, CountyAssessment.GoodOrBetter));
        PoolingInputException below = Refused(Share("pooling.deficit.collected_fund_share", 8), Share("pooling.deficit.county_share", 92));
        Assert.Equal(("pooling.deficit.collected_fund_share", "8%"), (below.Field, below.Value));
        Assert.Equal(
            "pooling.deficit.collected_fund_share 8%: the adjustments of 四(二)8(3) together (5pp for a prior-year deficit under reading PercentagePoints, 5pp below 优良) would cut the collected fund's share to -2%, below 0%",
            below.Message);
    }

    [Fact]
    public void The_two_top_up_thresholds_come_into_force_together()
    {
        LocalDate later = new(2024, 1, 1);
        PoolingInputException residentLater = Refused(Param("pooling.top_up.resident_months", ParameterValue.FromMonths(Fraction.One), from: later));
        Assert.Equal(("pooling.top_up.employee_months", "3"), (residentLater.Field, residentLater.Value));
        Assert.Equal(
            "pooling.top_up.employee_months 3: the employee and resident top-up thresholds must come into force together (on 2023-01-01 pooling.top_up.resident_months is not in force) — 四(二)7(2)/(3) both apply 2023年起",
            residentLater.Message);
        PoolingInputException employeeLater = Refused(Param("pooling.top_up.employee_months", ParameterValue.FromMonths(Fraction.FromInteger(3)), from: later));
        Assert.Equal(
            "pooling.top_up.employee_months no value: the employee and resident top-up thresholds must come into force together (on 2023-01-01 pooling.top_up.resident_months is 1) — 四(二)7(2)/(3) both apply 2023年起",
            employeeLater.Message);

        // Both later: simply not in force yet; both on the date itself: in force.
        PoolingPolicy neither = With(
            Param("pooling.top_up.employee_months", ParameterValue.FromMonths(Fraction.FromInteger(3)), from: later),
            Param("pooling.top_up.resident_months", ParameterValue.FromMonths(Fraction.One), from: later));
        Assert.False(neither.TopUpInForce);
        Assert.True(PoolingPolicy.FromParameters(Lishui, later.PlusDays(-365)).TopUpInForce);
    }

    // ---------------------------------------------------------------- FromEntries (the JSON form)

    private static Dictionary<string, ParameterEntry> EntriesOf(PoolingPolicy p) => p.Entries().ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void A_policy_rebuilt_from_its_entries_is_the_same_policy()
    {
        PoolingPolicy p = Policy(2023, PriorDeficitReading.ShareOfShare);
        PoolingPolicy q = PoolingPolicy.FromEntries("lishui", Jan2023, EntriesOf(p), PriorDeficitReading.ShareOfShare);
        Assert.Equal(p.Explain().ToText(), q.Explain().ToText());
        Assert.Equal(p.CollectedShareFor(true, CountyAssessment.BelowGood), q.CollectedShareFor(true, CountyAssessment.BelowGood));
        Assert.Equal(PriorDeficitReading.ShareOfShare, q.PriorDeficitReading);

        // Without the two thresholds (optional): the top-up is not in force.
        Dictionary<string, ParameterEntry> before = EntriesOf(Policy(2022));
        PoolingPolicy r = PoolingPolicy.FromEntries("lishui", new LocalDate(2022, 1, 1), before, PriorDeficitReading.PercentagePoints);
        Assert.False(r.TopUpInForce);
        Assert.Equal(2022, r.UpwardTransferYear);
    }

    [Theory]
    [InlineData("pooling.upward_transfer.year", "count")]
    [InlineData("pooling.upward_transfer.employee_months", "months")]
    [InlineData("pooling.upward_transfer.resident_months", "months")]
    [InlineData("pooling.deficit.collected_fund_share", "rate")]
    [InlineData("pooling.deficit.county_share", "rate")]
    [InlineData("pooling.deficit.city_treasury_share", "rate")]
    [InlineData("pooling.deficit.county_treasury_share", "rate")]
    [InlineData("pooling.deficit.city_treasury_cap", "rate")]
    [InlineData("pooling.deficit.prior_deficit_reduction", "rate")]
    [InlineData("pooling.deficit.prior_deficit_city_treasury_factor", "rate")]
    [InlineData("pooling.deficit.assessment_reduction", "percentage_points")]
    [InlineData("pooling.transition.first_year", "count")]
    [InlineData("pooling.transition.years", "count")]
    [InlineData("pooling.transition.county_keep_share", "rate")]
    [InlineData("pooling.transition.collected_share", "rate")]
    public void A_rebuild_needs_every_parameter_but_the_two_top_up_thresholds(string name, string unit)
    {
        Dictionary<string, ParameterEntry> missing = EntriesOf(Policy(2023));
        Assert.True(missing.Remove(name));
        ArgumentException m = Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, missing, PriorDeficitReading.PercentagePoints));
        Assert.Equal($"the pooling policy of lishui needs the parameter {name} ({unit}). (Parameter 'parameters')", m.Message);
    }

    [Fact]
    public void A_rebuild_refuses_missing_unknown_wrong_unit_scale_and_future_entries()
    {
        Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries(" ", Jan2023, EntriesOf(Policy(2023)), PriorDeficitReading.PercentagePoints));
        Assert.Throws<ArgumentNullException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, null!, PriorDeficitReading.PercentagePoints));

        Dictionary<string, ParameterEntry> missing = EntriesOf(Policy(2023));
        missing.Remove("pooling.deficit.county_share");
        ArgumentException m = Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, missing, PriorDeficitReading.PercentagePoints));
        Assert.Equal("the pooling policy of lishui needs the parameter pooling.deficit.county_share (rate). (Parameter 'parameters')", m.Message);

        Dictionary<string, ParameterEntry> nulled = EntriesOf(Policy(2023));
        nulled["pooling.deficit.county_share"] = null!;
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, nulled, PriorDeficitReading.PercentagePoints)).ParamName);

        Dictionary<string, ParameterEntry> wrongUnit = EntriesOf(Policy(2023));
        wrongUnit["pooling.deficit.county_share"] = new ParameterEntry(new LocalDate(2022, 1, 1), ParameterValue.FromCount(70), new Citation("t"));
        Assert.Equal(
            "parameter pooling.deficit.county_share of the pooling policy of lishui is count; it must be a single rate value. (Parameter 'parameters')",
            Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, wrongUnit, PriorDeficitReading.PercentagePoints)).Message);

        Dictionary<string, ParameterEntry> scale = EntriesOf(Policy(2023));
        scale["pooling.deficit.county_share"] = new ParameterEntry(new LocalDate(2022, 1, 1), [new ScaleBracket("a", ParameterValue.FromRate(Rate.FromPercent(70)))], new Citation("t"));
        Assert.Equal(
            "parameter pooling.deficit.county_share of the pooling policy of lishui is a scale; it must be a single rate value. (Parameter 'parameters')",
            Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, scale, PriorDeficitReading.PercentagePoints)).Message);

        Dictionary<string, ParameterEntry> future = EntriesOf(Policy(2023));
        future["pooling.deficit.county_share"] = new ParameterEntry(new LocalDate(2023, 1, 2), ParameterValue.FromRate(Rate.FromPercent(70)), new Citation("t"));
        Assert.Equal(
            "parameter pooling.deficit.county_share of the pooling policy of lishui is effective from 2023-01-02, after the policy's date 2023-01-01: it was not in force. (Parameter 'parameters')",
            Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, future, PriorDeficitReading.PercentagePoints)).Message);
        // Effective on the date itself is in force.
        future["pooling.deficit.county_share"] = new ParameterEntry(Jan2023, ParameterValue.FromRate(Rate.FromPercent(70)), new Citation("t"));
        Assert.Equal(Jan2023, PoolingPolicy.FromEntries("lishui", Jan2023, future, PriorDeficitReading.PercentagePoints).Entry("pooling.deficit.county_share").EffectiveFrom);

        Dictionary<string, ParameterEntry> unknown = EntriesOf(Policy(2023));
        unknown["pooling.extra"] = unknown["pooling.deficit.county_share"];
        Assert.Equal(
            "'pooling.extra' is not a pooling parameter (they are " + string.Join(", ", PoolingParameters.Names) + "). (Parameter 'parameters')",
            Assert.Throws<ArgumentException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, unknown, PriorDeficitReading.PercentagePoints)).Message);

        // The rules that tie the parameters together still apply.
        Dictionary<string, ParameterEntry> oneTopUp = EntriesOf(Policy(2023));
        oneTopUp.Remove("pooling.top_up.resident_months");
        Assert.Equal("pooling.top_up.employee_months", Assert.Throws<PoolingInputException>(() => PoolingPolicy.FromEntries("lishui", Jan2023, oneTopUp, PriorDeficitReading.PercentagePoints)).Field);
    }
}
