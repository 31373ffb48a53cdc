namespace FundMath.Tests.Contributions;

using System;
using System.Linq;
using FundMath;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Policies;

/// <summary>
/// The edges of the resident-side contribution types: funding standards (year ranges, top-ups, the one-third rule at
/// exactly one third), the central shares per province tier, subsidy splits that keep every fen (ties, many levels,
/// every refusal), assistance rules per kind and their texts, cohorts without a rule, the per-capita special budget
/// and the personal-account split at its month limits.
/// </summary>
public class ResidentBoundaryTests
{
    private static readonly Citation Notice = new("医保发〔2021〕32号", clause: "一");
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // ---- funding standard ----

    [Fact]
    public void A_standard_adds_its_local_top_ups()
    {
        ResidentFundingStandard s = new ResidentFundingStandard(2021, 2021, Money.FromYuan(320), Money.FromYuan(580), Notice).WithLocalTopUp(Money.FromYuan(10), Money.FromYuan(20));
        Assert.Equal(2021, s.CoverageYear);
        Assert.Equal(2021, s.CollectionYear);
        Assert.Equal(Money.FromYuan(320), s.NationalIndividualContribution);
        Assert.Equal(Money.FromYuan(580), s.NationalPerCapitaSubsidy);
        Assert.Equal(Money.FromYuan(10), s.LocalIndividualTopUp);
        Assert.Equal(Money.FromYuan(20), s.LocalSubsidyTopUp);
        Assert.Equal(Notice, s.Citation);
        Assert.Equal(Money.FromYuan(330), s.IndividualContribution);
        Assert.Equal(Money.FromYuan(600), s.PerCapitaSubsidy);
        Assert.Equal(Money.FromYuan(930), s.PerCapitaFunding);
        Assert.Equal("2021 (collected 2021): individual 330.00元, subsidy 600.00元", s.ToString());
        // Top-ups replace, not add.
        ResidentFundingStandard again = s.WithLocalTopUp(Money.FromYuan(1), Money.Zero);
        Assert.Equal(Money.FromYuan(321), again.IndividualContribution);
        Assert.Equal(Money.FromYuan(580), again.PerCapitaSubsidy);
    }

