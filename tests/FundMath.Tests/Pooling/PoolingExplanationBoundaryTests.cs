using System;
using FundMath.Explain;
using FundMath.Pooling;
using FundMath.Tests.Support;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The words of every pooling explanation and sentence, for each branch: a county with every deficit rule firing,
/// a transfer year with personal accounts and a transition surplus, a surplus outside the transition, a county with
/// nothing to settle; the transfer and the year-start check in each of their outcomes; the default values. The
/// parameter nodes' notes quote samples/parameters/lishui.yaml and are left out of the comparison (<see cref="ExplanationTrace"/>).
/// </summary>
public class PoolingExplanationBoundaryTests
{
    private static string Trace(Explanation e) => ExplanationTrace.Of(e);

    private static string Text(string raw) => raw.ReplaceLineEndings("\n");

    // X县, resident 2023, collected fund able to pay 100,000.00, top-up share 400,000.00:
    // usable 1,000,000.00 − top-up 400,000.00 = 600,000.00 left. Transition fill (680 − 670) × 10,000 = 100,000.00;
    // shared 4,900,000.00 × (30% − 5pp − 5pp = 20%) = 980,000.00 due, 100,000.00 paid, 880,000.00 unpaid;
    // county 3,920,000.00 = 600,000.00 balance + 3,320,000.00 appropriation; city 10% (halved) of 880,000.00 =
    // 88,000.00 capped at 1% × 5,000,000.00 = 50,000.00 (38,000.00 cut off); county treasury 830,000.00.
    internal static CountySettlement EveryDeficitRule() => CountySettlement.Compute(
        Policy(2023),
        Resident(2023, unified: 670),
        new PoolingCounty("X县")
        {
            AccumulatedBalance = Yuan(1_000_000m),
            PreviousYearExpenditure = Yuan(12_000_000m),
            PooledFinancing = Yuan(5_000_000m),
            Deficit = Yuan(5_000_000m),
            PriorYearDeficit = true,
            Assessment = CountyAssessment.BelowGood,
            Subsidy2021 = Yuan(680m),
            Insured = Headcount.FromPersons(10_000),
            PreviousYearInsured = Headcount.FromPersons(50_000),
        },
        Yuan(100_000m),
        Yuan(400_000m));

    [Fact]
    public void The_collected_fund_explains_each_flow_of_its_year()
    {
        // The well-funded employee city of 2023 (CitySettlementTests): opening 18,123,456.79 + top-ups 11,876,543.21 +
        // surpluses 1,400,000.00 + interest 100,000.00 = 31,500,000.00 available; 5,100,000.00 paid; 26,400,000.00 left.
        CollectedFundStatement fund = CitySettlement.Settle(
            Policy(2023), Employee(2023, 18_123_456.79m) with { Interest = Yuan(100_000m) }, CitySettlementTests.WellFundedCity(), new CountySettlement[3]);
        Assert.Equal(Text("""
            归集基金 collected fund 职工医保 2023 = 26,400,000.00元
                职工医保2023年归集基金：期初18,123,456.79元，流入13,376,543.21元（上划0.00元、年初补充上划11,876,543.21元、过渡期结余纳入1,400,000.00元、利息100,000.00元），支付缺口分担5,100,000.00元，期末26,400,000.00元。
                note: employee fund 2023 collected fund: opening 18,123,456.79元, inflows 13,376,543.21元 (transfers 0.00元, year-start top-ups 11,876,543.21元, transition surpluses 1,400,000.00元, interest 100,000.00元), deficit shares paid 5,100,000.00元, closing 26,400,000.00元.
              - 期初余额 opening balance = 18,123,456.79元  [input]
              - 上划 initial transfers = 0.00元
                  formula: Σ quotas (in 2022 only)
              - 年初补充上划 year-start top-up = 11,876,543.21元
                  职工医保2023年初归集基金18,123,456.79元，可支付1.81个月，低于3个月（30,000,000.00元）：不足11,876,543.21元按上年参保人数占全市比例从各地上划。
                  formula: max(0, threshold − balance), split by 上年参保人数 (largest remainder)
                  note: employee fund, start of 2023: the collected fund holds 18,123,456.79元 = 1.81 months, below the 3-month threshold (30,000,000.00元): the shortfall 11,876,543.21元 is raised from the counties by previous-year insured headcount.
                - 年初归集基金余额 collected fund at the start of the year = 18,123,456.79元  [input]
                - 全市上年度实际支出 city previous-year expenditure = 120,000,000.00元  [input]
                - pooling.top_up.employee_months = 3个月  [parameter, effective 2023-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(2)]
                - 支付能力 capacity (months) = 1.81
                    formula: balance / (expenditure / 12), exact
                    rounding: printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly
                - 门槛金额 threshold = 30,000,000.00元
                    formula: expenditure × months / 12
                    rounding: up to the fen (ToPositiveInfinity)
              - 过渡期结余纳入 transition surpluses (70%) = 1,400,000.00元
                  formula: Σ surplus − kept (30%), transition years only
              - 利息收入 interest = 100,000.00元  [input]
              - 可支付 available for deficit shares = 31,500,000.00元
                  formula: 期初 + 流入
              - 应担合计 shares due = 5,100,000.00元
              - 流出 shares paid = 5,100,000.00元
                  formula: all dues when they fit; otherwise all of Available, split pro rata to the shares due
                  rounding: largest remainder to the fen; equal remainders go to the county earlier in ordinal name order
                  note: pro rata: every short county receives the same proportion of its due, whatever the input order; the unpaid parts fall under the 20%/80% rule with each county's own 1% cap
              - 期末余额 closing balance = 26,400,000.00元
                  期初 opening 18,123,456.79 + 收入 income 13,376,543.21 − 支出 expenditure 5,100,000.00 = 26,400,000.00 元, reported 期末 closing 26,400,000.00 元 (difference 0.00 元)
                  formula: 期初 + 流入 − 流出
            """).TrimEnd('\n'), Trace(fund.Explain()).TrimEnd('\n'));
        Assert.Equal("《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》 四(二)8", fund.Explain().Citation?.ToString());
        Assert.Throws<InvalidOperationException>(() => default(CollectedFundStatement).Explain());
    }

