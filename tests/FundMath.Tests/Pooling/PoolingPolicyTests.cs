using System;
using System.Collections.Generic;
using FundMath.Citations;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Yaml;
using NodaTime;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The pooling policy is the city's data (samples/parameters/lishui.yaml), read with every citation; the national set
/// has none of it. Values quoted from 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8.
/// </summary>
public class PoolingPolicyTests
{
    [Fact]
    public void Lishui_parameters_give_the_plan_ratios()
    {
        PoolingPolicy p = Policy(2023);
        Assert.Equal(2022, p.UpwardTransferYear);
        Assert.Equal(Fraction.FromInteger(3), p.EmployeeTransferMonths); // 计算3个月支付能力为额度 (7(2))
        Assert.Equal(Fraction.FromInteger(1), p.ResidentTransferMonths); // 计算1个月支付能力为额度 (7(3))
        Assert.Equal(Fraction.FromInteger(3), p.EmployeeTopUpMonths);    // 2023年起…不足3个月时
        Assert.Equal(Fraction.FromInteger(1), p.ResidentTopUpMonths);
        Assert.Equal(Rate.FromPercent(30), p.CollectedFundShare);        // 由市级归集基金承担30%
        Assert.Equal(Rate.FromPercent(70), p.CountyShare);               // 缺口地…承担70%
        Assert.Equal(Rate.FromPercent(20), p.CityTreasuryShare);         // 市财政…20%
        Assert.Equal(Rate.FromPercent(80), p.CountyTreasuryShare);       // 缺口地财政…80%
        Assert.Equal(Rate.FromPercent(1), p.CityTreasuryCap);            // 统筹基金筹资总额的1%
        Assert.Equal(Rate.FromPercent(5), p.PriorDeficitReduction);      // 减少5%
        Assert.Equal(Rate.FromPercent(50), p.PriorDeficitCityTreasuryFactor); // 减半
        Assert.Equal(PercentagePoints.FromPoints(5), p.AssessmentReduction);  // 降低5个百分点
        Assert.Equal((2022, 3), (p.TransitionFirstYear, p.TransitionYears)); // 三年过渡期
        Assert.Equal(Rate.FromPercent(30), p.TransitionCountyKeepShare);
        Assert.Equal(Rate.FromPercent(70), p.TransitionCollectedShare);
        Assert.True(p.IsTransitionYear(2022) && p.IsTransitionYear(2024) && !p.IsTransitionYear(2025) && !p.IsTransitionYear(2021));
    }

    [Fact]
    public void The_top_up_is_dated_from_2023()
    {
        Assert.False(Policy(2022).TopUpInForce);
        Assert.Null(Policy(2022).TopUpMonths(PooledScheme.Employee));
        Assert.True(Policy(2023).TopUpInForce);
        Assert.Equal(new LocalDate(2023, 1, 1), Policy(2024).Entry("pooling.top_up.resident_months").EffectiveFrom);
    }

    [Fact]
    public void Adjusted_shares_under_both_readings()
    {
        PoolingPolicy points = Policy(2023);
        PoolingPolicy share = points.WithPriorDeficitReading(PriorDeficitReading.ShareOfShare);
        Assert.Same(points, points.WithPriorDeficitReading(PriorDeficitReading.PercentagePoints));
        Assert.Equal(Rate.FromPercent(30), points.CollectedShareFor(false, CountyAssessment.GoodOrBetter));
        Assert.Equal(Rate.FromPercent(25), points.CollectedShareFor(true, CountyAssessment.GoodOrBetter));
        Assert.Equal(Rate.FromPercent(25), points.CollectedShareFor(false, CountyAssessment.BelowGood));
        Assert.Equal(Rate.FromPercent(20), points.CollectedShareFor(true, CountyAssessment.BelowGood));
        Assert.Equal(Rate.FromPercent(28.5m), share.CollectedShareFor(true, CountyAssessment.GoodOrBetter));
        Assert.Equal(Rate.FromPercent(23.5m), share.CollectedShareFor(true, CountyAssessment.BelowGood));
        Assert.Equal(PercentagePoints.FromPoints(1.5m), share.PriorDeficitReductionPoints);
        Assert.Equal(Rate.FromPercent(10), points.CityTreasuryShareFor(true));
        Assert.Equal(Rate.FromPercent(20), points.CityTreasuryShareFor(false));
    }

