using System;
using System.Linq;
using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// Whole-city settlements (docs/pooling.md worked examples, illustrative made-up figures): the collected fund's year,
/// the pro-rata consumption order, the roll-forward identity, and bad input that settles nothing.
/// </summary>
public class CitySettlementTests
{
    /// <summary>Employee fund 2023: a top-up from 1.81 months to 3, a transition surplus, two deficits paid in full.</summary>
    internal static PoolingCounty[] WellFundedCity() =>
    [
        new("A县") { PreviousYearExpenditure = Yuan(50_000_000m), AccumulatedBalance = Yuan(20_000_000m), PreviousYearInsured = Headcount.FromPersons(120_000), PooledFinancing = Yuan(60_000_000m), Deficit = Yuan(12_000_000m) },
        new("B县") { PreviousYearExpenditure = Yuan(40_000_000m), AccumulatedBalance = Yuan(30_000_000m), PreviousYearInsured = Headcount.FromPersons(120_000), PooledFinancing = Yuan(50_000_000m), Deficit = Yuan(6_000_000m), PriorYearDeficit = true },
        new("C县") { PreviousYearExpenditure = Yuan(30_000_000m), AccumulatedBalance = Yuan(10_000_000m), PreviousYearInsured = Headcount.FromPersons(60_000), PooledFinancing = Yuan(40_000_000m), Surplus = Yuan(2_000_000m) },
    ];

    /// <summary>Resident fund 2023: the collected fund holds exactly 1 month and cannot pay both deficits.</summary>
    internal static PoolingCounty[] ShortCity() =>
    [
        new("A县") { PreviousYearExpenditure = Yuan(60_000_000m), AccumulatedBalance = Yuan(25_000_000m), PreviousYearInsured = Headcount.FromPersons(300_000), PooledFinancing = Yuan(60_000_000m), Deficit = Yuan(40_000_000m), Subsidy2021 = Yuan(670) },
        new("B县") { PreviousYearExpenditure = Yuan(36_000_000m), AccumulatedBalance = Yuan(3_000_000m), PreviousYearInsured = Headcount.FromPersons(200_000), PooledFinancing = Yuan(40_000_000m), Deficit = Yuan(10_000_000m), PriorYearDeficit = true, Subsidy2021 = Yuan(650) },
        new("C县") { PreviousYearExpenditure = Yuan(24_000_000m), AccumulatedBalance = Yuan(8_000_000m), PreviousYearInsured = Headcount.FromPersons(100_000), PooledFinancing = Yuan(30_000_000m), Surplus = Yuan(1_000_000m) },
    ];