    [Fact]
    public void A_county_with_every_deficit_rule_explains_each_step()
    {
        CountySettlement s = EveryDeficitRule();
        Assert.Equal(
            PoolingRules.YearStartTopUp | PoolingRules.DeficitShared | PoolingRules.CountyAppropriation | PoolingRules.CollectedFundShort
                | PoolingRules.CityTreasuryCapped | PoolingRules.PriorYearDeficit | PoolingRules.AssessmentBelowGood | PoolingRules.TransitionFill,
            s.Rules);
        Assert.Equal(Text("""
            市级统筹结算 pooling settlement: X县 居民医保 2023 = 当期缺口 deficit 5,000,000.00元
                X县居民医保2023年：年初补充上划400,000.00元（累计结余400,000.00元）；当期缺口5,000,000.00元：过渡期财政补助标准差额先弥补100,000.00元，归集基金应担980,000.00元（20%）、实付100,000.00元，不足880,000.00元由市财政承担50,000.00元（10%，封顶为统筹基金筹资总额的1%即50,000.00元，超出38,000.00元转由县财政）、县财政承担830,000.00元，缺口地承担3,920,000.00元（80%，累计结余600,000.00元，财政专项资金补足3,320,000.00元）。
                note: X县, resident fund, 2023: year-start top-up 400,000.00元 (400,000.00元 from its balance); current deficit 5,000,000.00元 — the transition subsidy difference filled 100,000.00元 first, collected fund paid 100,000.00元 of 980,000.00元 due (20%); of the 880,000.00元 unpaid the city treasury bore 50,000.00元 (10%, capped at 1% of pooled-fund financing = 50,000.00元, cutting off 38,000.00元 to the county treasury) and the county treasury 830,000.00元; county 3,920,000.00元 (80%: 600,000.00元 from its balance, 3,320,000.00元 by special appropriation).
              - 上年度实际支出 previous-year expenditure = 12,000,000.00元  [input]
              - 累计结余 accumulated balance (as booked) = 1,000,000.00元  [input]
              - 其中统筹前个人账户结余 of which pre-pooling personal accounts (never usable) = 0.00元  [input]
              - 可用累计结余 usable balance = 1,000,000.00元
                  formula: max(0, 累计结余 − 统筹前个人账户结余)
              - 当年统筹基金筹资总额 pooled-fund financing of the year = 5,000,000.00元  [input]
              - 年初补充上划 year-start top-up share = 400,000.00元
                  formula: city shortfall × 上年参保人数 / 全市上年参保人数
                  rounding: largest remainder to the fen across counties (ties: earlier county in ordinal name order)
                - 上年参保人数 previous-year insured = 50000  [input]
                - 从累计结余 from the usable balance = 400,000.00元
                - 财政专项资金 special appropriation = 0.00元
                - YearStartTopUp = 四(二)7(2)/(3)
                    note: 2023年起，每年年初归集基金支付能力不足3个月（职工）/1个月（居民）时，不足部分按照上年各地参保人数占全市参保人数比例从各地上划
              - 当期缺口 current deficit = 5,000,000.00元  [input]
              - 过渡期差额弥补 transition fill = 100,000.00元
                  formula: min(当期缺口, max(0, 2021年财政补助标准 − 统筹后标准) × 参保人数)
                - 2021年财政补助标准 2021 subsidy standard = 680.00元/人  [input]
                - 参保人数 insured = 10000  [input]
                - pooling.transition.first_year = 2022  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(2)]
                - pooling.transition.years = 3  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(2)]
                - TransitionFill = 四(二)8(2)
                    note: 过渡期内…县（市、区）2021年的财政标准高于全市统筹后标准的，先由缺口地按该部分差额弥补缺口，仍有不足时，再由缺口地与市级归集基金按比例分担
              - 归集基金分担比例 collected fund's share (adjusted) = 20%
                  formula: 30% − (上年缺口 ? 减少5% : 0) − (考核未达优良 ? 5个百分点 : 0), both 在原基础上 (from the unadjusted share)
                - pooling.deficit.collected_fund_share = 30%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)]
                - pooling.deficit.prior_deficit_reduction = 5%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(3)]
                - 减少5%的理解 reading of 减少5% = PercentagePoints
                    read as percentage points (减少5个百分点): −5pp
                - pooling.deficit.assessment_reduction = 5pp  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(3)]
              - 归集基金应担 collected fund's share due = 980,000.00元
                  formula: (当期缺口 − 过渡期差额弥补) × 归集基金分担比例
                  rounding: largest remainder between the collected fund and the county (a half fen to the collected fund)
                - DeficitShared = 四(二)8(1)
                    note: 出现当期基金收支缺口时，由市级归集基金承担30%，缺口地从累计结余当中或通过财政专项补助承担70%
              - 归集基金实付 collected fund paid = 100,000.00元
                  formula: min(应担, the county's pro-rata part of what the collected fund had)
              - 缺口地承担 county's part = 3,920,000.00元
                  formula: (当期缺口 − 过渡期差额弥补) − 归集基金应担; from the usable balance first, the rest by 财政专项补助
                - pooling.deficit.county_share = 70%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)]
                - 从累计结余 from the usable balance = 600,000.00元
                - 财政专项资金 special appropriation = 3,320,000.00元
                  - CountyAppropriation = 四(二)8(1)
                      note: 缺口地…通过财政专项补助承担（累计结余不足）
              - 归集基金不足支付 collected fund unpaid = 880,000.00元
                  formula: 应担 − 实付
                - CollectedFundShort = 四(二)8(1)
                    note: 归集基金不足支付时，不足的部分由市财政、缺口地财政分别按20%、80%比例补足
              - 市财政承担 city treasury paid = 50,000.00元
                  formula: min(不足支付部分 × 10%, 市财政最高分担金额)
                - pooling.deficit.city_treasury_share = 20%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)]
                - pooling.deficit.prior_deficit_city_treasury_factor = 50%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(3)]
                - 市财政最高分担金额 city treasury cap = 50,000.00元
                    formula: 当年统筹基金筹资总额 × cap
                    rounding: down to the fen (never above the exact cap)
                  - pooling.deficit.city_treasury_cap = 1%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)]
                - 市财政应担（封顶前） city treasury before the cap = 88,000.00元
                    formula: 不足支付部分 × 市财政分担比例 (largest remainder)
                - 封顶削减 cut off by the cap (to the county treasury) = 38,000.00元
              - 县财政承担 county treasury paid = 830,000.00元
                  formula: 不足支付部分 − 市财政承担 (its 80% share plus what the cap cut off)
                - pooling.deficit.county_treasury_share = 80%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(1)]
              - 期末累计结余 county balance after the year = 0.00元
                  formula: 累计结余 − 上划(结余部分) − 年初补充(结余部分) − 缺口地承担(结余部分) + 结余留存
              - 适用规则 rules fired = YearStartTopUp, DeficitShared, CountyAppropriation, CollectedFundShort, CityTreasuryCapped, PriorYearDeficit, AssessmentBelowGood, TransitionFill
                - YearStartTopUp = 四(二)7(2)/(3)
                    note: 2023年起，每年年初归集基金支付能力不足3个月（职工）/1个月（居民）时，不足部分按照上年各地参保人数占全市参保人数比例从各地上划
                - DeficitShared = 四(二)8(1)
                    note: 出现当期基金收支缺口时，由市级归集基金承担30%，缺口地从累计结余当中或通过财政专项补助承担70%
                - CountyAppropriation = 四(二)8(1)
                    note: 缺口地…通过财政专项补助承担（累计结余不足）
                - CollectedFundShort = 四(二)8(1)
                    note: 归集基金不足支付时，不足的部分由市财政、缺口地财政分别按20%、80%比例补足
                - CityTreasuryCapped = 四(二)8(1)
                    note: 其中市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%
                - PriorYearDeficit = 四(二)8(3)
                    note: 对于上一年度已经出现当期收支缺口的县（市、区），市级归集基金分担比例在原基础上减少5%，归集基金不足支付时，市财政分担比例减半
                - AssessmentBelowGood = 四(二)8(3)
                    note: 县（市、区）政府考核未达到优良的，市级对年度基金缺口分担比例在原基础上降低5个百分点
                - TransitionFill = 四(二)8(2)
                    note: 过渡期内…县（市、区）2021年的财政标准高于全市统筹后标准的，先由缺口地按该部分差额弥补缺口，仍有不足时，再由缺口地与市级归集基金按比例分担
            """), Trace(s.Explain()));
        Assert.Equal(s.ToEnglishSentence(), s.ToString());
        Assert.Equal((Yuan(100_000m), Yuan(4_900_000m), Yuan(3_920_000m), Yuan(880_000m)), (s.CityTotal - Yuan(50_000m), s.SharedDeficit, s.CountyPart.Due, s.CollectedFundUnpaid));
        Assert.Equal(Yuan(4_850_000m), s.CountyTotal); // 3,920,000.00 + 830,000.00 + 100,000.00
        Assert.Equal(Rate.FromPercent(80), s.CountyShare);
    }

