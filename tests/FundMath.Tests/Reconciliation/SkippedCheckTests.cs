using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// A relation that cannot be evaluated — its divisor's interval contains zero — is listed as not checked with the
/// formula and the reason, never skipped in silence (the run would otherwise say "0 checks run" and nothing else).
/// </summary>
public sealed class SkippedCheckTests
{
    private static PrintedFigure F(string text, string column) =>
        PrintedFigure.Parse(text, new FigureLocation("s", "t", "r", column));

    [Fact]
    public void A_quotient_over_a_denominator_that_may_be_zero_is_not_checked_with_the_reason()
    {
        // 0.00亿元 stands for [−0.005, 0.005]亿元, which contains 0: 1.00 / it has no interval.
        var report = new ReportDocument("t") { Quotients = [new QuotientFigure("人均", F("1.00亿元", "分子"), F("0.00亿元", "分母"), F("50.00%", "商"))] };
        ReconciliationResult result = ReportChecker.Check(report);
        Assert.Equal(0, result.ChecksRun);
        UncheckedFigure skipped = Assert.Single(result.Unchecked);
        Assert.Equal("50.00%", skipped.Figure.Text);
        Assert.Equal($"人均 = 分子 / 分母: the denominator 0.00亿元 ({new FigureLocation("s", "t", "r", "分母")}) may be zero at its printed precision, so the quotient is not checked", skipped.Reason);
    }

    [Fact]
    public void A_growth_over_a_previous_figure_that_may_be_zero_is_not_checked_with_the_reason()
    {
        var overPrevious = new YearOnYearFigure("住院", F("12.47亿元", "current")) { Previous = F("0.00亿元", "previous"), Growth = F("5.8%", "growth") };
        UncheckedFigure a = Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", overPrevious, [])] }).Unchecked);
        Assert.Equal($"住院 同比增长率 = 本期 / 上期 − 1: the previous figure 0.00亿元 ({new FigureLocation("s", "t", "r", "previous")}) may be zero at its printed precision, so the growth rate is not checked", a.Reason);

        // previous = current − change = 0.69 − 0.69, an interval around 0.
        var overChange = new YearOnYearFigure("住院", F("0.69亿元", "current")) { Change = F("0.69亿元", "change"), Growth = F("5.8%", "growth") };
        UncheckedFigure b = Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", overChange, [])] }).Unchecked);
        Assert.Equal("住院 同比增长率 = 增减额 / (本期 − 增减额): 本期 0.69亿元 − 增减额 0.69亿元 may be zero at the printed precision, so the growth rate is not checked", b.Reason);
    }

    [Fact]
    public void A_total_growth_whose_part_has_no_previous_figure_is_not_checked_with_the_reason()
    {
        var total = new YearOnYearFigure("合计", F("3.00亿元", "current")) { Growth = F("5.0%", "growth") };
        var known = new YearOnYearFigure("住院", F("2.00亿元", "current")) { Growth = F("5.0%", "growth") };
        var unknown = new YearOnYearFigure("门诊", F("1.00亿元", "current"));
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", total, [known, unknown])] });
        // Each growth without its previous figure is listed for itself; the total's growth also for the group relation.
        UncheckedFigure skipped = Assert.Single(result.Unchecked, u => u.Reason.StartsWith("g: ", System.StringComparison.Ordinal));
        Assert.Equal("g: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: 门诊 prints neither its previous figure nor its growth, so the total's growth rate is not checked", skipped.Reason);
    }
}
