using System;
using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// 年初补充上划: "2023年起，每年年初全市职工医保归集基金支付能力不足3个月时，不足部分按照上年各地职工参保人数占全市职工参保人数比例从各地
/// 上划" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7(2)). Illustrative made-up figures.
/// </summary>
public class YearStartTopUpTests
{
    [Fact]
    public void Shortfall_below_three_months_is_split_by_headcount_to_the_fen_with_an_ordered_tie_break()
    {
        // City previous-year expenditure 120,000,000.00 → 10,000,000.00 a month; 3 months = 30,000,000.00.
        // Opening 18,123,456.79 = 1.81 months → shortfall 11,876,543.21 = 1,187,654,321 fen.
        // Headcounts 120,000 / 120,000 / 60,000: exact shares 475,061,728.4 / 475,061,728.4 / 237,530,864.2 fen;
        // floors leave 1 fen, the remainders of A县 and B县 tie at 0.4, and the earlier name (A县) gets it.
        YearStartTopUp check = YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Yuan(18_123_456.79m), Yuan(120_000_000m));
        Assert.Equal(TopUpOutcome.Raised, check.Outcome);
        Assert.Equal(Yuan(30_000_000m), check.Threshold);
        Assert.Equal(Yuan(11_876_543.21m), check.Shortfall);
        Assert.Equal(1.81m, check.CapacityMonths!.Value.ToDecimal(2, MidpointRounding.AwayFromZero));
        Span<Money> shares = stackalloc Money[3];
        check.Apportion([Headcount.FromPersons(120_000), Headcount.FromPersons(120_000), Headcount.FromPersons(60_000)], shares);
        Assert.Equal(Yuan(4_750_617.29m), shares[0]);
        Assert.Equal(Yuan(4_750_617.28m), shares[1]);
        Assert.Equal(Yuan(2_375_308.64m), shares[2]);
        Assert.Equal(check.Shortfall, shares[0] + shares[1] + shares[2]);
        Assert.Equal(
            "职工医保2023年初归集基金18,123,456.79元，可支付1.81个月，低于3个月（30,000,000.00元）：不足11,876,543.21元按上年参保人数占全市比例从各地上划。",
            check.ToChineseSentence());
    }

    [Fact]
    public void No_top_up_before_2023_nor_when_the_fund_covers_the_threshold()
    {
        Assert.Equal(TopUpOutcome.NotInForce, YearStartTopUp.Compute(Policy(2022), PooledScheme.Employee, Money.Zero, Yuan(1_000_000m)).Outcome);
        YearStartTopUp enough = YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(10_000_000m), Yuan(120_000_000m));
        Assert.Equal(TopUpOutcome.Sufficient, enough.Outcome); // exactly 1 month
        Assert.Equal(Money.Zero, enough.Shortfall);
        Assert.Equal(TopUpOutcome.NoExpenditure, YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Money.Zero, Money.Zero).Outcome);
    }

    [Fact]
    public void Threshold_rounds_up_so_the_topped_up_fund_reaches_it()
    {
        // 100.01 × 1/12 = 8.334166… → 8.34 (ToPositiveInfinity).
        YearStartTopUp check = YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Money.Zero, Yuan(100.01m));
        Assert.Equal(Yuan(8.34m), check.Threshold);
        Assert.True(Fraction.Create(834 * 12, 10001) >= Fraction.One);
    }

    [Fact]
    public void A_shortfall_with_no_headcounts_is_an_error()
    {
        Money[] shares = new Money[2];
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => YearStartTopUp.Apportion(Yuan(1m), [Headcount.Zero, Headcount.Zero], shares));
        Assert.Equal("previousYearInsured", e.Field);
    }
}