    // Y县, employee 2022 (the transfer year): quota 10,000,000.00 × 3/12 = 2,500,000.00 from a usable
    // 3,000,000.00 − 1,000,000.00 personal accounts = 2,000,000.00, the rest 500,000.00 appropriated; surplus
    // 1,000,000.05 in a transition year: 30% = 300,000.015 → 300,000.02 kept, 700,000.03 to the fund;
    // closing 3,000,000.00 − 2,000,000.00 + 300,000.02 = 1,300,000.02.
    [Fact]
    public void A_transfer_year_with_personal_accounts_and_a_transition_surplus_explains_each_step()
    {
        var y = new PoolingCounty("Y县") { PreviousYearExpenditure = Yuan(10_000_000m), AccumulatedBalance = Yuan(3_000_000m), PersonalAccountBalance = Yuan(1_000_000m), Surplus = Yuan(1_000_000.05m) };
        CountySettlement s = CountySettlement.Compute(Policy(2022), Employee(2022), y, Money.Zero);
        Assert.Equal(Text("""
            市级统筹结算 pooling settlement: Y县 职工医保 2022 = 当期结余 surplus 1,000,000.05元
                Y县职工医保2022年：上划归集基金2,500,000.00元（累计结余2,000,000.00元，财政专项资金补足500,000.00元）；当期结余1,000,000.05元：300,000.02元（30%）增加县累计结余，700,000.03元（70%）纳入市级归集基金。
                note: Y县, employee fund, 2022: transferred 2,500,000.00元 to the collected fund (2,000,000.00元 from its balance, 500,000.00元 by special appropriation); current surplus 1,000,000.05元 — 300,000.02元 (30%) kept in the county's balance, 700,000.03元 (70%) to the collected fund.
              - 上年度实际支出 previous-year expenditure = 10,000,000.00元  [input]
              - 累计结余 accumulated balance (as booked) = 3,000,000.00元  [input]
              - 其中统筹前个人账户结余 of which pre-pooling personal accounts (never usable) = 1,000,000.00元  [input]
              - 可用累计结余 usable balance = 2,000,000.00元
                  formula: max(0, 累计结余 − 统筹前个人账户结余)
                - PersonalAccountsExcluded = 四(二)7, 7(2)
                    note: 统筹前的职工医保个人账户结余基金全额留存于县（市、区），不得用于弥补当地以后年度统筹基金缺口；不得用留存的统筹前职工医保个人账户资金抵付上划资金
              - 当年统筹基金筹资总额 pooled-fund financing of the year = 0.00元  [input]
              - 上划额度 upward transfer quota = 2,500,000.00元
                  formula: 上年度实际支出 × 3个月 / 12
                  rounding: to the fen, AwayFromZero (四舍五入)
                - pooling.upward_transfer.employee_months = 3个月  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(2)]
                - 从累计结余 from the usable balance = 2,000,000.00元
                - 财政专项资金 special appropriation = 500,000.00元
                  - TransferAppropriation = 四(二)7(2)/(3)
                      note: 累计结余不足上划的部分由当地财政安排专项资金补足
                - UpwardTransfer = 四(二)7(2)/(3)
                    note: 累计结余按规定额度上划至市财政专户：以上年度实际支出计算3个月（职工）/1个月（居民）支付能力为额度
              - 当期结余 current surplus = 1,000,000.05元
                  formula: kept = surplus × 30% (largest remainder, a half fen kept); to the collected fund = the rest
                - pooling.transition.county_keep_share = 30%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(2)]
                - pooling.transition.collected_share = 70%  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)8(2)]
                - 留存 kept = 300,000.02元
                - 纳入归集基金 to the collected fund = 700,000.03元
                - TransitionSurplusSplit = 四(二)8(2)
                    note: 在过渡期内出现当期收支结余的县（市、区），结余部分的30%增加分县核算的基金累计结余，70%纳入市级归集基金统筹使用
              - 期末累计结余 county balance after the year = 1,300,000.02元
                  formula: 累计结余 − 上划(结余部分) − 年初补充(结余部分) − 缺口地承担(结余部分) + 结余留存
              - 适用规则 rules fired = UpwardTransfer, TransferAppropriation, PersonalAccountsExcluded, TransitionSurplusSplit
                - UpwardTransfer = 四(二)7(2)/(3)
                    note: 累计结余按规定额度上划至市财政专户：以上年度实际支出计算3个月（职工）/1个月（居民）支付能力为额度
                - TransferAppropriation = 四(二)7(2)/(3)
                    note: 累计结余不足上划的部分由当地财政安排专项资金补足
                - PersonalAccountsExcluded = 四(二)7, 7(2)
                    note: 统筹前的职工医保个人账户结余基金全额留存于县（市、区），不得用于弥补当地以后年度统筹基金缺口；不得用留存的统筹前职工医保个人账户资金抵付上划资金
                - TransitionSurplusSplit = 四(二)8(2)
                    note: 在过渡期内出现当期收支结余的县（市、区），结余部分的30%增加分县核算的基金累计结余，70%纳入市级归集基金统筹使用
            """), Trace(s.Explain()));
    }