    [Fact]
    public void Well_funded_city_tops_up_to_three_months_and_pays_every_share()
    {
        PoolingCounty[] counties = WellFundedCity();
        var results = new CountySettlement[3];
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2023), Employee(2023, 18_123_456.79m) with { Interest = Yuan(100_000m) }, counties, results);

        // Top-up: 3 × 120,000,000.00/12 = 30,000,000.00 − 18,123,456.79 = 11,876,543.21, by headcount 120,000/120,000/60,000.
        Assert.Equal(TopUpOutcome.Raised, fund.TopUp.Outcome);
        Assert.Equal(Yuan(11_876_543.21m), fund.TopUps);
        Assert.Equal([Yuan(4_750_617.29m), Yuan(4_750_617.28m), Yuan(2_375_308.64m)], results.Select(r => r.TopUp.Due));
        // C县's transition surplus 2,000,000.00: 30% kept, 70% = 1,400,000.00 to the fund.
        Assert.Equal(Yuan(1_400_000m), fund.SurplusInflows);
        Assert.Equal(Yuan(31_500_000m), fund.Available);
        // Shares due: A县 30% × 12,000,000.00 = 3,600,000.00; B县 (prior-year deficit) 25% × 6,000,000.00 = 1,500,000.00.
        Assert.Equal(Yuan(5_100_000m), fund.SharesDue);
        Assert.Equal(CollectedFundOutcome.PaidInFull, fund.Outcome);
        Assert.Equal(Yuan(26_400_000m), fund.Closing);
        Assert.Equal(FundMath.Funds.RollForwardOutcome.Holds, fund.RollForward.Outcome);
        Assert.Equal([Yuan(6_849_382.71m), Yuan(20_749_382.72m), Yuan(8_224_691.36m)], results.Select(r => r.ClosingBalance));
        Assert.Equal(Yuan(12_900_000m), fund.CountyBalances);
    }

    [Fact]
    public void Short_collected_fund_is_consumed_pro_rata_to_the_shares_due()
    {
        PoolingCounty[] counties = ShortCity();
        var results = new CountySettlement[3];
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2023), Resident(2023, 10_000_000m, unified: 670), counties, results);

        // 1 month of 120,000,000.00 = 10,000,000.00 = the opening: no top-up. Available 10,000,000.00 + 700,000.00 (C县 70%).
        Assert.Equal(TopUpOutcome.Sufficient, fund.TopUp.Outcome);
        Assert.Equal(Yuan(10_700_000m), fund.Available);
        // Due 12,000,000.00 (A县 30%) + 2,500,000.00 (B县 25%) = 14,500,000.00 > 10,700,000.00 → pro rata:
        // A县 1,070,000,000 × 12/14.5 = 885,517,241.38 fen, B县 184,482,758.62 fen → floors leave 1 fen → B县 (larger remainder).
        Assert.Equal(CollectedFundOutcome.PaidProRata, fund.Outcome);
        CountySettlement a = results[0], b = results[1];
        Assert.Equal(Yuan(8_855_172.41m), a.CollectedFundPaid);
        Assert.Equal(Yuan(1_844_827.59m), b.CollectedFundPaid);
        Assert.Equal(Money.Zero, fund.Closing);
        // A县 unpaid 3,144,827.59 × 20% = 628,965.52 > cap 1% × 60,000,000.00 = 600,000.00 → cut 28,965.52 to the county.
        Assert.Equal(Yuan(628_965.52m), a.CityTreasuryDue);
        Assert.Equal(Yuan(600_000m), a.CityTreasuryPaid);
        Assert.Equal(Yuan(28_965.52m), a.CapCutOff);
        Assert.Equal(Yuan(2_544_827.59m), a.CountyTreasury);
        Assert.Equal(Yuan(3_000_000m), a.CountyPart.SpecialAppropriation); // 28,000,000.00 − 25,000,000.00 balance
        // B县 unpaid 655,172.41 × 10% (halved) = 65,517.24; county treasury 589,655.17; county 75% = 7,500,000.00.
        Assert.Equal(Yuan(65_517.24m), b.CityTreasuryPaid);
        Assert.Equal(Yuan(589_655.17m), b.CountyTreasury);
        Assert.Equal(Yuan(4_500_000m), b.CountyPart.SpecialAppropriation);
        Assert.Equal(Yuan(665_517.24m), fund.CityTreasury);
        Assert.Equal(Yuan(28_965.52m), fund.CapCutOffs);
        Assert.Equal(
            "居民医保2023年归集基金：期初10,000,000.00元，流入700,000.00元（上划0.00元、年初补充上划0.00元、过渡期结余纳入700,000.00元、利息0.00元），支付缺口分担10,700,000.00元，期末0.00元；应担14,500,000.00元，按应担比例支付73.79%，不足3,800,000.00元由市财政承担665,517.24元、县财政承担3,134,482.76元。",
            fund.ToChineseSentence());
    }

    [Fact]
    public void The_initial_transfer_year_fills_the_fund_with_every_quota()
    {
        PoolingCounty[] counties = WellFundedCity();
        counties[2] = counties[2] with { AccumulatedBalance = Yuan(5_000_000m) };
        var results = new CountySettlement[3];
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2022), Employee(2022), counties, results);
        // 3/12 of 50,000,000.00 / 40,000,000.00 / 30,000,000.00 = 12,500,000.00 / 10,000,000.00 / 7,500,000.00.
        Assert.Equal(Yuan(30_000_000m), fund.InitialTransfers);
        Assert.Equal(TopUpOutcome.NotInForce, fund.TopUp.Outcome);
        Assert.Equal(Yuan(12_500_000m), results[0].InitialTransfer.Due);
        Assert.Equal(Yuan(12_500_000m), results[0].InitialTransfer.FromBalance + results[0].InitialTransfer.SpecialAppropriation);
        // C县 has 5,000,000.00 for its 7,500,000.00 quota: 当地财政安排专项资金补足 2,500,000.00.
        Assert.Equal(Yuan(2_500_000m), results[2].InitialTransfer.SpecialAppropriation);
        Assert.True((results[2].Rules & PoolingRules.TransferAppropriation) != 0);
        Assert.Equal(Yuan(2_500_000m), fund.TransferAppropriations);
        Assert.True((results[0].Rules & PoolingRules.UpwardTransfer) != 0);
    }

    [Fact]
    public void Input_order_does_not_matter_once_sorted_and_unsorted_input_is_refused()
    {
        PoolingCounty[] shuffled = [.. ShortCity().Reverse()];
        var results = new CountySettlement[3];
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Resident(2023, 10_000_000m, unified: 670), shuffled, results));
        Assert.Equal(("B县", "Name"), (e.County, e.Field));
        Assert.Contains("ordinal order", e.Message, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Null(r.Policy)); // nothing written

        CitySettlement.SortByName(shuffled);
        CitySettlement.Settle(Policy(2023), Resident(2023, 10_000_000m, unified: 670), shuffled, results);
        Assert.Equal(["A县", "B县", "C县"], results.Select(r => r.Name));
        Assert.Equal(Yuan(8_855_172.41m), results[0].CollectedFundPaid);
    }

    [Fact]
    public void Duplicate_names_missing_headcounts_and_bad_fields_settle_nothing()
    {
        var results = new CountySettlement[3];
        PoolingCounty[] duplicate = WellFundedCity();
        duplicate[1] = duplicate[1] with { Name = "A县" };
        CitySettlement.SortByName(duplicate);
        PoolingInputException dup = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), duplicate, results));
        Assert.Equal(("A县", "Name"), (dup.County, dup.Field));
        Assert.Contains("appears twice", dup.Message, StringComparison.Ordinal);

        PoolingCounty[] noHeadcount = WellFundedCity();
        noHeadcount[2] = noHeadcount[2] with { PreviousYearInsured = null };
        PoolingInputException missing = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), noHeadcount, results));
        Assert.Equal(("C县", "PreviousYearInsured", "missing"), (missing.County, missing.Field, missing.Value));
        Assert.Contains("年初补充上划", missing.Message, StringComparison.Ordinal);

        PoolingCounty[] negative = WellFundedCity();
        negative[2] = negative[2] with { Surplus = Money.Zero, Deficit = Yuan(-1m) };
        Assert.Equal("Deficit", Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), negative, results)).Field);
        Assert.All(results, r => Assert.Null(r.Policy));

        // In 2022 the top-up is not in force, so headcounts are not needed.
        CitySettlement.Settle(Policy(2022), Employee(2022), noHeadcount, results);
        Assert.NotNull(results[2].Policy);
    }

    [Fact]
    public void City_level_errors_name_the_field()
    {
        var results = new CountySettlement[3];
        Assert.Equal("CollectedFundOpening", Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023, -1m), WellFundedCity(), results)).Field);
        Assert.Equal("Year", Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2022), Employee(2023), WellFundedCity(), results)).Field);
        Assert.Equal("counties", Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), [], [])).Field);
        Assert.Throws<ArgumentException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), WellFundedCity(), new CountySettlement[2]));
        PoolingCounty[] zero = [.. WellFundedCity().Select(c => c with { PreviousYearInsured = Headcount.Zero })];
        Assert.Equal("PreviousYearInsured", Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), zero, results)).Field);
    }

    [Fact]
    public void Previous_year_headcounts_that_total_past_the_long_range_name_the_county()
    {
        // The year-start top-up is split by previous-year insured headcounts; their total must be a long.
        var results = new CountySettlement[3];
        PoolingCounty[] huge = WellFundedCity();
        huge[0] = huge[0] with { PreviousYearInsured = Headcount.FromPersons(long.MaxValue - 120_000) };
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), huge, results));
        // A县 + B县 = long.MaxValue exactly; C县's 60,000 would pass it.
        Assert.Equal(("C县", "PreviousYearInsured", "60,000"), (e.County, e.Field, e.Value));
        Assert.Contains("9,223,372,036,854,775,807 before this county, would total more than 9,223,372,036,854,775,807 persons", e.Message, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Null(r.Policy));

        // 60,000 persons fewer in A县 and the three total exactly long.MaxValue: the city settles, the top-up split whole.
        huge[0] = huge[0] with { PreviousYearInsured = Headcount.FromPersons(long.MaxValue - 180_000) };
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2023), Employee(2023, 18_123_456.79m), huge, results);
        Assert.Equal(Yuan(11_876_543.21m), fund.TopUps);
        Assert.Equal(fund.TopUps, results.Aggregate(Money.Zero, (sum, r) => sum + r.TopUp.Due));
    }

    [Fact]
    public void A_one_county_city_agrees_with_the_scalar_settlement()
    {
        PoolingCounty a = ShortCity()[0];
        var results = new CountySettlement[1];
        PoolingYear year = Resident(2023, 5_000_000m, unified: 670);
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2023), year, [a], results);
        CountySettlement scalar = CountySettlement.Compute(Policy(2023), year, a, fund.Available, fund.TopUps);
        Assert.Equal(scalar.CollectedFundPaid, results[0].CollectedFundPaid);
        Assert.Equal(scalar.CityTreasuryPaid, results[0].CityTreasuryPaid);
        Assert.Equal(scalar.TopUp, results[0].TopUp);
        Assert.Equal(scalar.ClosingBalance, results[0].ClosingBalance);
        Assert.Equal(scalar.ToEnglishSentence(), results[0].ToEnglishSentence());
    }
}