    [Fact]
    public void Every_parameter_is_cited_to_its_clause_with_a_quoting_note()
    {
        PoolingPolicy p = Policy(2023);
        foreach (string name in PoolingParameters.Names)
        {
            ParameterEntry e = p.Entry(name);
            Assert.Equal("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）", e.Citation.Document);
            Assert.StartsWith("四(二)", e.Citation.Clause, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Note), name);
            Assert.False(string.IsNullOrWhiteSpace(Lishui.Get(name).Description), name);
        }

        Assert.Contains("其中市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%", p.Entry("pooling.deficit.city_treasury_cap").Note, StringComparison.Ordinal);
        Assert.Contains("在原基础上减少5%", p.Entry("pooling.deficit.prior_deficit_reduction").Note, StringComparison.Ordinal);
        string all = p.Explain().ToText();
        Assert.Contains("pooling.transition.collected_share = 70%", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_national_set_has_no_pooling_rules_so_reading_them_there_fails_loudly()
    {
        ParameterNotFoundException e = Assert.Throws<ParameterNotFoundException>(() => PoolingPolicy.FromParameters(ParameterSet.National, new LocalDate(2023, 1, 1)));
        Assert.StartsWith("pooling.", e.ParameterName, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_flow_through_and_complementary_shares_must_sum_to_100_percent()
    {
        ParameterSet fortyPercent = Override("pooling.deficit.collected_fund_share", ParameterValue.FromRate(Rate.FromPercent(40)));
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => PoolingPolicy.FromParameters(fortyPercent, new LocalDate(2023, 1, 1)));
        Assert.Equal("pooling.deficit.county_share", e.Field);
        Assert.Contains("pooling.deficit.collected_fund_share 40% + pooling.deficit.county_share 70% = 110%, not 100%", e.Message, StringComparison.Ordinal);

        ParameterSet both = fortyPercent.WithOverrides([Param("pooling.deficit.county_share", ParameterValue.FromRate(Rate.FromPercent(60)))]);
        Assert.Equal(Rate.FromPercent(40), PoolingPolicy.FromParameters(both, new LocalDate(2023, 1, 1)).CollectedFundShare);
    }

    [Fact]
    public void A_ratio_outside_0_to_100_percent_is_rejected_by_name_value_and_rule()
    {
        // A parameter file may widen a rate's domain (max: 200%); the pooling policy still refuses a share above 100%.
        ParameterSet wide = ParameterFiles.ReadYaml("""
            name: wide
            parameters:
              pooling.deficit.city_treasury_cap:
                unit: rate
                max: 200%
                values:
                  2022-01-01: { value: 130%, cite: { document: test } }
            """, "wide.yaml", Lishui);
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => PoolingPolicy.FromParameters(wide, new LocalDate(2023, 1, 1)));
        Assert.Equal(("pooling.deficit.city_treasury_cap", "130%"), (e.Field, e.Value));
        Assert.Contains("must lie within 0%–100%", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjustments_that_would_cut_the_share_below_zero_are_rejected()
    {
        ParameterSet small = Override("pooling.deficit.collected_fund_share", ParameterValue.FromRate(Rate.FromPercent(8)))
            .WithOverrides([Param("pooling.deficit.county_share", ParameterValue.FromRate(Rate.FromPercent(92)))]);
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => PoolingPolicy.FromParameters(small, new LocalDate(2023, 1, 1)));
        Assert.Contains("would cut the collected fund's share to -2%", e.Message, StringComparison.Ordinal);
        // Under the share-of-share reading 8% − 0.4pp − 5pp = 2.6% is fine.
        Assert.Equal(Rate.FromPercent(2.6m), PoolingPolicy.FromParameters(small, new LocalDate(2023, 1, 1), PriorDeficitReading.ShareOfShare).CollectedShareFor(true, CountyAssessment.BelowGood));
    }

    private static ParameterSet Override(string name, ParameterValue value) => Lishui.WithOverrides([Param(name, value)]);

    private static Parameter Param(string name, ParameterValue value)
    {
        Parameter known = Lishui.Get(name);
        return new Parameter(name, known.Unit, new List<ParameterEntry> { new(new LocalDate(2022, 1, 1), value, new Citation("test override")) }, known.Description);
    }
}