    [Fact]
    public void A_surplus_outside_the_transition_and_a_county_with_nothing_to_settle()
    {
        CountySettlement z = CountySettlement.Compute(Policy(2025), Resident(2025), new PoolingCounty("Z县") { Surplus = Yuan(500m) }, Money.Zero);
        Assert.Equal(Text("""
            市级统筹结算 pooling settlement: Z县 居民医保 2025 = 当期结余 surplus 500.00元
                Z县居民医保2025年：当期结余500.00元全部留存县累计结余（过渡期外方案未定比例）。
                note: Z县, resident fund, 2025: current surplus 500.00元 kept whole in the county's balance (no ratio outside the transition).
              - 上年度实际支出 previous-year expenditure = 0.00元  [input]
              - 累计结余 accumulated balance (as booked) = 0.00元  [input]
              - 其中统筹前个人账户结余 of which pre-pooling personal accounts (never usable) = 0.00元  [input]
              - 可用累计结余 usable balance = 0.00元
                  formula: max(0, 累计结余 − 统筹前个人账户结余)
              - 当年统筹基金筹资总额 pooled-fund financing of the year = 0.00元  [input]
              - 当期结余 current surplus = 500.00元
                  formula: kept whole: no ratio outside the transition
                - 留存 kept = 500.00元
                - SurplusOutsideTransition = 四(二)8
                    note: 分县核算当期盈余按比例补充归集基金 — no ratio is given outside the transition, so the surplus stays in the county's balance
              - 期末累计结余 county balance after the year = 500.00元
                  formula: 累计结余 − 上划(结余部分) − 年初补充(结余部分) − 缺口地承担(结余部分) + 结余留存
              - 适用规则 rules fired = SurplusOutsideTransition
                - SurplusOutsideTransition = 四(二)8
                    note: 分县核算当期盈余按比例补充归集基金 — no ratio is given outside the transition, so the surplus stays in the county's balance
            """), Trace(z.Explain()));
        CountySettlement n = CountySettlement.Compute(Policy(2025), Resident(2025), new PoolingCounty("N县"), Money.Zero);
        Assert.Equal(Text("""
            市级统筹结算 pooling settlement: N县 居民医保 2025 = 无缺口 no deficit
                N县居民医保2025年：无上划、无当期缺口或结余，无需分担。
                note: N县, resident fund, 2025: no transfer, no current deficit or surplus: nothing to share.
              - 上年度实际支出 previous-year expenditure = 0.00元  [input]
              - 累计结余 accumulated balance (as booked) = 0.00元  [input]
              - 其中统筹前个人账户结余 of which pre-pooling personal accounts (never usable) = 0.00元  [input]
              - 可用累计结余 usable balance = 0.00元
                  formula: max(0, 累计结余 − 统筹前个人账户结余)
              - 当年统筹基金筹资总额 pooled-fund financing of the year = 0.00元  [input]
              - 期末累计结余 county balance after the year = 0.00元
                  formula: 累计结余 − 上划(结余部分) − 年初补充(结余部分) − 缺口地承担(结余部分) + 结余留存
              - 适用规则 rules fired = None
            """), Trace(n.Explain()));
    }

