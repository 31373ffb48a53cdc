using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class PremiumBaseTests
{
    // 丽水市全面做实基本医疗保险市级统筹实施方案 二.2: "低于上一年度全省社会单位就业人员月平均工资60%的，按照60%确定；高于…300%的，按照300%确定".
    // The reference wage 5,054元 is illustrative (株洲市's 2021 average premium base, 株洲市2021年年度医疗保险基金财务报表及运行分析报告).
    private static readonly Citation Plan = new("丽水市医疗保障市级统筹实施方案", clause: "二.2");
    private static readonly PremiumBasePolicy Band = new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300), Plan);

    [Fact]
    public void Band_is_60_and_300_percent_of_the_reference_wage()
    {
        Assert.Equal(Money.FromYuan(3032.40m), Band.Floor); // 5,054 × 60% = 3,032.40
        Assert.Equal(Money.FromYuan(15162), Band.Cap);      // 5,054 × 300% = 15,162.00
    }

    [Fact]
    public void Person_at_50_percent_is_raised_to_the_floor()
    {
        PremiumBaseResult r = PremiumBase.Compute(Money.FromYuan(2527), Band); // 50% of 5,054
        Assert.Equal(Money.FromYuan(3032.40m), r.Base);
        Assert.Equal(Bound.Floor, r.Bound);
    }

    [Fact]
    public void Person_at_100_percent_keeps_the_own_wage()
    {
        PremiumBaseResult r = PremiumBase.Compute(Money.FromYuan(5054), Band);
        Assert.Equal(Money.FromYuan(5054), r.Base);
        Assert.Equal(Bound.None, r.Bound);
    }

    [Fact]
    public void Person_at_350_percent_is_capped_at_300_percent()
    {
        PremiumBaseResult r = PremiumBase.Compute(Money.FromYuan(17689), Band); // 350% of 5,054
        Assert.Equal(Money.FromYuan(15162), r.Base);
        Assert.Equal(Bound.Cap, r.Bound);
    }

    [Fact]
    public void Wages_exactly_on_the_band_edges_are_not_bound()
    {
        Assert.Equal(Bound.None, PremiumBase.Compute(Band.Floor, Band).Bound);
        Assert.Equal(Bound.None, PremiumBase.Compute(Band.Cap, Band).Bound);
    }

    [Fact]
    public void Employer_wage_total_is_the_sum_of_clamped_bases()
    {
        // 3,032.40 + 5,054.00 + 15,162.00 = 23,248.40 (not the raw wages' 25,270.00).
        Money[] wages = [Money.FromYuan(2527), Money.FromYuan(5054), Money.FromYuan(17689)];
        Assert.Equal(Money.FromYuan(23248.40m), PremiumBase.EmployerWageTotal(wages, Band));
        var bases = new Money[3];
        PremiumBaseSummary s = PremiumBase.Compute(wages, Band, bases);
        Assert.Equal(new PremiumBaseSummary(3, Money.FromYuan(23248.40m), 1, 1), s);
        Assert.Equal([Money.FromYuan(3032.40m), Money.FromYuan(5054), Money.FromYuan(15162)], bases);
    }

    [Fact]
    public void Floor_rounds_up_and_cap_rounds_down_by_default()
    {
        // 5,054.37 × 60% = 3,032.622 → 3,032.63 (ToPositiveInfinity: never below 60%);
        // 5,054.37 × 333.34% = 16,848.236958 → 16,848.23 (ToNegativeInfinity: never above the cap ratio).
        var p = new PremiumBasePolicy(Money.FromYuan(5054.37m), Rate.FromPercent(60), Rate.FromPercent(333.34m));
        Assert.Equal(Money.FromYuan(3032.63m), p.Floor);
        Assert.Equal(Money.FromYuan(16848.23m), p.Cap);
        var halfUp = new PremiumBasePolicy(Money.FromYuan(5054.37m), Rate.FromPercent(60), Rate.FromPercent(333.34m), MidpointRounding.AwayFromZero, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.FromYuan(3032.62m), halfUp.Floor);
        Assert.Equal(Money.FromYuan(16848.24m), halfUp.Cap);
    }

    [Fact]
    public void Published_amounts_can_be_used_directly()
    {
        PremiumBasePolicy p = PremiumBasePolicy.FromAmounts(Money.FromYuan(3924), Money.FromYuan(19620));
        Assert.Equal(Money.FromYuan(3924), PremiumBase.Compute(Money.FromYuan(100), p).Base);
    }

    [Fact]
    public void Negative_wage_is_rejected_with_its_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.Compute(Money.FromYuan(-1), Band));
        Assert.Equal("wage", ex.ParamName);
        Assert.Contains("-1.00元", ex.Message, StringComparison.Ordinal);
        Money[] wages = [Money.FromYuan(1), Money.FromYuan(-2)];
        var batch = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.Compute(wages, Band, new Money[2]));
        Assert.Contains("wages[1] -2.00元", batch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5054)]
    public void Reference_wage_must_be_positive(long yuan)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromYuan(yuan), Rate.FromPercent(60), Rate.FromPercent(300)));
        Assert.Equal("referenceMonthlyWage", ex.ParamName);
        Assert.Contains($"{yuan}.00元", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floor_above_cap_is_rejected_naming_both_ratios()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(300), Rate.FromPercent(60)));
        Assert.Equal("floorRatio", ex.ParamName);
        Assert.Contains("floorRatio 300.00% exceeds capRatio 60.00%", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_ratio_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(-10), Rate.FromPercent(300)));
        Assert.Equal("floorRatio", ex.ParamName);
        Assert.Contains("-10.00%", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_names_the_band_its_source_and_the_bound()
    {
        string text = PremiumBase.Explain(Money.FromYuan(17689), Band).ToText();
        Assert.Contains("缴费基数 (premium base) = 15162.00元", text, StringComparison.Ordinal);
        Assert.Contains("above the cap", text, StringComparison.Ordinal);
        Assert.Contains("丽水市医疗保障市级统筹实施方案", text, StringComparison.Ordinal);
        Assert.Contains("ToNegativeInfinity", text, StringComparison.Ordinal);
    }

    [FundMathProperty]
    public Property Clamped_base_is_inside_the_band_idempotent_and_monotone()
    {
        return Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.Wage(), ContributionArbitraries.PremiumBasePolicy(), (a, b, p) =>
        {
            PremiumBaseResult ra = PremiumBase.Compute(a, p);
            PremiumBaseResult rb = PremiumBase.Compute(b, p);
            bool inside = ra.Base >= p.Floor && ra.Base <= p.Cap;
            bool idempotent = PremiumBase.Compute(ra.Base, p).Base == ra.Base;
            bool monotone = (a <= b) == (a <= b && ra.Base <= rb.Base) || a > b;
            bool bound = ra.Bound == (a < p.Floor ? Bound.Floor : a > p.Cap ? Bound.Cap : Bound.None);
            return inside && idempotent && monotone && bound;
        });
    }

    [FundMathProperty(MaxTest = 300)]
    public Property Batch_equals_the_per_person_form()
    {
        return Prop.ForAll(ContributionArbitraries.Wages(), ContributionArbitraries.PremiumBasePolicy(), (wages, p) =>
        {
            var bases = new Money[wages.Length];
            PremiumBaseSummary s = PremiumBase.Compute(wages, p, bases);
            long total = 0;
            int floor = 0, cap = 0;
            for (int i = 0; i < wages.Length; i++)
            {
                PremiumBaseResult r = PremiumBase.Compute(wages[i], p);
                if (r.Base != bases[i])
                {
                    return false;
                }

                total += r.Base.Fen;
                floor += r.Bound == Bound.Floor ? 1 : 0;
                cap += r.Bound == Bound.Cap ? 1 : 0;
            }

            return s == new PremiumBaseSummary(wages.Length, Money.FromFen(total), floor, cap)
                && PremiumBase.EmployerWageTotal(wages, p) == s.WageTotal;
        });
    }

    [Fact]
    public void Batch_allocates_nothing()
    {
        var wages = new Money[1000];
        for (int i = 0; i < wages.Length; i++)
        {
            wages[i] = Money.FromFen(i * 3_000L);
        }

        var bases = new Money[1000];
        PremiumBasePolicy band = Band;
        Allocations.AssertZero(() => PremiumBase.Compute(wages, band, bases), "PremiumBase.Compute(span)", 50);
        Allocations.AssertZero(() => PremiumBase.EmployerWageTotal(wages, band), "PremiumBase.EmployerWageTotal", 50);
        Allocations.AssertZero(() => PremiumBase.Compute(wages[7], band), "PremiumBase.Compute(scalar)");
    }
}
