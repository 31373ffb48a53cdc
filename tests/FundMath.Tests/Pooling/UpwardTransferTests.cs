using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// 上划: "上划基金以各县（市）上年度实际支出计算3个月支付能力为额度。各地从累计结余上划基金，累计结余不足上划的部分由当地财政安排专项
/// 资金补足" and "不得用留存的统筹前职工医保个人账户资金抵付上划资金" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》
/// 四(二)7(2)); 居民医保 1 month (7(3)). Illustrative made-up figures.
/// </summary>
public class UpwardTransferTests
{
    [Fact]
    public void Quota_is_three_months_and_personal_accounts_never_offset_it()
    {
        // 100,000,000.00 × 3/12 = 25,000,000.00. Balance 40,000,000.00 of which 22,000,000.00 personal accounts:
        // usable 18,000,000.00, so 7,000,000.00 is a special appropriation of the county treasury.
        UpwardTransfer t = UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(100_000_000m), Yuan(40_000_000m), Yuan(22_000_000m), "A县");
        Assert.Equal(Yuan(25_000_000m), t.Quota);
        Assert.Equal(Yuan(18_000_000m), t.UsableBalance);
        Assert.Equal(Yuan(18_000_000m), t.Funding.FromBalance);
        Assert.Equal(Yuan(7_000_000m), t.Funding.SpecialAppropriation);
        Assert.Equal(FundingSource.BalanceAndAppropriation, t.Funding.Source);
        Assert.Equal(Yuan(22_000_000m), t.RetainedBalance); // exactly the personal accounts stay
        Assert.Equal(
            "职工医保上划额度25,000,000.00元（上年度实际支出100,000,000.00元的3个月）：累计结余上划18,000,000.00元，不足部分由当地财政安排专项资金补足7,000,000.00元（统筹前个人账户结余22,000,000.00元留存于县，不抵付上划）。",
            t.ToChineseSentence());

        // The same balance without personal accounts covers the quota in full.
        UpwardTransfer whole = UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(100_000_000m), Yuan(40_000_000m));
        Assert.Equal(FundingSource.Balance, whole.Funding.Source);
    }

    [Fact]
    public void Quota_rounds_half_away_from_zero_to_the_fen_and_the_resident_quota_is_one_month()
    {
        // 12,345,678.91 × 3/12 = 3,086,419.7275 → 3,086,419.73; × 1/12 = 1,028,806.5758… → 1,028,806.58.
        Assert.Equal(Yuan(3_086_419.73m), UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(12_345_678.91m), Money.Zero).Quota);
        UpwardTransfer r = UpwardTransfer.Compute(Policy(2022), PooledScheme.Resident, Yuan(12_345_678.91m), Yuan(-100m));
        Assert.Equal(Yuan(1_028_806.58m), r.Quota);
        Assert.Equal(FundingSource.Appropriation, r.Funding.Source); // a negative pre-pooling balance is the county's own gap
        Assert.Contains("pooling.upward_transfer.resident_months = 1", r.Explain().ToText(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_transfer_inputs_name_the_county_and_the_field()
    {
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(-1m), Money.Zero, county: "A县"));
        Assert.Equal(("A县", "PreviousYearExpenditure"), (e.County, e.Field));
        Assert.Equal("PersonalAccountBalance", Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Money.Zero, Money.Zero, Yuan(-1m))).Field);
    }
}