    [Fact]
    public void The_transfer_explains_its_quota_and_says_each_funding_source()
    {
        UpwardTransfer t = UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(100_000_000m), Yuan(40_000_000m), Yuan(22_000_000m), "A县");
        Assert.Equal(Text("""
            上划额度 upward transfer quota = 25,000,000.00元
                职工医保上划额度25,000,000.00元（上年度实际支出100,000,000.00元的3个月）：累计结余上划18,000,000.00元，不足部分由当地财政安排专项资金补足7,000,000.00元（统筹前个人账户结余22,000,000.00元留存于县，不抵付上划）。
                formula: 上年度实际支出 × months / 12; paid from max(0, 累计结余 − 统筹前个人账户结余), the rest 当地财政安排专项资金补足
                rounding: to the fen, AwayFromZero (四舍五入)
                note: employee fund transfer quota 25,000,000.00元 (3 months of 100,000,000.00元 previous-year expenditure): 18,000,000.00元 from the accumulated balance, 7,000,000.00元 by special appropriation (the 22,000,000.00元 pre-pooling personal-account balance stays in the county and does not offset it).
              - 上年度实际支出 previous-year expenditure = 100,000,000.00元  [input]
              - 累计结余 accumulated balance = 40,000,000.00元  [input]
              - 其中统筹前个人账户结余 pre-pooling personal accounts = 22,000,000.00元  [input]
              - pooling.upward_transfer.employee_months = 3个月  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(2)]
              - 从累计结余 from the balance = 18,000,000.00元
              - 财政专项资金补足 special appropriation = 7,000,000.00元
            """), Trace(t.Explain()));
        Assert.Equal(Fraction.FromInteger(3), t.Months);
        Assert.Equal(PooledScheme.Employee, t.Scheme);
        Assert.Equal((Yuan(100_000_000m), Yuan(40_000_000m), Yuan(22_000_000m)), (t.PreviousYearExpenditure, t.AccumulatedBalance, t.PersonalAccountBalance));

