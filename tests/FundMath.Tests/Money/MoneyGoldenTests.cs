namespace FundMath.Tests.Money;

using System;
using FundMath;

public class MoneyGoldenTests
{
    // zhuzhou-2021-annual-fund-report: 3,019,813 residents × 280元 = 84,555万元 (exact 84,554.764万元)
    [Fact]
    public void Resident_individual_premiums_280_yuan()
    {
        Money total = FundMath.Money.FromYuan(280) * Headcount.FromPersons(3_019_813);
        Assert.Equal(84_554_764_000L, total.Fen);
        Assert.Equal("84,554.76万元", total.ToString("N2万元", null));
        Assert.Equal("84,555万元", total.ToString("N0万元", null));
    }

    // zhuzhou-2021-annual-fund-report: × 580元 = 175,149万元 (exact 175,149.154万元)
    [Fact]
    public void Resident_fiscal_subsidy_580_yuan()
    {
        Money total = FundMath.Money.FromYuan(580) * Headcount.FromPersons(3_019_813);
        Assert.Equal("175,149.15万元", total.ToString("N2万元", null));
        Assert.Equal("175,149万元", total.ToString("N0万元", null));
    }

    // zhuzhou-2021-annual-fund-report: 38,189万元 over 1,614,507 visits = 236.54元 per visit
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
