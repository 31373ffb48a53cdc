using System;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

public sealed class PrintedFigureTests
{
    private static readonly FigureLocation At = new("test", "table", "row", "column");

    [Fact]
    public void Precision_comes_from_the_printed_decimals()
    {
        Assert.Equal(0.01m, PrintedFigure.Parse("30.89亿元", At).Precision);
        Assert.Equal(1m, PrintedFigure.Parse("84,555万元", At).Precision);
        Assert.Equal(0.01m, PrintedFigure.Parse("13089.20", At, FigureUnit.Wan).Precision); // trailing zero kept
        Assert.Equal(0.1m, PrintedFigure.Parse("16.2%", At).Precision);
    }

    [Fact]
    public void Nearest_rounding_stands_for_half_a_unit_either_side()
    {
        // zhuzhou-2021: 110.09% printed to 0.01% means [110.085%, 110.095%].
        PrintedFigure rate = PrintedFigure.Parse("110.09%", At);
        Assert.Equal(Fraction.Create(110085, 100000), rate.Interval.Low);
        Assert.Equal(Fraction.Create(110095, 100000), rate.Interval.High);
    }

    [Fact]
    public void Whole_counts_of_persons_are_exact_but_wan_persons_are_rounded()
    {
        PrintedFigure persons = PrintedFigure.Parse("3019813人", At);
        Assert.True(persons.IsExactCount);
        Assert.Equal(FigureInterval.Exactly(Fraction.FromInteger(3019813)), persons.Interval);
        PrintedFigure wan = PrintedFigure.Parse("72.74万人", At);
        Assert.False(wan.IsExactCount);
        Assert.Equal(Fraction.FromInteger(727350), wan.Interval.Low);
    }

    [Fact]
    public void Approximate_figures_widen_to_a_whole_unit_either_side()
    {
        // "约15个月": floor, nearest or ceiling may apply, so [14, 16].
        PrintedFigure months = PrintedFigure.Parse("约15个月", At);
        Assert.Equal(PrintRounding.Approximate, months.Rounding);
        Assert.Equal(FigureUnit.Months, months.Unit);
        Assert.Equal(Fraction.FromInteger(14), months.Interval.Low);
        Assert.Equal(Fraction.FromInteger(16), months.Interval.High);
        Assert.Equal(Fraction.FromInteger(15), months.IntervalFor(PrintRounding.Floor).Low);
        Assert.Equal(Fraction.FromInteger(16), months.IntervalFor(PrintRounding.Floor).High);
        Assert.Equal(Fraction.FromInteger(14), months.IntervalFor(PrintRounding.Ceiling).Low);
        Assert.Equal("约15个月", months.Text);
    }

    [Fact]
    public void Units_convert_to_base_values()
    {
        Assert.Equal(Fraction.FromInteger(3_089_000_000), PrintedFigure.Parse("30.89亿元", At).Value);
        Assert.Equal(Fraction.FromInteger(845_550_000), PrintedFigure.Parse("84,555万元", At).Value);
        Assert.Equal(Fraction.FromInteger(727_400), PrintedFigure.Parse("72.74万人", At).Value);
        Assert.Equal(Fraction.Create(-193, 10000), PrintedFigure.Parse("-1.93%", At).Value);
    }

    [Fact]
    public void Typed_accessors_return_Money_Rate_and_Headcount()
    {
        Assert.Equal(global::FundMath.Money.FromYuan(3_089_000_000), PrintedFigure.Parse("30.89亿元", At).ToMoney());
        Assert.Equal(Rate.FromPercent(110.09m), PrintedFigure.Parse("110.09%", At).ToRate());
        Assert.Equal(Headcount.FromPersons(727_400), PrintedFigure.Parse("72.74万人", At).ToHeadcount());
        Assert.Throws<InvalidOperationException>(() => PrintedFigure.Parse("110.09%", At).ToMoney());
        Assert.Throws<InvalidOperationException>(() => PrintedFigure.Parse("30.89亿元", At).ToRate());
    }

    [Fact]
    public void Bad_text_is_rejected_with_the_text_quoted()
    {
        FormatException noNumber = Assert.Throws<FormatException>(() => PrintedFigure.Parse("亿元", At));
        Assert.Contains("\"亿元\"", noNumber.Message, StringComparison.Ordinal);
        FormatException badUnit = Assert.Throws<FormatException>(() => PrintedFigure.Parse("30.89美元", At));
        Assert.Contains("unknown unit \"美元\"", badUnit.Message, StringComparison.Ordinal);
        FormatException noUnit = Assert.Throws<FormatException>(() => PrintedFigure.Parse("30.89", At));
        Assert.Contains("no unit", noUnit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_thousands_grouping_is_rejected_not_read_as_another_number()
    {
        // "1,46万元" is not 146万元: a separator must be followed by exactly three digits (the shared scanner's rule).
        FormatException e = Assert.Throws<FormatException>(() => PrintedFigure.Parse("1,46万元", At));
        Assert.Contains("\"1,46万元\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("position", e.Message, StringComparison.Ordinal);
        Assert.Equal(Fraction.FromInteger(845_550_000), PrintedFigure.Parse("84,555万元", At).Value); // base unit: 元
        Assert.Equal(Fraction.FromDecimal(-0.0193m), PrintedFigure.Parse("−1.93%", At).Value); // base unit: proportion
    }

    [Fact]
    public void Precision_must_not_be_negative_and_zero_means_exact()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new PrintedFigure(1m, FigureUnit.Yi, At, -0.01m));
        Assert.Contains("precision -0.01", e.Message, StringComparison.Ordinal);
        var exact = new PrintedFigure(0m, FigureUnit.Wan, At, 0m);
        Assert.True(exact.IsExact);
        Assert.Equal(FigureInterval.Exactly(Fraction.Zero), exact.Interval);
    }

    [Fact]
    public void A_dash_is_an_exact_zero_in_the_column_unit_and_reads_back_as_a_dash()
    {
        PrintedFigure dash = PrintedFigure.Parse("-", At, FigureUnit.Wan);
        Assert.True(dash.IsDash);
        Assert.Equal("-", dash.Text);
        Assert.Equal(FigureUnit.Wan, dash.Unit);
        Assert.Equal(FigureInterval.Exactly(Fraction.Zero), dash.Interval);
        Assert.Throws<FormatException>(() => PrintedFigure.Parse("-", At));
    }

    [Fact]
    public void Per_month_and_per_person_units_scale_like_their_amounts()
    {
        PrintedFigure monthly = PrintedFigure.Parse("1.29亿元/月", At);
        Assert.Equal(FigureUnit.YiPerMonth, monthly.Unit);
        Assert.Equal(Fraction.FromInteger(129_000_000), monthly.Value);
        Assert.Equal(Money.FromFen(12_900_000_000), monthly.ToMoney());
        Assert.Equal(FigureUnit.WanPerMonth, PrintedFigure.Parse("4,940.20万元/月", At).Unit);
        Assert.Equal(FigureUnit.YuanPerPersonMonth, PrintedFigure.Parse("5054元/人.月", At).Unit);
        Assert.Equal(Fraction.FromInteger(2_530_000_000), PrintedFigure.Parse("25.3亿人次", At).Value);
    }

    [Fact]
    public void Location_prints_its_path()
    {
        Assert.Equal("二(一)3 › 预算收入执行情况表 › 居民医保 › 执行率", new FigureLocation("二(一)3", "预算收入执行情况表", "居民医保", "执行率").ToString());
        Assert.Equal("二(一)3 正文", new FigureLocation("二(一)3 正文").ToString());
    }
}