        // Nothing due (no expenditure).
        UpwardTransfer none = UpwardTransfer.Compute(Policy(2022), PooledScheme.Resident, Money.Zero, Yuan(5m));
        Assert.Equal("居民医保上划额度0.00元（上年度实际支出0.00元的1个月）：无需上划。", none.ToChineseSentence());
        Assert.Equal("resident fund transfer quota 0.00元 (1 months of 0.00元 previous-year expenditure): nothing to transfer.", none.ToEnglishSentence());
        Assert.Equal(FundingSource.NothingDue, none.Funding.Source);
        Assert.Equal(Yuan(5m), none.RetainedBalance);
        // All from the balance: 120.00 × 1/12 = 10.00 of 50.00.
        UpwardTransfer balance = UpwardTransfer.Compute(Policy(2022), PooledScheme.Resident, Yuan(120m), Yuan(50m));
        Assert.Equal("居民医保上划额度10.00元（上年度实际支出120.00元的1个月）：全部从累计结余上划10.00元。", balance.ToChineseSentence());
        Assert.Equal("resident fund transfer quota 10.00元 (1 months of 120.00元 previous-year expenditure): all 10.00元 from the accumulated balance.", balance.ToEnglishSentence());
        Assert.Equal(Yuan(40m), balance.RetainedBalance);
        Assert.Equal(Fraction.One, balance.Months);
        // No usable balance: −1.00 booked, 2.00 personal accounts; 120.00 × 3/12 = 30.00 appropriated.
        UpwardTransfer appropriation = UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(120m), Yuan(-1m), Yuan(2m));
        Assert.Equal("职工医保上划额度30.00元（上年度实际支出120.00元的3个月）：累计结余无可用部分，当地财政安排专项资金补足30.00元（统筹前个人账户结余2.00元留存于县，不抵付上划）。", appropriation.ToChineseSentence());
        Assert.Equal(
            "employee fund transfer quota 30.00元 (3 months of 120.00元 previous-year expenditure): no usable balance, all 30.00元 by special appropriation (the 2.00元 pre-pooling personal-account balance stays in the county and does not offset it).",
            appropriation.ToEnglishSentence());
        Assert.Equal(Money.Zero, appropriation.UsableBalance);
        Assert.Equal(
            "employee fund transfer quota 25,000,000.00元 (3 months of 100,000,000.00元 previous-year expenditure): 18,000,000.00元 from the accumulated balance, 7,000,000.00元 by special appropriation (the 22,000,000.00元 pre-pooling personal-account balance stays in the county and does not offset it).",
            t.ToEnglishSentence());
        Assert.Contains("pooling.upward_transfer.resident_months", Trace(balance.Explain()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_start_check_says_each_outcome_in_both_languages()
    {
        YearStartTopUp notInForce = YearStartTopUp.Compute(Policy(2022), PooledScheme.Resident, Yuan(5m), Yuan(120m));
        Assert.Equal("居民医保2022年初归集基金5.00元：年初补充上划规则（2023年起）未生效。", notInForce.ToChineseSentence());
        Assert.Equal("resident fund, start of 2022: the collected fund holds 5.00元; the year-start top-up (from 2023) is not in force.", notInForce.ToEnglishSentence());
        Assert.Equal(Text("""
            年初补充上划 year-start top-up = 0.00元
                居民医保2022年初归集基金5.00元：年初补充上划规则（2023年起）未生效。
                formula: max(0, threshold − balance), split by 上年参保人数 (largest remainder)
                note: resident fund, start of 2022: the collected fund holds 5.00元; the year-start top-up (from 2023) is not in force.
              - 年初归集基金余额 collected fund at the start of the year = 5.00元  [input]
              - 全市上年度实际支出 city previous-year expenditure = 120.00元  [input]
            """), Trace(notInForce.Explain()));
        Assert.Null(notInForce.ThresholdMonths);
        Assert.Equal((Money.Zero, Money.Zero), (notInForce.Threshold, notInForce.Shortfall));
        Assert.Equal(2022, notInForce.Year);
        Assert.Equal(Fraction.Create(5 * 12, 120), notInForce.CapacityMonths);

        YearStartTopUp noExpenditure = YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(5m), Money.Zero);
        Assert.Equal("居民医保2023年初归集基金5.00元：全市上年度无实际支出，支付能力无从计算，无需补充上划。", noExpenditure.ToChineseSentence());
        Assert.Equal("resident fund, start of 2023: the collected fund holds 5.00元; the city had no previous-year expenditure, so no capacity in months is defined and nothing is raised.", noExpenditure.ToEnglishSentence());
        Assert.Equal(Text("""
            年初补充上划 year-start top-up = 0.00元
                居民医保2023年初归集基金5.00元：全市上年度无实际支出，支付能力无从计算，无需补充上划。
                formula: max(0, threshold − balance), split by 上年参保人数 (largest remainder)
                note: resident fund, start of 2023: the collected fund holds 5.00元; the city had no previous-year expenditure, so no capacity in months is defined and nothing is raised.
              - 年初归集基金余额 collected fund at the start of the year = 5.00元  [input]
              - 全市上年度实际支出 city previous-year expenditure = 0.00元  [input]
              - pooling.top_up.resident_months = 1个月  [parameter, effective 2023-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(3)]
              - 支付能力 capacity (months) = —
                  formula: balance / (expenditure / 12), exact
                  rounding: printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly
              - 门槛金额 threshold = 0.00元
                  formula: expenditure × months / 12
                  rounding: up to the fen (ToPositiveInfinity)
            """), Trace(noExpenditure.Explain()));
        Assert.Null(noExpenditure.CapacityMonths);
        Assert.Equal(Fraction.One, noExpenditure.ThresholdMonths);

        // Exactly 1 month (10.00 of 120.00 a year): sufficient.
        YearStartTopUp sufficient = YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(10m), Yuan(120m));
        Assert.Equal("居民医保2023年初归集基金10.00元，可支付1.00个月，不低于1个月（10.00元），无需补充上划。", sufficient.ToChineseSentence());
        Assert.Equal("resident fund, start of 2023: the collected fund holds 10.00元 = 1.00 months, not below the 1-month threshold (10.00元): nothing is raised.", sufficient.ToEnglishSentence());
        Assert.Equal(Text("""
            年初补充上划 year-start top-up = 0.00元
                居民医保2023年初归集基金10.00元，可支付1.00个月，不低于1个月（10.00元），无需补充上划。
                formula: max(0, threshold − balance), split by 上年参保人数 (largest remainder)
                note: resident fund, start of 2023: the collected fund holds 10.00元 = 1.00 months, not below the 1-month threshold (10.00元): nothing is raised.
              - 年初归集基金余额 collected fund at the start of the year = 10.00元  [input]
              - 全市上年度实际支出 city previous-year expenditure = 120.00元  [input]
              - pooling.top_up.resident_months = 1个月  [parameter, effective 2023-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(3)]
              - 支付能力 capacity (months) = 1.00
                  formula: balance / (expenditure / 12), exact
                  rounding: printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly
              - 门槛金额 threshold = 10.00元
                  formula: expenditure × months / 12
                  rounding: up to the fen (ToPositiveInfinity)
            """), Trace(sufficient.Explain()));
        Assert.Equal("四(二)7(3)", sufficient.Explain().Citation!.Clause);
        Assert.Equal(TopUpOutcome.Sufficient, sufficient.Outcome);
        // One fen short of 1 month: raised.
        Assert.Equal(TopUpOutcome.Raised, YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(9.99m), Yuan(120m)).Outcome);
        Assert.Equal(Yuan(0.01m), YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(9.99m), Yuan(120m)).Shortfall);

        // 10.00 of 3 months of 120.00 = 30.00: raise 20.00.
        YearStartTopUp raised = YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Yuan(10m), Yuan(120m));
        Assert.Equal("职工医保2023年初归集基金10.00元，可支付1.00个月，低于3个月（30.00元）：不足20.00元按上年参保人数占全市比例从各地上划。", raised.ToChineseSentence());
        Assert.Equal("employee fund, start of 2023: the collected fund holds 10.00元 = 1.00 months, below the 3-month threshold (30.00元): the shortfall 20.00元 is raised from the counties by previous-year insured headcount.", raised.ToEnglishSentence());
        Assert.Equal(Text("""
            年初补充上划 year-start top-up = 20.00元
                职工医保2023年初归集基金10.00元，可支付1.00个月，低于3个月（30.00元）：不足20.00元按上年参保人数占全市比例从各地上划。
                formula: max(0, threshold − balance), split by 上年参保人数 (largest remainder)
                note: employee fund, start of 2023: the collected fund holds 10.00元 = 1.00 months, below the 3-month threshold (30.00元): the shortfall 20.00元 is raised from the counties by previous-year insured headcount.
              - 年初归集基金余额 collected fund at the start of the year = 10.00元  [input]
              - 全市上年度实际支出 city previous-year expenditure = 120.00元  [input]
              - pooling.top_up.employee_months = 3个月  [parameter, effective 2023-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(二)7(2)]
              - 支付能力 capacity (months) = 1.00
                  formula: balance / (expenditure / 12), exact
                  rounding: printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly
              - 门槛金额 threshold = 30.00元
                  formula: expenditure × months / 12
                  rounding: up to the fen (ToPositiveInfinity)
            """), Trace(raised.Explain()));
        Assert.Equal("四(二)7(2)", raised.Explain().Citation!.Clause);
        Assert.Equal("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）", raised.Explain().Citation!.Document.Trim('《', '》'));
        Assert.Equal(PooledScheme.Employee, raised.Scheme);
        Assert.Equal((Yuan(10m), Yuan(120m)), (raised.CollectedFundBalance, raised.CityPreviousYearExpenditure));
    }

    [Fact]
    public void Default_values_read_safely_and_refuse_to_explain()
    {
        Assert.Equal("a default CountySettlement was not built by a settlement; it has nothing to explain.", Assert.Throws<InvalidOperationException>(() => default(CountySettlement).Explain()).Message);
        Assert.Equal("default CountySettlement", default(CountySettlement).ToString());
        Assert.Equal(string.Empty, default(CountySettlement).Name);
        Assert.Equal(Money.Zero, default(CountySettlement).CityTreasuryCap);
        Assert.Equal("a default UpwardTransfer was not computed; it has nothing to explain.", Assert.Throws<InvalidOperationException>(() => default(UpwardTransfer).Explain()).Message);
        Assert.Equal(Fraction.Zero, default(UpwardTransfer).Months);
        Assert.Equal("a default YearStartTopUp was not built by a check; it has nothing to explain.", Assert.Throws<InvalidOperationException>(() => default(YearStartTopUp).Explain()).Message);
        Assert.Equal(0, default(YearStartTopUp).Year);
        Assert.Equal("a default CollectedFundStatement was not built by a settlement; it has nothing to explain.", Assert.Throws<InvalidOperationException>(() => default(CollectedFundStatement).Explain()).Message);
        Assert.Equal("default CollectedFundStatement", default(CollectedFundStatement).ToString());
        Assert.Equal(CollectedFundOutcome.NothingDue, default(CollectedFundStatement).Outcome);
        Assert.Null(default(CollectedFundStatement).PaidRatio);
    }

    [Fact]
    public void The_cap_is_reported_even_when_the_fund_paid_in_full()
    {
        // 1% of 1,234,567.89 = 12,345.6789 → 12,345.67 (down to the fen), though nothing fell to the treasuries.
        CountySettlement s = CountySettlement.Compute(Policy(2023), Employee(2023), new PoolingCounty("A县") { Deficit = Yuan(100m), PooledFinancing = Yuan(1_234_567.89m) }, Yuan(1_000m));
        Assert.Equal(Yuan(12_345.67m), s.CityTreasuryCap);
        Assert.Equal(Money.Zero, s.CityTreasuryDue);
        Assert.Equal(s.ToEnglishSentence(), s.ToString());
        Assert.Equal("A县, employee fund, 2023: current deficit 100.00元 — collected fund 30.00元 (30%), county 70.00元 (70%: 70.00元 by special appropriation).", s.ToEnglishSentence());
        Assert.Equal("A县职工医保2023年：当期缺口100.00元：归集基金承担30.00元（30%），缺口地承担70.00元（70%，财政专项资金70.00元）。", s.ToChineseSentence());
    }
}
