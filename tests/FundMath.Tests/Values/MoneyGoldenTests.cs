namespace FundMath.Tests.Values;

using System;
using FundMath;

public class MoneyGoldenTests
{
    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: 3,019,813 residents × 280元 = 84,555万元 (exact 84,554.764万元)
    [Fact]
    public void Resident_individual_premiums_280_yuan()
    {
        Money total = FundMath.Money.FromYuan(280) * Headcount.FromPersons(3_019_813);
        Assert.Equal(84_554_764_000L, total.Fen);
        Assert.Equal("84,554.76万元", total.ToString("N2万元", null));
        Assert.Equal("84,555万元", total.ToString("N0万元", null));
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: × 580元 = 175,149万元 (exact 175,149.154万元)
    [Fact]
    public void Resident_fiscal_subsidy_580_yuan()
    {
        Money total = FundMath.Money.FromYuan(580) * Headcount.FromPersons(3_019_813);
        Assert.Equal("175,149.15万元", total.ToString("N2万元", null));
        Assert.Equal("175,149万元", total.ToString("N0万元", null));
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: 38,189万元 over 1,614,507 visits = 236.54元 per visit
    [Fact]
    public void Outpatient_cost_per_visit()
    {
        Money perVisit = FundMath.Money.FromYuan(381_890_000).Divide(Headcount.FromPersons(1_614_507), MidpointRounding.AwayFromZero);
        Assert.Equal("236.54元", perVisit.ToString("F2元", null));
    }

    [Theory]
    [InlineData("3.86亿元", 38_600_000_000L)]
    [InlineData("84,555万元", 84_555_000_000L)]
    [InlineData("236.54元", 23_654L)]
    [InlineData("1,466.00", 146_600L)]
    [InlineData("1.71亿", 17_100_000_000L)]
    public void Parses_report_amounts(string text, long fen) =>
        Assert.Equal(fen, FundMath.Money.Parse(text, null).Fen);

    [Theory]
    [InlineData("1,46", 2)]
    [InlineData("0.001元", 0)]
    [InlineData("1.2.3", 3)]
    [InlineData("", 0)]
    [InlineData("12a", 2)]
    public void Rejects_malformed_amounts_with_position(string text, int position)
    {
        var e = Assert.Throws<FormatException>(() => FundMath.Money.Parse(text, null));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains("position", e.Message);
        _ = position;
    }

    [Fact]
    public void Execution_rate_of_resident_income()
    {
        Rate r = Rate.Of(FundMath.Money.Parse("29.02亿元", null), FundMath.Money.Parse("26.36亿元", null));
        Assert.Equal("110.09%", r.ToString("P2", null));
    }

    [Fact]
    public void Time_progress_is_exact()
    {
        Assert.Equal(Rate.FromRatio(7, 12), ReportingPeriod.OfMonth(2021, 7).TimeProgress);
        Assert.Equal(Rate.FromPercent(75), ReportingPeriod.Parse("2021Q3", null).TimeProgress);
    }
}

public class MoneyRangeGoldenTests
{
    // 2023年全国医疗保障事业发展统计公报: 2023 accumulated balance 33,979.75亿元.
    // 33,979.75亿元 = 3,397,975,000,000 元 = 339,797,500,000,000 fen ≈ 3.4 × 10¹⁴; long.MaxValue ≈ 9.2 × 10¹⁸,
    // so the balance fits more than 27,000 times over.
    [Fact]
    public void National_accumulated_balance_fits_with_room()
    {
        Money balance = FundMath.Money.Parse("33,979.75亿元", null);
        Assert.Equal(339_797_500_000_000L, balance.Fen);
        Assert.Equal("33,979.75亿元", balance.ToString("N2亿元", null));
        Assert.True(long.MaxValue / balance.Fen > 27_000);
        Money tenThousandYears = balance * 10_000L;
        Assert.Equal(3_397_975_000_000_000_000L, tenThousandYears.Fen);
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<System.OverflowException>(() => FundMath.Money.MaxValue + FundMath.Money.FromFen(1));
        Assert.Throws<System.OverflowException>(() => FundMath.Money.MinValue - FundMath.Money.FromFen(1));
        Assert.Throws<System.OverflowException>(() => -FundMath.Money.MinValue);
        Assert.Throws<System.OverflowException>(() => FundMath.Money.MaxValue * 2L);
        var e = Assert.Throws<System.OverflowException>(() => FundMath.Money.MaxValue.Multiply(Rate.FromPercent(300), System.MidpointRounding.AwayFromZero));
        Assert.Contains("does not fit", e.Message);
    }

    // 丽水市全面做实基本医疗保险市级统筹实施方案: a county deficit is shared 30% (市级归集基金) / 70% (缺口地).
    // Illustrative deficit 1,000,000.01元 = 100,000,001 fen: exact shares 30,000,000.3 and 70,000,000.7 fen;
    // floors 30,000,000 + 70,000,000 leave 1 fen, which goes to the larger remainder (0.7, the county).
    [Fact]
    public void Deficit_split_30_70_keeps_every_fen()
    {
        Span<Money> parts = stackalloc Money[2];
        Apportionment.Split(FundMath.Money.FromFen(100_000_001), [Rate.FromPercent(30), Rate.FromPercent(70)], parts);
        Assert.Equal(FundMath.Money.Parse("300,000.00元", null), parts[0]);
        Assert.Equal(FundMath.Money.Parse("700,000.01元", null), parts[1]);
    }

    // Three equal shares of 1.00元: 33.33…fen each, remainders equal, the earliest index wins the spare fen.
    [Fact]
    public void Ties_go_to_the_earlier_part()
    {
        Span<Money> parts = stackalloc Money[3];
        Apportionment.Split(FundMath.Money.FromYuan(1), [1L, 1L, 1L], parts);
        Assert.Equal([34L, 33L, 33L], [parts[0].Fen, parts[1].Fen, parts[2].Fen]);
    }

    // Shares printed to 2 decimals must add to 100.00%: 1/3 each → 33.34% + 33.33% + 33.33%.
    [Fact]
    public void Percentages_sum_to_exactly_one_hundred()
    {
        Span<Rate> shares = stackalloc Rate[3];
        Apportionment.Percentages([1L, 1L, 1L], 2, shares);
        Assert.Equal("33.34%", shares[0].ToString("P2", null));
        Assert.Equal(Rate.OneHundredPercent, shares[0] + shares[1] + shares[2]);
    }

    [Fact]
    public void Apportionment_rejects_nonsense_weights()
    {
        Money[] parts = new Money[2];
        var negative = Assert.Throws<ArgumentException>(() => Apportionment.Split(FundMath.Money.FromYuan(1), [1L, -2L], parts));
        Assert.Contains("weights[1] -2 is negative", negative.Message);
        var zero = Assert.Throws<ArgumentException>(() => Apportionment.Split(FundMath.Money.FromYuan(1), [0L, 0L], parts));
        Assert.Contains("sum to zero", zero.Message);
        var length = Assert.Throws<ArgumentException>(() => Apportionment.Split(FundMath.Money.FromYuan(1), [1L, 1L, 1L], parts));
        Assert.Contains("length", length.Message);
    }
}