    [Fact]
    public void Years_are_checked_at_both_ends_and_collection_is_the_coverage_year_or_the_one_before()
    {
        Assert.Equal(1990, new ResidentFundingStandard(1990, 1989, Money.Zero, Money.Zero).CoverageYear);
        Assert.Equal(2200, new ResidentFundingStandard(2200, 2200, Money.Zero, Money.Zero).CoverageYear);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(1989, 1989, Money.Zero, Money.Zero));
        Assert.Equal("coverageYear", low.ParamName);
        Assert.Contains("coverageYear 1989 is outside the allowed range [1990, 2200].", low.Message, StringComparison.Ordinal);
        Assert.Equal("coverageYear", Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2201, 2201, Money.Zero, Money.Zero)).ParamName);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2022, 2020, Money.Zero, Money.Zero));
        Assert.Equal("collectionYear", early.ParamName);
        Assert.Contains("collectionYear 2020 is outside the allowed range [2021, 2022].", early.Message, StringComparison.Ordinal);
        Assert.Equal("collectionYear", Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2022, 2023, Money.Zero, Money.Zero)).ParamName);
    }

    [Fact]
    public void Negative_amounts_are_refused_by_their_parameter_names()
    {
        var i = Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2021, 2021, Money.FromFen(-1), Money.Zero));
        Assert.Equal("individualContribution", i.ParamName);
        Assert.Contains("individualContribution -0.01元 is negative: a funding standard cannot be below zero.", i.Message, StringComparison.Ordinal);
        Assert.Equal("perCapitaSubsidy", Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2021, 2021, Money.Zero, Money.FromFen(-1))).ParamName);
        ResidentFundingStandard s = new(2021, 2021, Money.FromYuan(320), Money.FromYuan(580));
        Assert.Equal("individualTopUp", Assert.Throws<ArgumentOutOfRangeException>(() => s.WithLocalTopUp(Money.FromFen(-1), Money.Zero)).ParamName);
        Assert.Equal("subsidyTopUp", Assert.Throws<ArgumentOutOfRangeException>(() => s.WithLocalTopUp(Money.Zero, Money.FromFen(-1))).ParamName);
        Assert.Equal(Money.Zero, s.WithLocalTopUp(Money.Zero, Money.Zero).LocalSubsidyTopUp);
    }

    [Fact]
    public void Standards_compare_by_years_and_every_amount()
    {
        ResidentFundingStandard s = new(2021, 2021, Money.FromYuan(320), Money.FromYuan(580));
        ResidentFundingStandard same = new(2021, 2021, Money.FromYuan(320), Money.FromYuan(580), Notice);
        Assert.True(s == same);                 // the citation is not compared
        Assert.False(s != same);
        Assert.True(s.Equals((object)same));
        Assert.False(s.Equals((object)2021));
        Assert.Equal(s.GetHashCode(), same.GetHashCode());
        ResidentFundingStandard[] others =
        [
            new(2022, 2021, Money.FromYuan(320), Money.FromYuan(580)),
            new(2021, 2020, Money.FromYuan(320), Money.FromYuan(580)),
            new(2021, 2021, Money.FromYuan(321), Money.FromYuan(580)),
            new(2021, 2021, Money.FromYuan(320), Money.FromYuan(581)),
            s.WithLocalTopUp(Money.FromYuan(1), Money.Zero),
            s.WithLocalTopUp(Money.Zero, Money.FromYuan(1)),
        ];
        foreach (ResidentFundingStandard o in others)
        {
            Assert.False(s == o);
            Assert.True(s != o);
        }

        // Same totals, split differently between national and local.
        Assert.NotEqual(new ResidentFundingStandard(2021, 2021, Money.FromYuan(321), Money.FromYuan(580)), s.WithLocalTopUp(Money.FromYuan(1), Money.Zero));
        ResidentFundingStandard none = default;
        Assert.Equal(0, none.CoverageYear);
        Assert.Equal(Money.Zero, none.PerCapitaFunding);
    }

    [Fact]
    public void The_one_third_rule_at_exactly_one_third_meets_and_one_fen_less_is_below()
    {
        Rate third = Rate.FromRatio(1, 3);
        // 300 of 900 = exactly 1/3.
        IndividualShareCheck exact = new ResidentFundingStandard(2021, 2021, Money.FromYuan(300), Money.FromYuan(600)).CheckIndividualShare(third);
        Assert.Equal(Rate.FromRatio(1, 3), exact.Share);
        Assert.Equal(IndividualShareOutcome.Meets, exact.Outcome);
        Assert.Equal(Money.FromYuan(300), exact.Individual);
        Assert.Equal(Money.FromYuan(900), exact.PerCapitaFunding);
        Assert.Equal(third, exact.MinimumShare);
        IndividualShareCheck below = IndividualShareCheck.Of(Money.FromYuan(299.99m), Money.FromYuan(899.99m), third);
        Assert.Equal(IndividualShareOutcome.Below, below.Outcome);
        IndividualShareCheck all = IndividualShareCheck.Of(Money.FromYuan(900), Money.FromYuan(900), Rate.OneHundredPercent);
        Assert.Equal(Rate.OneHundredPercent, all.Share);
        Assert.Equal(IndividualShareOutcome.Meets, all.Outcome);
        IndividualShareCheck none = IndividualShareCheck.Of(Money.Zero, Money.Zero, third);
        Assert.Equal(Rate.Zero, none.Share);
        Assert.Equal(IndividualShareOutcome.NoFunding, none.Outcome);
        Assert.Equal(IndividualShareOutcome.Meets, IndividualShareCheck.Of(Money.Zero, Money.FromYuan(900), Rate.Zero).Outcome);
    }

    [Fact]
    public void The_individual_share_check_refuses_bad_inputs_with_the_rule()
    {
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => IndividualShareCheck.Of(Money.FromYuan(1), Money.FromYuan(3), Rate.FromPercent(100.01m)));
        Assert.Equal("minimumShare", share.ParamName);
        Assert.Contains("minimumShare 100.01% is outside 0%–100%", share.Message, StringComparison.Ordinal);
        Assert.Equal("minimumShare", Assert.Throws<ArgumentOutOfRangeException>(() => IndividualShareCheck.Of(Money.FromYuan(1), Money.FromYuan(3), Rate.FromPercent(-1))).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => IndividualShareCheck.Of(Money.FromFen(-1), Money.FromYuan(3), Rate.FromRatio(1, 3)));
        Assert.Equal("individual", negative.ParamName);
        Assert.Contains("individual -0.01 元 must be between 0 and the per-capita funding 3.00 元.", negative.Message, StringComparison.Ordinal);
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => IndividualShareCheck.Of(Money.FromYuan(3.01m), Money.FromYuan(3), Rate.FromRatio(1, 3)));
        Assert.Contains("individual 3.01 元 must be between 0 and the per-capita funding 3.00 元.", above.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_explanation_gives_the_exact_share_and_both_years()
    {
        ResidentFundingStandard s = new ResidentFundingStandard(2022, 2021, Money.FromYuan(320), Money.FromYuan(580), Notice).WithLocalTopUp(Money.FromYuan(10), Money.FromYuan(20));
        string text = s.Explain(Rate.FromRatio(1, 3)).ToText();
        Assert.Contains("2022 人均筹资额 (per-capita funding) = 930.00元", text, StringComparison.Ordinal);
        Assert.Contains("Individual share 11/31 (35.48%) vs minimum 1/3: Meets. Collected in 2021 for coverage year 2022.", text, StringComparison.Ordinal);
        Assert.Contains("formula: individual contribution + per-capita subsidy", text, StringComparison.Ordinal);
        Assert.Contains("个人缴费标准 (individual contribution) = 320.00元  [parameter, 医保发〔2021〕32号 一]", text, StringComparison.Ordinal);
        Assert.Contains("个人缴费地方提标 (local individual top-up) = 10.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains("人均财政补助标准 (per-capita subsidy) = 580.00元  [parameter, 医保发〔2021〕32号 一]", text, StringComparison.Ordinal);
        Assert.Contains("财政补助地方提标 (local subsidy top-up) = 20.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains(": Below.", s.Explain(Rate.FromPercent(40)).ToText(), StringComparison.Ordinal);
    }

    // ---- central shares ----

    [Fact]
    public void Each_tier_reads_its_own_share_and_western_treatment_only_in_tier_2()
    {
        var t = new CentralSubsidyShares(Rate.FromPercent(81), Rate.FromPercent(62), Rate.FromPercent(53), Rate.FromPercent(34), Rate.FromPercent(15), Rate.FromPercent(86), Notice);
        Assert.Equal(Rate.FromPercent(81), t.ShareFor(ProvinceTier.Tier1));
        Assert.Equal(Rate.FromPercent(62), t.ShareFor(ProvinceTier.Tier2));
        Assert.Equal(Rate.FromPercent(53), t.ShareFor(ProvinceTier.Tier3));
        Assert.Equal(Rate.FromPercent(34), t.ShareFor(ProvinceTier.Tier4));
        Assert.Equal(Rate.FromPercent(15), t.ShareFor(ProvinceTier.Tier5));
        Assert.Equal(Rate.FromPercent(86), t.ShareFor(ProvinceTier.Tier2, westernTreatment: true));
        Assert.Equal(Rate.FromPercent(62), t.ShareFor(ProvinceTier.Tier2, westernTreatment: false));
        Assert.Equal(Notice, t.Citation);
        foreach (ProvinceTier tier in new[] { ProvinceTier.Tier1, ProvinceTier.Tier3, ProvinceTier.Tier4, ProvinceTier.Tier5 })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => t.ShareFor(tier, westernTreatment: true));
            Assert.Equal("westernTreatment", ex.ParamName);
            Assert.Contains($"westernTreatment applies to counties inside tier-2 provinces only; tier is {tier}.", ex.Message, StringComparison.Ordinal);
        }

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => t.ShareFor((ProvinceTier)0));
        Assert.Equal("tier", zero.ParamName);
        Assert.Contains("tier 0 is outside the allowed range [1, 5].", zero.Message, StringComparison.Ordinal);
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => t.ShareFor((ProvinceTier)6, westernTreatment: true)).ParamName);
    }

    [Fact]
    public void Each_share_of_the_table_is_checked_by_name()
    {
        Rate ok = Rate.FromPercent(50), bad = Rate.FromPercent(100.01m);
        string[] names = ["tier1", "tier2", "tier3", "tier4", "tier5", "westernTreatmentInTier2"];
        for (int i = 0; i < 6; i++)
        {
            Rate[] r = Enumerable.Repeat(ok, 6).ToArray();
            r[i] = bad;
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CentralSubsidyShares(r[0], r[1], r[2], r[3], r[4], r[5]));
            Assert.Equal(names[i], ex.ParamName);
            Assert.Contains($"{names[i]} 100.01% is outside 0%–100%", ex.Message, StringComparison.Ordinal);
        }

        Assert.Null(new CentralSubsidyShares(Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, Rate.OneHundredPercent, Rate.OneHundredPercent).Citation);
    }

    [Fact]
    public void The_shipped_table_is_80_60_50_30_10_and_80_and_is_read_once()
    {
        CentralSubsidyShares t = CentralSubsidyShares.GuoBanFa2018No6;
        Assert.Same(t, CentralSubsidyShares.GuoBanFa2018No6);
        Assert.Equal(Rate.FromPercent(80), t.ShareFor(ProvinceTier.Tier1));
        Assert.Equal(Rate.FromPercent(60), t.ShareFor(ProvinceTier.Tier2));
        Assert.Equal(Rate.FromPercent(50), t.ShareFor(ProvinceTier.Tier3));
        Assert.Equal(Rate.FromPercent(30), t.ShareFor(ProvinceTier.Tier4));
        Assert.Equal(Rate.FromPercent(10), t.ShareFor(ProvinceTier.Tier5));
        Assert.Equal(Rate.FromPercent(80), t.ShareFor(ProvinceTier.Tier2, true));
        Assert.NotNull(t.Citation);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => CentralSubsidyShares.FromParameters(null!, new NodaTime.LocalDate(2019, 1, 1))).ParamName);
        CentralSubsidyShares read = CentralSubsidyShares.FromParameters(ParameterSet.National, new NodaTime.LocalDate(2019, 1, 1));
        Assert.NotSame(t, read);
        Assert.Equal(Rate.FromPercent(30), read.ShareFor(ProvinceTier.Tier4));
        Assert.Equal(t.Citation, read.Citation);
    }

    // ---- subsidy split ----

    [Fact]
    public void A_half_fen_of_the_central_part_rounds_away_from_zero()
    {
        // 0.05元 × 1 × 50% = 2.5 fen → central 3 fen, local 2 fen; 0.03元 × 50% = 1.5 → 2 and 1.
        Span<Money> parts = stackalloc Money[1];
        SubsidySplitResult r = SubsidySplit.Split(Money.FromFen(5), Headcount.FromPersons(1), Rate.FromPercent(50), [Rate.OneHundredPercent], parts);
        Assert.Equal((Money.FromFen(5), Money.FromFen(3), Money.FromFen(2)), (r.Total, r.Central, r.Local));
        Assert.Equal(Money.FromFen(2), parts[0]);
        SubsidySplitResult r2 = SubsidySplit.Split(Money.FromFen(3), Headcount.FromPersons(1), Rate.FromPercent(50), [], []);
        Assert.Equal((Money.FromFen(2), Money.FromFen(1)), (r2.Central, r2.Local));
        // 0.01元 × 3 × 1/3 = 1 fen exactly; × 10% = 0.3 fen → 0.
        Assert.Equal(Money.FromFen(1), SubsidySplit.Split(Money.FromFen(1), Headcount.FromPersons(3), Rate.FromRatio(1, 3), [], []).Central);
        Assert.Equal(Money.Zero, SubsidySplit.Split(Money.FromFen(1), Headcount.FromPersons(3), Rate.FromPercent(10), [], []).Central);
    }

    [Fact]
    public void Local_levels_split_the_local_part_to_the_fen_and_earlier_levels_win_ties()
    {
        // 1.00元 × 1 × 0% central → local 100 fen over thirds: 33⅓ each → 34, 33, 33.
        Span<Money> parts = stackalloc Money[3];
        Rate third = Rate.FromRatio(1, 3);
        SubsidySplitResult r = SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.Zero, [third, third, third], parts);
        Assert.Equal(Money.FromYuan(1), r.Local);
        Assert.Equal(new[] { Money.FromFen(34), Money.FromFen(33), Money.FromFen(33) }, parts.ToArray());
    }

    [Fact]
    public void Forty_levels_of_2_5_percent_sum_to_exactly_100_percent()
    {
        // Σ 40 × 1/40 = 1: the running sum is reduced at each step (40⁴⁰ would not fit an Int128).
        Rate[] shares = Enumerable.Repeat(Rate.FromPercent(2.5m), 40).ToArray();
        var parts = new Money[40];
        SubsidySplitResult r = SubsidySplit.Split(Money.FromYuan(40), Headcount.FromPersons(1), Rate.Zero, shares, parts);
        Assert.Equal(Money.FromYuan(40), r.Local);
        Assert.All(parts, p => Assert.Equal(Money.FromYuan(1), p));
    }

    [Fact]
    public void Subsidy_split_refusals_name_the_parameter_and_the_figures()
    {
        Rate[] halves = [Rate.FromPercent(50), Rate.FromPercent(50)];
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplit.Split(Money.FromFen(-1), Headcount.FromPersons(1), Rate.FromPercent(80), halves, new Money[2]));
        Assert.Equal("perCapita", neg.ParamName);
        Assert.Contains("perCapita -0.01元 is negative", neg.Message, StringComparison.Ordinal);
        var central = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(100.01m), halves, new Money[2]));
        Assert.Equal("centralShare", central.ParamName);
        Assert.Contains("centralShare 100.01% is outside 0%–100%", central.Message, StringComparison.Ordinal);
        var length = Assert.Throws<ArgumentException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(80), halves, new Money[3]));
        Assert.Equal("localParts", length.ParamName);
        Assert.Contains("localParts has length 3 but localShares has length 2; they must match.", length.Message, StringComparison.Ordinal);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(50), Rate.FromPercent(-1)], new Money[2]));
        Assert.Equal("localShares[1]", share.ParamName);
        Assert.Contains("localShares[1] -1.00% is outside 0%–100%", share.Message, StringComparison.Ordinal);
        var sum = Assert.Throws<ArgumentException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(50), Rate.FromPercent(49.99m)], new Money[2]));
        Assert.Equal("localShares", sum.ParamName);
        Assert.Contains("localShares sum to 99.9900%, not 100%: the local part must be split completely.", sum.Message, StringComparison.Ordinal);
        var over = Assert.Throws<ArgumentException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(50), Rate.FromPercent(50.01m)], new Money[2]));
        Assert.Contains("localShares sum to 100.0100%", over.Message, StringComparison.Ordinal);

        // 120% and −20% sum to exactly 100%, so only the range check refuses them: the first out-of-range share,
        // localShares[0] = 120%, is the one named (not the negative one after it).
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplit.Split(Money.FromYuan(1), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(120), Rate.FromPercent(-20)], new Money[2]));
        Assert.Equal("localShares[0]", above.ParamName);
        Assert.Contains("localShares[0] 120.00% is outside 0%–100%", above.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subsidy_explanation_names_unnamed_levels_by_number_and_handles_many_levels()
    {
        string text = SubsidySplit.Explain(Money.FromYuan(610), Headcount.FromPersons(1000), Rate.FromPercent(80), [Rate.FromPercent(75), Rate.FromPercent(25)], ["自治区"], Notice).ToText();
        Assert.Contains("财政补助 (fiscal subsidy) = 610000.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: 610.00元 × 1000", text, StringComparison.Ordinal);
        Assert.Contains("中央财政补助 (central) = 488000.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: total × 80.00%", text, StringComparison.Ordinal);
        Assert.Contains("rounding: largest remainder to the fen\n", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("中央分档比例 (central share) = 80.00%  [parameter, 医保发〔2021〕32号 一]", text, StringComparison.Ordinal);
        Assert.Contains("地方财政补助 (local) = 122000.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: total − central", text, StringComparison.Ordinal);
        Assert.Contains("- 自治区 = 91500.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: local × 75.00%", text, StringComparison.Ordinal);
        Assert.Contains("rounding: largest remainder to the fen (earlier level wins ties)", text, StringComparison.Ordinal);
        Assert.Contains("- level 2 = 30500.00元", text, StringComparison.Ordinal);

        Rate[] shares = Enumerable.Repeat(Rate.FromPercent(5), 20).ToArray();
        string many = SubsidySplit.Explain(Money.FromYuan(100), Headcount.FromPersons(1), Rate.Zero, shares, []).ToText();
        Assert.Contains("- level 17 = 5.00元", many, StringComparison.Ordinal);
        Assert.Contains("- level 20 = 5.00元", many, StringComparison.Ordinal);
        Assert.Equal("levelNames", Assert.Throws<ArgumentNullException>(() => SubsidySplit.Explain(Money.FromYuan(1), Headcount.FromPersons(1), Rate.Zero, [], null!)).ParamName);
    }

    [Fact]
    public void A_stated_split_checks_its_total_and_central_part()
    {
        Assert.Equal(Money.Zero, SubsidySplitResult.Of(Money.FromYuan(10), Money.FromYuan(10)).Local);
        Assert.Equal(Money.FromYuan(10), SubsidySplitResult.Of(Money.FromYuan(10), Money.Zero).Local);
        Assert.Equal(default(SubsidySplitResult), SubsidySplitResult.Of(Money.Zero, Money.Zero));
        var total = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplitResult.Of(Money.FromFen(-1), Money.Zero));
        Assert.Equal("total", total.ParamName);
        Assert.Contains("total -0.01 元 is negative; a subsidy is at least 0.", total.Message, StringComparison.Ordinal);
        var central = Assert.Throws<ArgumentOutOfRangeException>(() => SubsidySplitResult.Of(Money.FromYuan(10), Money.FromFen(-1)));
        Assert.Equal("central", central.ParamName);
        Assert.Contains("central -0.01 元 must be between 0 and the total 10.00 元.", central.Message, StringComparison.Ordinal);
    }

    // ---- assistance ----

    [Fact]
    public void Each_assistance_kind_splits_the_premium_and_keeps_every_fen()
    {
        Money premium = Money.FromYuan(350);
        Assert.Equal(new AssistanceSplit(premium, Money.Zero), AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(Money.FromYuan(200), Money.FromYuan(150)), AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200)).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(premium, Money.Zero), AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(350)).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(premium, Money.Zero), AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(400)).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(Money.Zero, premium), AssistanceEnrolmentRule.Fixed(AssistanceCategory.Other, Money.Zero).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(Money.FromYuan(210), Money.FromYuan(140)), AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(60)).Split(premium, HalfUp));
        // 0.05元 × 50% = 2.5 fen: AwayFromZero 3 (person 2), ToEven 2 (person 3), ToZero 2.
        AssistanceEnrolmentRule half = AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(50));
        Assert.Equal(new AssistanceSplit(Money.FromFen(3), Money.FromFen(2)), half.Split(Money.FromFen(5), MidpointRounding.AwayFromZero));
        Assert.Equal(new AssistanceSplit(Money.FromFen(2), Money.FromFen(3)), half.Split(Money.FromFen(5), MidpointRounding.ToEven));
        Assert.Equal(new AssistanceSplit(Money.FromFen(2), Money.FromFen(3)), half.Split(Money.FromFen(5), MidpointRounding.ToZero));
    }

    [Fact]
    public void Assistance_rules_keep_their_fields_and_texts()
    {
        AssistanceEnrolmentRule full = AssistanceEnrolmentRule.Full(AssistanceCategory.Orphan, Notice);
        Assert.Equal((AssistanceCategory.Orphan, AssistanceKind.Full, Money.Zero, Rate.OneHundredPercent), (full.Category, full.Kind, full.Amount, full.Ratio));
        Assert.Equal(Notice, full.Citation);
        Assert.Equal("Orphan: full", full.ToString());
        AssistanceEnrolmentRule fixedRule = AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200));
        Assert.Equal((AssistanceKind.FixedAmount, Money.FromYuan(200), Rate.Zero), (fixedRule.Kind, fixedRule.Amount, fixedRule.Ratio));
        Assert.Null(fixedRule.Citation);
        Assert.Equal("MinimumLivingAllowance: 200.00元", fixedRule.ToString());
        AssistanceEnrolmentRule ratio = AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(60), Notice);
        Assert.Equal((AssistanceKind.Ratio, Money.Zero, Rate.FromPercent(60)), (ratio.Kind, ratio.Amount, ratio.Ratio));
        Assert.Equal("Monitored: 60.00%", ratio.ToString());
        Assert.Equal("None: full", default(AssistanceEnrolmentRule).ToString());
        Assert.Equal(AssistanceKind.Full, default(AssistanceEnrolmentRule).Kind);
    }

    [Fact]
    public void Assistance_rules_compare_by_category_kind_amount_and_ratio()
    {
        AssistanceEnrolmentRule a = AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200));
        AssistanceEnrolmentRule same = AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200), Notice);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)Money.FromYuan(200)));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        AssistanceEnrolmentRule[] others =
        [
            AssistanceEnrolmentRule.Fixed(AssistanceCategory.Other, Money.FromYuan(200)),
            AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(201)),
            AssistanceEnrolmentRule.Full(AssistanceCategory.MinimumLivingAllowance),
        ];
        foreach (AssistanceEnrolmentRule o in others)
        {
            Assert.False(a == o);
            Assert.True(a != o);
        }

        // Same category and kind, ratios differ; a 0% ratio rule against a 0元 fixed rule differs by kind.
        Assert.NotEqual(AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(60)), AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(61)));
        Assert.NotEqual(AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.Zero), AssistanceEnrolmentRule.Fixed(AssistanceCategory.Monitored, Money.Zero));
    }

    [Fact]
    public void Assistance_refusals_name_the_parameter_value_and_rule()
    {
        foreach (Action make in new Action[]
        {
            () => AssistanceEnrolmentRule.Full(AssistanceCategory.None),
            () => AssistanceEnrolmentRule.Fixed(AssistanceCategory.None, Money.FromYuan(1)),
            () => AssistanceEnrolmentRule.OfRatio(AssistanceCategory.None, Rate.FromPercent(50)),
        })
        {
            var ex = Assert.Throws<ArgumentException>(make);
            Assert.Equal("category", ex.ParamName);
            Assert.Contains("category None has no assistance rule; persons outside assistance groups pay the full premium.", ex.Message, StringComparison.Ordinal);
        }

        var amount = Assert.Throws<ArgumentOutOfRangeException>(() => AssistanceEnrolmentRule.Fixed(AssistanceCategory.Other, Money.FromFen(-1)));
        Assert.Equal("amount", amount.ParamName);
        Assert.Contains("amount -0.01元 is negative: an assistance amount cannot be below zero.", amount.Message, StringComparison.Ordinal);
        var ratio = Assert.Throws<ArgumentOutOfRangeException>(() => AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Other, Rate.FromPercent(100.01m)));
        Assert.Equal("ratio", ratio.ParamName);
        Assert.Equal(Rate.OneHundredPercent, AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Other, Rate.OneHundredPercent).Ratio);
        var premium = Assert.Throws<ArgumentOutOfRangeException>(() => AssistanceEnrolmentRule.Full(AssistanceCategory.Orphan).Split(Money.FromFen(-1), HalfUp));
        Assert.Equal("premium", premium.ParamName);
        Assert.Contains("premium -0.01元 is negative", premium.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => AssistanceEnrolmentRule.Full(AssistanceCategory.Orphan).Split(Money.FromYuan(1), (MidpointRounding)5)).ParamName);
    }

    // ---- resident premium income ----

    private static readonly AssistanceEnrolmentRule[] Rules =
    [
        AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty),
        AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200)),
        AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(50)),
    ];

    [Fact]
    public void Income_finds_each_cohort_rule_and_keeps_gross_equal_to_assisted_plus_personal()
    {
        // 0.05元 standard: ordinary 10 × 5 = 50 fen; extreme poverty 2 × 5 full; minimum living 3 × min(200元, 5) = 15;
        // monitored 4 × round(2.5 fen) = 4 × 3 = 12 (AwayFromZero) or 4 × 2 = 8 (ToEven).
        ResidentCohort[] cohorts =
        [
            new(Headcount.FromPersons(10), AssistanceCategory.None),
            new(Headcount.FromPersons(4), AssistanceCategory.Monitored),
            new(Headcount.FromPersons(3), AssistanceCategory.MinimumLivingAllowance),
            new(Headcount.FromPersons(2), AssistanceCategory.ExtremePoverty),
        ];
        ResidentPremiumIncome r = ResidentPremium.Compute(cohorts, Money.FromFen(5), Rules, HalfUp);
        Assert.Equal(new ResidentPremiumIncome(Headcount.FromPersons(19), Money.FromFen(95), Money.FromFen(37), Money.FromFen(58)), r);
        ResidentPremiumIncome even = ResidentPremium.Compute(cohorts, Money.FromFen(5), Rules, MidpointRounding.ToEven);
        Assert.Equal(new ResidentPremiumIncome(Headcount.FromPersons(19), Money.FromFen(95), Money.FromFen(33), Money.FromFen(62)), even);
        Assert.Equal(new ResidentPremiumIncome(Headcount.Zero, Money.Zero, Money.Zero, Money.Zero), ResidentPremium.Compute([], Money.FromYuan(350), Rules, HalfUp));
    }

    [Fact]
    public void A_cohort_without_a_rule_and_bad_inputs_are_refused()
    {
        ResidentCohort[] cohorts = [new(Headcount.FromPersons(1), AssistanceCategory.None), new(Headcount.FromPersons(1), AssistanceCategory.Orphan)];
        var ex = Assert.Throws<ArgumentException>(() => ResidentPremium.Compute(cohorts, Money.FromYuan(350), Rules, HalfUp));
        Assert.Equal("rules", ex.ParamName);
        Assert.Contains("cohorts[1] has category Orphan but rules has no rule for it.", ex.Message, StringComparison.Ordinal);
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => ResidentPremium.Compute(cohorts, Money.FromFen(-1), Rules, HalfUp));
        Assert.Equal("individualContribution", neg.ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => ResidentPremium.Compute(cohorts, Money.FromYuan(1), Rules, (MidpointRounding)5)).ParamName);
    }

    [Fact]
    public void Income_explanation_lists_ordinary_payers_and_rounds_only_ratio_rules()
    {
        ResidentCohort[] cohorts =
        [
            new(Headcount.FromPersons(10), AssistanceCategory.None),
            new(Headcount.FromPersons(3), AssistanceCategory.MinimumLivingAllowance),
            new(Headcount.FromPersons(4), AssistanceCategory.Monitored),
        ];
        string text = ResidentPremium.Explain(cohorts, Money.FromYuan(350), Rules, HalfUp).ToText().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("居民个人缴费收入 (resident premium income) = 5950.00元", text, StringComparison.Ordinal);
        Assert.Contains("Medical assistance paid 1300.00元; persons paid 4650.00元.", text, StringComparison.Ordinal);
        Assert.Contains("formula: Σ cohorts × individual contribution", text, StringComparison.Ordinal);
        Assert.Contains("个人缴费标准 (individual contribution) = 350.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains("参保人数 (ordinary payers) = 10  [input]", text, StringComparison.Ordinal);
        Assert.Contains("资助参保 MinimumLivingAllowance = 600.00元\n      formula: 3 × 200.00元\n    - 资助标准 (assistance rule) = MinimumLivingAllowance: 200.00元  [parameter]", text, StringComparison.Ordinal);
        Assert.Contains("资助参保 Monitored = 700.00元\n      formula: 4 × 175.00元\n      rounding: per person to the fen, AwayFromZero", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("rounding:").Length - 1);
    }

    // ---- special budget ----

    [Fact]
    public void Special_budget_rounds_each_period_in_the_named_mode()
    {
        // 3 persons × (0.01 + 0.02) = 9 fen; 50% = 4.5 fen → AwayFromZero 5 each, ToEven 4 each; 0% → 0.
        var budgets = new Money[3];
        Money total = PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3), [Money.FromFen(1), Money.FromFen(2)], [Rate.FromPercent(50), Rate.FromPercent(50), Rate.Zero], budgets, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.FromFen(10), total);
        Assert.Equal(new[] { Money.FromFen(5), Money.FromFen(5), Money.Zero }, budgets);
        Assert.Equal(Money.FromFen(8), PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3), [Money.FromFen(1), Money.FromFen(2)], [Rate.FromPercent(50), Rate.FromPercent(50), Rate.Zero], budgets, MidpointRounding.ToEven));
        Assert.Equal(Money.FromFen(9), PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3), [Money.FromFen(1), Money.FromFen(2)], [Rate.OneHundredPercent], budgets.AsSpan(0, 1), HalfUp));
        Assert.Equal(Money.Zero, PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3), [], [], [], HalfUp));
    }

    [Fact]
    public void Special_budget_refusals_name_the_item_or_period()
    {
        var length = Assert.Throws<ArgumentException>(() => PerCapitaSpecialBudget.Compute(Headcount.FromPersons(1), [Money.FromYuan(1)], [Rate.FromPercent(40)], new Money[2], HalfUp));
        Assert.Equal("budgets", length.ParamName);
        Assert.Contains("budgets has length 2 but periodShares has length 1; they must match.", length.Message, StringComparison.Ordinal);
        var item = Assert.Throws<ArgumentOutOfRangeException>(() => PerCapitaSpecialBudget.Compute(Headcount.FromPersons(1), [Money.FromYuan(180), Money.FromFen(-1)], [Rate.FromPercent(40)], new Money[1], HalfUp));
        Assert.Equal("perCapitaItems[1]", item.ParamName);
        Assert.Contains("perCapitaItems[1] -0.01元 is negative", item.Message, StringComparison.Ordinal);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => PerCapitaSpecialBudget.Compute(Headcount.FromPersons(1), [Money.FromYuan(180)], [Rate.FromPercent(40), Rate.FromPercent(-0.01m)], new Money[2], HalfUp));
        Assert.Equal("periodShares[1]", share.ParamName);
        Assert.Contains("periodShares[1] -0.01% is outside 0%–100%", share.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => PerCapitaSpecialBudget.Compute(Headcount.FromPersons(1), [], [], [], (MidpointRounding)5)).ParamName);
    }

    // ---- personal accounts ----

    [Fact]
    public void Account_split_accepts_0_and_12_months_and_refuses_outside()
    {
        var policy = new PersonalAccountPolicy(Money.FromYuan(60), 2022);
        var staff = new ContributionTotals(3, Money.FromYuan(23248.40m), Money.FromYuan(2022.61m), Money.FromYuan(116.24m), Money.FromYuan(464.97m));
        Assert.Equal(new AccountSplit(Money.FromYuan(464.97m), Money.FromYuan(2022.61m), Money.Zero), policy.Split(staff, Headcount.FromPersons(2), 0));
        Assert.Equal(new AccountSplit(Money.FromYuan(464.97m), Money.FromYuan(2022.61m), Money.FromYuan(1440)), policy.Split(staff, Headcount.FromPersons(2), 12));
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => policy.Split(staff, Headcount.FromPersons(2), -1));
        Assert.Equal("months", low.ParamName);
        Assert.Contains("months -1 is outside the allowed range [0, 12].", low.Message, StringComparison.Ordinal);
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => new PersonalAccountPolicy(Money.FromFen(-1), 2022).Split(staff, Headcount.FromPersons(2), 1));
        Assert.Equal("RetireeMonthlyCredit", neg.ParamName);
        Assert.Contains("RetireeMonthlyCredit -0.01元 is negative.", neg.Message, StringComparison.Ordinal);
        Assert.Equal(new AccountSplit(Money.FromYuan(464.97m), Money.FromYuan(2022.61m), Money.Zero), default(PersonalAccountPolicy).Split(staff, Headcount.FromPersons(2), 12));
        Assert.Equal(new AccountSplit(Money.FromYuan(464.97m), Money.FromYuan(2022.61m), Money.Zero), new PersonalAccountPolicy(Money.Zero, 2022).Split(staff, Headcount.FromPersons(2), 12));
    }

    [Fact]
    public void Account_explanation_lists_every_input()
    {
        var policy = new PersonalAccountPolicy(Money.FromYuan(60), 2022, Notice);
        string text = policy.Explain(new ContributionTotals(3, Money.FromYuan(100), Money.FromYuan(20), Money.FromYuan(1), Money.FromYuan(5)), Headcount.FromPersons(2), 3).ToText();
        Assert.Contains("个人账户与统筹基金划分 (account / pool split) = accounts 365.00元, pool net -340.00元", text, StringComparison.Ordinal);
        Assert.Contains("formula: accounts = in-service individual + retirees × months × credit; pool = employer − retiree credits", text, StringComparison.Ordinal);
        Assert.Contains("在职职工个人缴费 (in-service individual) = 5.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains("单位缴费 (employer, to pool) = 20.00元  [input]", text, StringComparison.Ordinal);
        Assert.Contains("退休人员 (retirees) = 2  [input]", text, StringComparison.Ordinal);
        Assert.Contains("months = 3  [input]", text, StringComparison.Ordinal);
        Assert.Contains("退休人员月定额划入 (retiree monthly credit) = 60.00元  [parameter, effective 2022-01-01, 医保发〔2021〕32号 一]", text, StringComparison.Ordinal);
    }
}
