using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class ResidentFundingTests
{
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;
    private static readonly Citation Notice2021 = new("医保发〔2021〕32号", "关于做好2021年城乡居民基本医疗保障工作的通知");
    private static readonly Citation Guangxi2022 = new("桂医保发〔2022〕30号", "关于做好2022年城乡居民基本医疗保障有关工作的通知");

    [Fact]
    public void Seed_individual_premium_income_is_84554_76_wan()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "全市城乡居民共有缴费人数3019813人，按280元/人缴费，个人缴费金额84555万元".
        ReadOnlySpan<ResidentCohort> cohorts = [new(Headcount.FromPersons(3_019_813), AssistanceCategory.None)];
        ResidentPremiumIncome r = ResidentPremium.Compute(cohorts, Money.FromYuan(280), [], HalfUp);
        Assert.Equal(Money.FromYuan(845_547_640), r.Gross);          // = 84,554.764万元
        Assert.Equal("84,554.76万元", r.Gross.ToString("N2万元", null));
        Assert.Equal("84,555万元", r.Gross.ToString("N0万元", null)); // as printed
        Assert.Equal(r.Gross, r.PersonallyPaid);
    }

    [Fact]
    public void Seed_fiscal_subsidy_is_175149_15_wan()
    {
        // "财政补助资金本期应补580元/人，财政补助款175149万元".
        SubsidySplitResult r = SubsidySplit.Split(Money.FromYuan(580), Headcount.FromPersons(3_019_813), Rate.FromPercent(60), [], []);
        Assert.Equal(Money.FromYuan(1_751_491_540), r.Total);
        Assert.Equal("175,149.15万元", r.Total.ToString("N2万元", null));
        Assert.Equal("175,149万元", r.Total.ToString("N0万元", null));
        Assert.Equal(r.Total, r.Central + r.Local);
    }

    [Fact]
    public void Seed_prints_280_for_coverage_2021_and_320_collected_in_2021_for_2022()
    {
        // "按280元/人缴费" (coverage 2021) and "2021年全市居民医保个人缴费标准为320元/人，比上年（280元/人）增加了40元/人".
        var coverage2021 = new ResidentFundingStandard(2021, 2020, Money.FromYuan(280), Money.FromYuan(580), Notice2021);
        var coverage2022 = new ResidentFundingStandard(2022, 2021, Money.FromYuan(320), Money.FromYuan(610));
        Assert.Equal(2020, coverage2021.CollectionYear);
        Assert.Equal(2021, coverage2022.CollectionYear);
        Assert.Equal(Money.FromYuan(860), coverage2021.PerCapitaFunding);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentFundingStandard(2022, 2020, Money.FromYuan(320), Money.FromYuan(610)));
        Assert.Equal("collectionYear", ex.ParamName);
    }

    [Fact]
    public void One_third_rule_is_checked_exactly()
    {
        // "居民医保个人缴费一般不低于人均筹资额的三分之一" (丽水市全面做实基本医疗保险市级统筹实施方案 二.2).
        Rate third = Rate.FromRatio(1, 3);
        // 320 / (320 + 580) = 16/45 = 35.56% ≥ 1/3.
        IndividualShareCheck ok = new ResidentFundingStandard(2021, 2021, Money.FromYuan(320), Money.FromYuan(580)).CheckIndividualShare(third);
        Assert.Equal(IndividualShareOutcome.Meets, ok.Outcome);
        Assert.Equal(Rate.FromRatio(16, 45), ok.Share);
        // 290 / (290 + 580) = 1/3 exactly: meets (a 33.33% approximation would also pass, but 289.99 must fail).
        Assert.Equal(IndividualShareOutcome.Meets, new ResidentFundingStandard(2021, 2021, Money.FromYuan(290), Money.FromYuan(580)).CheckIndividualShare(third).Outcome);
        Assert.Equal(IndividualShareOutcome.Below, new ResidentFundingStandard(2021, 2021, Money.FromYuan(289.99m), Money.FromYuan(580)).CheckIndividualShare(third).Outcome);
        // 280 / (280 + 580) = 32.56%: below one third — 株洲市's 2021 coverage year does not meet the plan's rule.
        Assert.Equal(IndividualShareOutcome.Below, new ResidentFundingStandard(2021, 2020, Money.FromYuan(280), Money.FromYuan(580)).CheckIndividualShare(third).Outcome);
        // Local top-up of 20 元 on the individual side lifts it to 300/880 = 34.09%.
        Assert.Equal(IndividualShareOutcome.Meets, new ResidentFundingStandard(2021, 2020, Money.FromYuan(280), Money.FromYuan(580)).WithLocalTopUp(Money.FromYuan(20), Money.Zero).CheckIndividualShare(third).Outcome);
        Assert.Equal(IndividualShareOutcome.NoFunding, new ResidentFundingStandard(2021, 2021, Money.Zero, Money.Zero).CheckIndividualShare(third).Outcome);
    }

    [Fact]
    public void Guangxi_2022_subsidy_610_splits_into_central_488_and_local_122()
    {
        // 桂医保发〔2022〕30号: "达到每人每年610元…中央财政补助488元/人·年，地方财政补助122元/人·年。地方财政补助部分，自治区财政对
        // 脱贫县(市、区)补助91.5元/人·年，脱贫县(市、区)财政负担30.5元/人·年；自治区财政对设区市和其他县的补助均为61元/人·年，
        // 设区市和其他县财政分别负担61元/人·年。" Guangxi is a tier-1 (western) province: 80% × 610 = 488.
        Rate central = CentralSubsidyShares.GuoBanFa2018No6.ShareFor(ProvinceTier.Tier1);
        Span<Money> poorCounty = stackalloc Money[2];
        SubsidySplitResult r = SubsidySplit.Split(Money.FromYuan(610), Headcount.FromPersons(1), central, [Rate.FromPercent(75), Rate.FromPercent(25)], poorCounty);
        Assert.Equal((Money.FromYuan(488), Money.FromYuan(122)), (r.Central, r.Local));
        Assert.Equal(Money.FromYuan(91.5m), poorCounty[0]);
        Assert.Equal(Money.FromYuan(30.5m), poorCounty[1]);

        Span<Money> other = stackalloc Money[2];
        SubsidySplit.Split(Money.FromYuan(610), Headcount.FromPersons(1), central, [Rate.FromPercent(50), Rate.FromPercent(50)], other);
        Assert.Equal(Money.FromYuan(61), other[0]);
        Assert.Equal(Money.FromYuan(61), other[1]);

        // "自治区直属高校大学生…地方财政补助122元/人·年，全部由自治区财政负担".
        Span<Money> college = stackalloc Money[1];
        SubsidySplit.Split(Money.FromYuan(610), Headcount.FromPersons(1), central, [Rate.OneHundredPercent], college);
        Assert.Equal(Money.FromYuan(122), college[0]);
    }

    [Fact]
    public void Central_shares_follow_the_five_tiers_of_guobanfa_2018_6()
    {
        CentralSubsidyShares t = CentralSubsidyShares.GuoBanFa2018No6;
        Assert.Equal(
            [Rate.FromPercent(80), Rate.FromPercent(60), Rate.FromPercent(50), Rate.FromPercent(30), Rate.FromPercent(10)],
            new[] { t.ShareFor(ProvinceTier.Tier1), t.ShareFor(ProvinceTier.Tier2), t.ShareFor(ProvinceTier.Tier3), t.ShareFor(ProvinceTier.Tier4), t.ShareFor(ProvinceTier.Tier5) });
        Assert.Equal(Rate.FromPercent(80), t.ShareFor(ProvinceTier.Tier2, westernTreatment: true));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => t.ShareFor(ProvinceTier.Tier3, westernTreatment: true));
        Assert.Contains("tier-2 provinces only", ex.Message, StringComparison.Ordinal);
        Assert.Equal("国办发〔2018〕6号", t.Citation!.Document);
    }

    [Fact]
    public void Local_shares_must_sum_to_100_percent()
    {
        var ex = Assert.Throws<ArgumentException>(() => SubsidySplit.Split(Money.FromYuan(610), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(75), Rate.FromPercent(20)], new Money[2]));
        Assert.Contains("localShares sum to 95.0000%, not 100%", ex.Message, StringComparison.Ordinal);
    }

    [FundMathProperty]
    public Property Subsidy_splits_conserve_every_fen()
    {
        Arbitrary<(long PerCapitaFen, long Persons)> amounts = Arb.From(
            from f in Gen.Choose(0, 200_000)
            from n in Gen.Choose(0, 5_000_000)
            select ((long)f, (long)n));
        return Prop.ForAll(amounts, ContributionArbitraries.Share(), ContributionArbitraries.LocalShares(), (a, central, locals) =>
        {
            var parts = new Money[locals.Length];
            SubsidySplitResult r = SubsidySplit.Split(Money.FromFen(a.PerCapitaFen), Headcount.FromPersons(a.Persons), central, locals, parts);
            Money exactCentral = r.Total.Multiply(central, MidpointRounding.ToZero);
            return r.Total == Money.FromFen(a.PerCapitaFen * a.Persons)
                && r.Central + r.Local == r.Total
                && Money.Sum(parts) == r.Local
                && Math.Abs(r.Central.Fen - exactCentral.Fen) <= 1;
        });
    }

    [Fact]
    public void Assistance_pays_full_fixed_or_ratio_and_the_person_pays_the_rest()
    {
        Money premium = Money.FromYuan(320);
        Assert.Equal(new AssistanceSplit(premium, Money.Zero), AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(Money.FromYuan(200), Money.FromYuan(120)), AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200)).Split(premium, HalfUp));
        Assert.Equal(new AssistanceSplit(premium, Money.Zero), AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(400)).Split(premium, HalfUp));
        // 60% of 320 = 192.
        Assert.Equal(new AssistanceSplit(Money.FromYuan(192), Money.FromYuan(128)), AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(60)).Split(premium, HalfUp));
        Assert.Throws<ArgumentException>(() => AssistanceEnrolmentRule.Full(AssistanceCategory.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(120)));
    }

    [Fact]
    public void Premium_income_is_cohorts_times_standard_minus_subsidised_amounts()
    {
        // 1,000 ordinary payers, 10 特困 (full), 20 低保 (fixed 200), 30 monitored (60%) at 320 元:
        // gross 1,060 × 320 = 339,200; assistance 10 × 320 + 20 × 200 + 30 × 192 = 3,200 + 4,000 + 5,760 = 12,960.
        ResidentCohort[] cohorts =
        [
            new(Headcount.FromPersons(1_000), AssistanceCategory.None),
            new(Headcount.FromPersons(10), AssistanceCategory.ExtremePoverty),
            new(Headcount.FromPersons(20), AssistanceCategory.MinimumLivingAllowance),
            new(Headcount.FromPersons(30), AssistanceCategory.Monitored),
        ];
        AssistanceEnrolmentRule[] rules =
        [
            AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty),
            AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200)),
            AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(60)),
        ];
        ResidentPremiumIncome r = ResidentPremium.Compute(cohorts, Money.FromYuan(320), rules, HalfUp);
        Assert.Equal(new ResidentPremiumIncome(Headcount.FromPersons(1_060), Money.FromYuan(339_200), Money.FromYuan(12_960), Money.FromYuan(326_240)), r);
        var ex = Assert.Throws<ArgumentException>(() => ResidentPremium.Compute(cohorts, Money.FromYuan(320), rules[..1], HalfUp));
        Assert.Contains("cohorts[2] has category MinimumLivingAllowance but rules has no rule for it", ex.Message, StringComparison.Ordinal);
    }

    [FundMathProperty]
    public Property Enrolment_split_conserves_each_premium()
    {
        Arbitrary<AssistanceEnrolmentRule> rules = Arb.From(
            from kind in Gen.Choose(0, 2)
            from amount in Gen.Choose(0, 100_000)
            from ratio in Gen.Choose(0, 10_000)
            select kind switch
            {
                0 => AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty),
                1 => AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromFen(amount)),
                _ => AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromRatio(ratio, 10_000)),
            });
        return Prop.ForAll(ContributionArbitraries.Wage(), rules, (premium, rule) =>
        {
            AssistanceSplit s = rule.Split(premium, HalfUp);
            return s.AssistancePays + s.PersonPays == premium && !s.AssistancePays.IsNegative && !s.PersonPays.IsNegative;
        });
    }

    [Fact]
    public void Vaccine_budget_reserves_40_percent_of_headcount_per_half_year()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "以2020年底本地参保人数作为核算人数，按人均疫苗费180元…按人均接种费用20元…2021年分上下半年
        // 分别按照参保人数40%比例核算半年预算资金". The 2020 year-end headcount is not printed; 3,789,213 is illustrative
        // (3,019,813 residents + 727,400 employees + 42,000 cleared duplicates). Per half: 3,789,213 × 200 × 40% = 303,137,040.
        Span<Money> halves = stackalloc Money[2];
        Money total = PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3_789_213), [Money.FromYuan(180), Money.FromYuan(20)], [Rate.FromPercent(40), Rate.FromPercent(40)], halves, HalfUp);
        Assert.Equal(Money.FromYuan(303_137_040), halves[0]);
        Assert.Equal(halves[0], halves[1]);
        Assert.Equal(Money.FromYuan(606_274_080), total);
    }

    [Fact]
    public void Subsidy_explanation_names_tier_share_and_levels()
    {
        string text = SubsidySplit.Explain(Money.FromYuan(610), Headcount.FromPersons(1), Rate.FromPercent(80), [Rate.FromPercent(75), Rate.FromPercent(25)], ["自治区", "脱贫县"], Guangxi2022).ToText();
        Assert.Contains("中央财政补助 (central) = 488.00元", text, StringComparison.Ordinal);
        Assert.Contains("脱贫县 = 30.50元", text, StringComparison.Ordinal);
        Assert.Contains("桂医保发〔2022〕30号", text, StringComparison.Ordinal);
        string standard = new ResidentFundingStandard(2021, 2021, Money.FromYuan(320), Money.FromYuan(580), Notice2021).Explain(Rate.FromRatio(1, 3)).ToText();
        Assert.Contains("16/45", standard, StringComparison.Ordinal);
    }

    [Fact]
    public void Resident_calculations_allocate_nothing()
    {
        var cohorts = new[] { new ResidentCohort(Headcount.FromPersons(1_000), AssistanceCategory.None), new ResidentCohort(Headcount.FromPersons(10), AssistanceCategory.ExtremePoverty) };
        var rules = new[] { AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty) };
        var shares = new[] { Rate.FromPercent(75), Rate.FromPercent(25) };
        var parts = new Money[2];
        Rate central = Rate.FromPercent(80);
        Allocations.AssertZero(() => ResidentPremium.Compute(cohorts, Money.FromYuan(320), rules, HalfUp), "ResidentPremium.Compute");
        Allocations.AssertZero(() => SubsidySplit.Split(Money.FromYuan(610), Headcount.FromPersons(3_019_813), central, shares, parts), "SubsidySplit.Split");
    }
}

