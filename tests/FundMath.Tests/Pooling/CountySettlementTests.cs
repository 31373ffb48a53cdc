using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The worked examples of docs/pooling.md for one county, with illustrative made-up figures (not a county's data).
/// Rules: 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)8(1) "由市级归集基金承担30%，缺口地从累计结余当中或
/// 通过财政专项补助承担70%；归集基金不足支付时，不足的部分由市财政、缺口地财政分别按20%、80%比例补足。其中市财政最高分担金额为当年
/// 县（市、区）统筹基金筹资总额的1%", 8(2) transition, 8(3) "减少5%" / "减半" / "降低5个百分点".
/// </summary>
public class CountySettlementTests
{
    private static CountySettlement Settle(PoolingCounty county, decimal collectedFundAvailable, int year = 2023, PriorDeficitReading reading = PriorDeficitReading.PercentagePoints) =>
        CountySettlement.Compute(Policy(year, reading), Employee(year), county, Yuan(collectedFundAvailable));

    private static void AssertConserved(CountySettlement s) =>
        Assert.Equal(s.Deficit, s.CollectedFundPaid + s.CountyPart.FromBalance + s.CountyPart.SpecialAppropriation + s.CityTreasuryPaid + s.CountyTreasury + s.TransitionFill);

    [Fact]
    public void Well_funded_collected_fund_pays_30_percent_and_the_county_70_from_its_balance()
    {
        // Deficit 10,000,000.00: collected fund 30% = 3,000,000.00; county 70% = 7,000,000.00 from its usable
        // balance 50,000,000.00 − 20,000,000.00 personal accounts = 30,000,000.00.
        var a = new PoolingCounty("A县")
        {
            Deficit = Yuan(10_000_000m),
            AccumulatedBalance = Yuan(50_000_000m),
            PersonalAccountBalance = Yuan(20_000_000m),
            PooledFinancing = Yuan(600_000_000m),
        };
        CountySettlement s = Settle(a, 80_000_000m);
        Assert.Equal(Rate.FromPercent(30), s.CollectedShare);
        Assert.Equal(Yuan(3_000_000m), s.CollectedFundDue);
        Assert.Equal(Yuan(3_000_000m), s.CollectedFundPaid);
        Assert.Equal(Yuan(7_000_000m), s.CountyPart.Due);
        Assert.Equal(FundingSource.Balance, s.CountyPart.Source);
        Assert.Equal(Money.Zero, s.CityTreasuryPaid);
        Assert.Equal(Money.Zero, s.CountyTreasury);
        Assert.Equal(Yuan(30_000_000m), s.UsableBalance);
        Assert.Equal(Yuan(43_000_000m), s.ClosingBalance);
        Assert.Equal(PoolingRules.DeficitShared | PoolingRules.PersonalAccountsExcluded, s.Rules);
        AssertConserved(s);
    }

    [Fact]
    public void Nearly_empty_collected_fund_with_the_city_treasury_cap_biting()
    {
        // Deficit 20,000,000.00; collected fund has 500,000.00 of its 6,000,000.00 (30%) → unpaid 5,500,000.00.
        // City treasury 20% = 1,100,000.00, capped at 1% × 50,000,000.00 financing = 500,000.00 → cut off 600,000.00.
        // County treasury = 80% × 5,500,000.00 = 4,400,000.00 + 600,000.00 = 5,000,000.00.
        // County's 70% = 14,000,000.00: 5,000,000.00 from its balance, 9,000,000.00 by special appropriation.
        var b = new PoolingCounty("B县") { Deficit = Yuan(20_000_000m), AccumulatedBalance = Yuan(5_000_000m), PooledFinancing = Yuan(50_000_000m) };
        CountySettlement s = Settle(b, 500_000m);
        Assert.Equal(Yuan(6_000_000m), s.CollectedFundDue);
        Assert.Equal(Yuan(500_000m), s.CollectedFundPaid);
        Assert.Equal(Yuan(5_500_000m), s.CollectedFundUnpaid);
        Assert.Equal(Yuan(1_100_000m), s.CityTreasuryDue);
        Assert.Equal(Yuan(500_000m), s.CityTreasuryCap);
        Assert.Equal(Yuan(500_000m), s.CityTreasuryPaid);
        Assert.Equal(Yuan(600_000m), s.CapCutOff);
        Assert.Equal(Yuan(5_000_000m), s.CountyTreasury);
        Assert.Equal(Yuan(14_000_000m), s.CountyPart.Due);
        Assert.Equal(Yuan(5_000_000m), s.CountyPart.FromBalance);
        Assert.Equal(Yuan(9_000_000m), s.CountyPart.SpecialAppropriation);
        Assert.Equal(FundingSource.BalanceAndAppropriation, s.CountyPart.Source);
        Assert.Equal(
            PoolingRules.DeficitShared | PoolingRules.CountyAppropriation | PoolingRules.CollectedFundShort | PoolingRules.CityTreasuryCapped,
            s.Rules);
        Assert.Equal(Yuan(500_000m), s.CityTotal - s.CollectedFundPaid);
        AssertConserved(s);
    }

    [Fact]
    public void Prior_year_deficit_read_as_points_and_as_a_share_of_the_share()
    {
        // Deficit 10,000,000.00, collected fund has 1,000,000.00, cap not reached (1% of 1,000,000,000.00).
        // 减少5% as points: 30% − 5pp = 25% → due 2,500,000.00, unpaid 1,500,000.00, city 10% (halved) = 150,000.00.
        // 减少5% of the share: 30% × 95% = 28.5% → due 2,850,000.00, unpaid 1,850,000.00, city 10% = 185,000.00.
        var c = new PoolingCounty("C县")
        {
            Deficit = Yuan(10_000_000m),
            AccumulatedBalance = Yuan(100_000_000m),
            PooledFinancing = Yuan(1_000_000_000m),
            PriorYearDeficit = true,
        };
        CountySettlement points = Settle(c, 1_000_000m);
        CountySettlement share = Settle(c, 1_000_000m, reading: PriorDeficitReading.ShareOfShare);
        CountySettlement none = Settle(c with { PriorYearDeficit = false }, 1_000_000m);

        Assert.Equal(Rate.FromPercent(25), points.CollectedShare);
        Assert.Equal(Yuan(2_500_000m), points.CollectedFundDue);
        Assert.Equal(Rate.FromPercent(10), points.CityTreasuryShare);
        Assert.Equal(Yuan(150_000m), points.CityTreasuryPaid);
        Assert.Equal(Yuan(1_350_000m), points.CountyTreasury);
        Assert.Equal(Yuan(7_500_000m), points.CountyPart.Due);

        Assert.Equal(Rate.FromPercent(28.5m), share.CollectedShare);
        Assert.Equal(Yuan(2_850_000m), share.CollectedFundDue);
        Assert.Equal(Yuan(185_000m), share.CityTreasuryPaid);
        Assert.Equal(Yuan(1_665_000m), share.CountyTreasury);
        Assert.Equal(Yuan(7_150_000m), share.CountyPart.Due);

        Assert.Equal(Yuan(3_000_000m), none.CollectedFundDue);
        Assert.Equal(Yuan(400_000m), none.CityTreasuryPaid);
        Assert.Equal(Yuan(1_600_000m), none.CountyTreasury);
        Assert.True((points.Rules & PoolingRules.PriorYearDeficit) != 0);
        Assert.True((none.Rules & PoolingRules.PriorYearDeficit) == 0);
        foreach (CountySettlement s in new[] { points, share, none })
        {
            AssertConserved(s);
        }
    }

    [Fact]
    public void Below_good_assessment_lowers_the_collected_share_by_5_points_and_adds_to_the_prior_year_cut()
    {
        // 降低5个百分点: 30% → 25%. With a prior-year deficit as well, both cuts are taken 在原基础上 (from 30%):
        // points 30 − 5 − 5 = 20%; share-of-share 30 − 1.5 − 5 = 23.5%.
        var d = new PoolingCounty("D县") { Deficit = Yuan(10_000_000m), AccumulatedBalance = Yuan(100_000_000m), PooledFinancing = Yuan(1_000_000_000m), Assessment = CountyAssessment.BelowGood };
        CountySettlement below = Settle(d, 80_000_000m);
        Assert.Equal(Rate.FromPercent(25), below.CollectedShare);
        Assert.Equal(Yuan(2_500_000m), below.CollectedFundPaid);
        Assert.Equal(Yuan(7_500_000m), below.CountyPart.Due);
        Assert.Equal(PoolingRules.DeficitShared | PoolingRules.AssessmentBelowGood, below.Rules);

        CountySettlement both = Settle(d with { PriorYearDeficit = true }, 80_000_000m);
        CountySettlement bothShare = Settle(d with { PriorYearDeficit = true }, 80_000_000m, reading: PriorDeficitReading.ShareOfShare);
        Assert.Equal(Rate.FromPercent(20), both.CollectedShare);
        Assert.Equal(Yuan(2_000_000m), both.CollectedFundPaid);
        Assert.Equal(Rate.FromPercent(23.5m), bothShare.CollectedShare);
        Assert.Equal(Yuan(2_350_000m), bothShare.CollectedFundPaid);
        Assert.Equal(Rate.FromPercent(76.5m), bothShare.CountyShare);
    }

    [Fact]
    public void Transition_deficit_is_filled_first_by_the_2021_subsidy_excess()
    {
        // Resident fund 2023 (transition 2022–2024). 2021 standard 700元/人, unified 670元/人 (made-up): excess 30元 ×
        // 200,000 insured = 6,000,000.00 fills the 10,000,000.00 deficit first; the remaining 4,000,000.00 is shared
        // 30% / 70% = 1,200,000.00 / 2,800,000.00.
        var e = new PoolingCounty("E县")
        {
            Deficit = Yuan(10_000_000m),
            AccumulatedBalance = Yuan(20_000_000m),
            PooledFinancing = Yuan(300_000_000m),
            Subsidy2021 = Yuan(700),
            Insured = Headcount.FromPersons(200_000),
        };
        CountySettlement s = CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e, Yuan(50_000_000m));
        Assert.Equal(Yuan(6_000_000m), s.TransitionFill);
        Assert.Equal(Yuan(4_000_000m), s.SharedDeficit);
        Assert.Equal(Yuan(1_200_000m), s.CollectedFundPaid);
        Assert.Equal(Yuan(2_800_000m), s.CountyPart.Due);
        Assert.Equal(Yuan(8_800_000m), s.CountyTotal);
        Assert.True((s.Rules & PoolingRules.TransitionFill) != 0);
        AssertConserved(s);

        // An excess larger than the deficit fills all of it: nothing is left to share.
        CountySettlement small = CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e with { Deficit = Yuan(5_000_000m) }, Yuan(50_000_000m));
        Assert.Equal(Yuan(5_000_000m), small.TransitionFill);
        Assert.Equal(Money.Zero, small.CollectedFundDue);

        // After the transition (2025) the same county shares the whole deficit.
        CountySettlement after = CountySettlement.Compute(Policy(2025), Resident(2025, unified: 670), e, Yuan(50_000_000m));
        Assert.Equal(Money.Zero, after.TransitionFill);
        Assert.Equal(Yuan(3_000_000m), after.CollectedFundPaid);
    }

    [Fact]
    public void Transition_surplus_keeps_30_percent_and_passes_70_and_a_half_fen_stays_with_the_county()
    {
        // 1,000,000.05 × 30% = 300,000.015 → the half fen goes to the first party named (kept): 300,000.02 / 700,000.03.
        var f = new PoolingCounty("F县") { Surplus = Yuan(1_000_000.05m), AccumulatedBalance = Yuan(10_000_000m) };
        CountySettlement s = CountySettlement.Compute(Policy(2023), Resident(2023), f, Money.Zero);
        Assert.Equal(Yuan(300_000.02m), s.SurplusKept);
        Assert.Equal(Yuan(700_000.03m), s.SurplusToCollectedFund);
        Assert.Equal(Yuan(10_300_000.02m), s.ClosingBalance);
        Assert.Equal(PoolingRules.TransitionSurplusSplit, s.Rules);

        CountySettlement outside = CountySettlement.Compute(Policy(2025), Resident(2025), f, Money.Zero);
        Assert.Equal(f.Surplus, outside.SurplusKept);
        Assert.Equal(PoolingRules.SurplusOutsideTransition, outside.Rules);
    }

    [Fact]
    public void No_deficit_means_nobody_pays()
    {
        var g = new PoolingCounty("G县") { AccumulatedBalance = Yuan(1_000m), PooledFinancing = Yuan(1_000m), PriorYearDeficit = true, Assessment = CountyAssessment.BelowGood };
        CountySettlement s = Settle(g, 0m);
        Assert.Equal(Money.Zero, s.CollectedFundPaid + s.CountyPart.Due + s.CityTreasuryPaid + s.CountyTreasury + s.TransitionFill);
        Assert.Equal(PoolingRules.None, s.Rules);
        Assert.Contains("无需分担", s.ToChineseSentence(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_say_who_pays_what_in_both_languages()
    {
        var b = new PoolingCounty("B县") { Deficit = Yuan(20_000_000m), AccumulatedBalance = Yuan(5_000_000m), PooledFinancing = Yuan(50_000_000m) };
        CountySettlement s = Settle(b, 500_000m);
        Assert.Equal(
            "B县职工医保2023年：当期缺口20,000,000.00元：归集基金应担6,000,000.00元（30%）、实付500,000.00元，不足5,500,000.00元由市财政承担500,000.00元（20%，封顶为统筹基金筹资总额的1%即500,000.00元，超出600,000.00元转由县财政）、县财政承担5,000,000.00元，缺口地承担14,000,000.00元（70%，累计结余5,000,000.00元，财政专项资金补足9,000,000.00元）。",
            s.ToChineseSentence());
        Assert.Equal(
            "B县, employee fund, 2023: current deficit 20,000,000.00元 — collected fund paid 500,000.00元 of 6,000,000.00元 due (30%); of the 5,500,000.00元 unpaid the city treasury bore 500,000.00元 (20%, capped at 1% of pooled-fund financing = 500,000.00元, cutting off 600,000.00元 to the county treasury) and the county treasury 5,000,000.00元; county 14,000,000.00元 (70%: 5,000,000.00元 from its balance, 9,000,000.00元 by special appropriation).",
            s.ToEnglishSentence());
    }

    [Fact]
    public void Explain_cites_every_ratio_with_its_clause()
    {
        var c = new PoolingCounty("C县")
        {
            Deficit = Yuan(10_000_000m),
            AccumulatedBalance = Yuan(1_000_000m),
            PooledFinancing = Yuan(10_000_000m),
            PriorYearDeficit = true,
            Assessment = CountyAssessment.BelowGood,
        };
        string text = Settle(c, 100_000m).Explain().ToText();
        foreach (string name in new[]
        {
            "pooling.deficit.collected_fund_share", "pooling.deficit.prior_deficit_reduction", "pooling.deficit.assessment_reduction",
            "pooling.deficit.county_share", "pooling.deficit.city_treasury_share", "pooling.deficit.prior_deficit_city_treasury_factor",
            "pooling.deficit.city_treasury_cap", "pooling.deficit.county_treasury_share",
        })
        {
            Assert.Contains(name, text, System.StringComparison.Ordinal);
        }

        Assert.Contains("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)", text, System.StringComparison.Ordinal);
        Assert.Contains("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(3)", text, System.StringComparison.Ordinal);
        Assert.Contains("其中市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%", text, System.StringComparison.Ordinal);
        Assert.Contains("CityTreasuryCapped", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_deficit_is_rejected_naming_the_county_field_value_and_rule()
    {
        var bad = new PoolingCounty("H县") { Deficit = Yuan(-5m) };
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => Settle(bad, 0m));
        Assert.Equal("H县", e.County);
        Assert.Equal("Deficit", e.Field);
        Assert.Equal("-5.00元", e.Value);
        Assert.StartsWith("county H县: Deficit -5.00元: a current deficit (当期缺口) is the amount by which expenditure exceeds income", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_financing_base_a_deficit_with_a_surplus_and_resident_personal_accounts_are_rejected()
    {
        Assert.Equal("PooledFinancing", Assert.Throws<PoolingInputException>(() => Settle(new PoolingCounty("I县") { PooledFinancing = Yuan(-1m) }, 0m)).Field);
        Assert.Equal("Surplus", Assert.Throws<PoolingInputException>(() => Settle(new PoolingCounty("I县") { Deficit = Yuan(1m), Surplus = Yuan(1m) }, 0m)).Field);
        Assert.Equal("PersonalAccountBalance", Assert.Throws<PoolingInputException>(() =>
            CountySettlement.Compute(Policy(2023), Resident(2023), new PoolingCounty("I县") { PersonalAccountBalance = Yuan(1m) }, Money.Zero)).Field);
        Assert.Equal("collectedFundAvailable", Assert.Throws<PoolingInputException>(() => Settle(new PoolingCounty("I县"), -0.01m)).Field);
    }

    [Fact]
    public void Transition_deficit_without_the_2021_standard_or_the_unified_standard_is_an_error_not_a_zero()
    {
        var e = new PoolingCounty("E县") { Deficit = Yuan(1_000m) };
        PoolingInputException missing = Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e, Money.Zero));
        Assert.Equal(("E县", "Subsidy2021", "missing"), (missing.County, missing.Field, missing.Value));
        PoolingInputException city = Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2023), Resident(2023), e with { Subsidy2021 = Yuan(700) }, Money.Zero));
        Assert.Equal("UnifiedSubsidyStandard", city.Field);
        PoolingInputException insured = Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e with { Subsidy2021 = Yuan(700) }, Money.Zero));
        Assert.Equal("Insured", insured.Field);
    }
}
