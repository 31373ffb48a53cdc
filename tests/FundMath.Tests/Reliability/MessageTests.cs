using System;
using FundMath.Analysis;

namespace FundMath.Tests.Reliability;

/// <summary>Domain and overflow messages name the operation, the operands and the rule.</summary>
public class MessageTests
{
    [Theory]
    [InlineData("10000", "expected a four-digit year (1900–9999) but found a fifth digit '0'")]
    [InlineData("20211", "expected a four-digit year (1900–9999) but found a fifth digit '1'")]
    [InlineData("1899", "year 1899 is before 1900")]
    public void A_period_with_a_five_digit_year_says_so_and_not_year_1000(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains(reason, e.Message);
        Assert.DoesNotContain("year 1000", e.Message);
    }

    [Fact]
    public void Deduction_overflow_names_the_components_and_amounts()
    {
        var d = new BalanceDeductions(Money.Zero, Money.MaxValue, Money.FromFen(1), Money.Zero, Money.Zero);
        var e = Assert.Throws<OverflowException>(() => d.Payables);
        Assert.Equal("BalanceDeductions.Payables: SettledUnpaid 92,233,720,368,547,758.07元 + NotYetSettled 0.01元 + ReservesWithheld 0.00元 + OtherPayables 0.00元 exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元).", e.Message);

        var total = new BalanceDeductions(Money.MaxValue, Money.FromFen(1), Money.Zero, Money.Zero, Money.Zero);
        Assert.Equal("BalanceDeductions.Total: OneTimePrepaymentsAndSubsidies 92,233,720,368,547,758.07元 + Payables 0.01元 exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元).", Assert.Throws<OverflowException>(() => total.Total).Message);

        var sum = Assert.Throws<OverflowException>(() => BalanceDeductions.Lumped(Money.MaxValue, Money.Zero) + BalanceDeductions.Lumped(Money.FromFen(1), Money.Zero));
        Assert.Equal("BalanceDeductions + BalanceDeductions: OneTimePrepaymentsAndSubsidies 92,233,720,368,547,758.07元 + 0.01元 exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元).", sum.Message);

        // In range, the sums are exact, including a negative component meeting a positive one.
        Assert.Equal(Money.FromFen(long.MaxValue - 1), new BalanceDeductions(Money.FromFen(-1), Money.MaxValue, Money.Zero, Money.Zero, Money.Zero).Total);
    }
}