public sealed class ResidentFundingEdgeTests
{
    [Fact]
    public void Special_budget_rejects_a_share_above_100_percent_and_allocates_nothing()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PerCapitaSpecialBudget.Compute(Headcount.FromPersons(10), [FundMath.Money.FromYuan(200)], [Rate.FromPercent(40), Rate.FromPercent(140)], new FundMath.Money[2], MidpointRounding.AwayFromZero));
        Assert.Contains("periodShares[1] 140.00% is outside 0%–100%", ex.Message, StringComparison.Ordinal);
        var items = new[] { FundMath.Money.FromYuan(180), FundMath.Money.FromYuan(20) };
        var shares = new[] { Rate.FromPercent(40), Rate.FromPercent(40) };
        var budgets = new FundMath.Money[2];
        Allocations.AssertZero(() => PerCapitaSpecialBudget.Compute(Headcount.FromPersons(3_789_213), items, shares, budgets, MidpointRounding.AwayFromZero), "PerCapitaSpecialBudget.Compute");
    }

    [Fact]
    public void Merged_employer_rate_above_100_percent_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(Rate.FromPercent(99.8m), Rate.FromPercent(0.5m), Rate.FromPercent(2)));
        Assert.Contains("employerMedical + maternity 100.30% is outside 0%–100%", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Premium_income_explanation_shows_assistance_by_category()
    {
        ResidentCohort[] cohorts = [new(Headcount.FromPersons(1_000), AssistanceCategory.None), new(Headcount.FromPersons(20), AssistanceCategory.MinimumLivingAllowance)];
        AssistanceEnrolmentRule[] rules = [AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, FundMath.Money.FromYuan(200), new FundMath.Citations.Citation("国办发〔2021〕42号"))];
        string text = ResidentPremium.Explain(cohorts, FundMath.Money.FromYuan(320), rules, MidpointRounding.AwayFromZero).ToText();
        Assert.Contains("资助参保 MinimumLivingAllowance = 4000.00元", text, StringComparison.Ordinal);
        Assert.Contains("persons paid 322400.00元", text, StringComparison.Ordinal);
        Assert.Contains("国办发〔2021〕42号", text, StringComparison.Ordinal);
    }
}

public sealed class IndividualSharePropertyTests
{
    [FundMathProperty]
    public Property One_third_rule_agrees_with_integer_cross_multiplication()
    {
        return Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.Wage(), (individual, subsidy) =>
        {
            IndividualShareCheck c = new ResidentFundingStandard(2021, 2021, individual, subsidy).CheckIndividualShare(Rate.FromRatio(1, 3));
            long total = individual.Fen + subsidy.Fen;
            IndividualShareOutcome expected = total == 0 ? IndividualShareOutcome.NoFunding
                : 3 * individual.Fen >= total ? IndividualShareOutcome.Meets : IndividualShareOutcome.Below;
            return c.Outcome == expected;
        });
    }
}
