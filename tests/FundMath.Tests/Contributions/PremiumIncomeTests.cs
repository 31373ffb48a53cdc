using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Contributions;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class PremiumIncomeTests
{
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "职工医保(生育)缴费收入总额27.1亿元，比上年增加4.1亿元…征缴收入增加2.76亿元。二是征缴基数稳步增长。
    // 2020年缴费基数为4764元/人.月，2021年缴费基数为5054元/人.月…三是参保人数减少。2021年全市参保人数72.74万人，较上年同期减少2.2万人。"
    // The report does not publish the paying headcount or the effective rate. Worked example: take the insured headcount
    // as payers for 12 months and solve the effective rate from the income (2020: 23.00亿 = 27.10 − 4.10).
    private static (PayingPopulation Y2020, PayingPopulation Y2021) Seed()
    {
        Headcount n2020 = Headcount.FromPersons(749_400), n2021 = Headcount.FromPersons(727_400);
        Money b2020 = Money.FromYuan(4764), b2021 = Money.FromYuan(5054);
        Rate r2020 = Rate.Of(Money.Parse("23.00亿元"), b2020 * n2020 * 12);
        Rate r2021 = Rate.Of(Money.Parse("27.10亿元"), b2021 * n2021 * 12);
        return (new PayingPopulation(n2020, 12, b2020, r2020), new PayingPopulation(n2021, 12, b2021, r2021));
    }

    [Fact]
    public void Implied_effective_rates_reproduce_the_printed_incomes()
    {
        (PayingPopulation p0, PayingPopulation p1) = Seed();
        Assert.Equal(Money.Parse("23.00亿元"), p0.Income(HalfUp));
        Assert.Equal(Money.Parse("27.10亿元"), p1.Income(HalfUp));
        Assert.Equal(5.37m, p0.Rate.ToPercent(2, HalfUp)); // 718750/13388031 = 5.3686%
        Assert.Equal(6.14m, p1.Rate.ToPercent(2, HalfUp)); // 1693750/27572097 = 6.1430%
    }

    [Fact]
    public void Seed_narrative_decomposed_with_Shapley_adds_up_to_4_1_yi()
    {
        (PayingPopulation p0, PayingPopulation p1) = Seed();
        PremiumIncomeChange c = PremiumIncome.Decompose(p0, p1, DecompositionMethod.Shapley, HalfUp);
        Assert.Equal(Money.Parse("4.10亿元"), c.Change);
        Assert.Equal(c.Change, c.HeadcountEffect + c.BaseEffect + c.RateEffect);
        // Exact effects (python fractions): headcount −0.74643108亿, base +1.47853306亿, rate +3.36789802亿.
        Assert.Equal("-0.75亿元", c.HeadcountEffect.ToString("F2亿元", null));
        Assert.Equal("1.48亿元", c.BaseEffect.ToString("F2亿元", null));
        Assert.Equal("3.37亿元", c.RateEffect.ToString("F2亿元", null));
        // The report attributes 2.76亿 to restored rates; with the insured as payers the rate effect is 3.37亿. The
        // 0.61亿 gap cannot be closed from the published figures (payers ≠ insured: retirees pay nothing; arrears).
        Assert.NotEqual(Money.Parse("2.76亿元"), c.RateEffect.RoundTo(MoneyUnit.Yi, 2, HalfUp));
    }

    [Fact]
    public void Sequential_decomposition_differs_by_order_but_still_adds_up()
    {
        (PayingPopulation p0, PayingPopulation p1) = Seed();
        PremiumIncomeChange c = PremiumIncome.Decompose(p0, p1, DecompositionMethod.Sequential, HalfUp);
        Assert.Equal(c.Change, c.HeadcountEffect + c.BaseEffect + c.RateEffect);
        Assert.Equal("-0.68亿元", c.HeadcountEffect.ToString("F2亿元", null)); // ΔN·B₀·r₀ = −0.67520683亿
        Assert.Equal("3.42亿元", c.RateEffect.ToString("F2亿元", null));      // N₁·B₁·Δr = 3.41622488亿
    }

    [FundMathProperty]
    public Property Effects_add_up_exactly_to_the_change_for_any_populations()
    {
        Arbitrary<(DecompositionMethod, MidpointRounding)> options = Arb.From(
            from method in Gen.Elements(DecompositionMethod.Shapley, DecompositionMethod.Sequential)
            from mode in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity)
            select (method, mode));
        return Prop.ForAll(ContributionArbitraries.PayingPopulation(), ContributionArbitraries.PayingPopulation(), options, (p0, p1, o) =>
        {
            (DecompositionMethod method, MidpointRounding mode) = o;
            PremiumIncomeChange c = PremiumIncome.Decompose(p0, p1, method, mode);
            return c.HeadcountEffect + c.BaseEffect + c.RateEffect == c.Current - c.Previous
                && c.Previous == p0.Income(mode) && c.Current == p1.Income(mode);
        });
    }

    [FundMathProperty]
    public Property Shapley_effects_are_zero_for_unchanged_factors_and_within_a_fen_of_exact()
    {
        return Prop.ForAll(ContributionArbitraries.PayingPopulation(), ContributionArbitraries.ContributionRate(), (p0, r1) =>
        {
            // Only the rate changes: headcount and base effects are zero, the rate effect is the whole change.
            var p1 = new PayingPopulation(p0.Persons, p0.Months, p0.AverageBase, r1);
            PremiumIncomeChange c = PremiumIncome.Decompose(p0, p1, DecompositionMethod.Shapley, HalfUp);
            return c.HeadcountEffect.IsZero && c.BaseEffect.IsZero && c.RateEffect == c.Change;
        });
    }

    [Fact]
    public void Per_person_annual_income_rounds_each_month()
    {
        // 5,054 × 8.7% = 439.698 → 439.70 × 12 = 5,276.40; 3,032.40 × 8.7% = 263.8188 → 263.82 × 6 = 1,582.92.
        Money[] bases = [Money.FromYuan(5054), Money.FromYuan(3032.40m)];
        int[] months = [12, 6];
        Assert.Equal(Money.FromYuan(6859.32m), PremiumIncome.Annual(bases, months, Rate.FromPercent(8.7m), HalfUp));
    }

    [Fact]
    public void A_person_with_more_than_12_months_is_rejected()
    {
        Money[] bases = [Money.FromYuan(5054), Money.FromYuan(5054)];
        int[] months = [12, 13];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumIncome.Annual(bases, months, Rate.FromPercent(2), HalfUp));
        Assert.Contains("months[1] 13 is outside 0–12", ex.Message, StringComparison.Ordinal);
        var pop = Assert.Throws<ArgumentOutOfRangeException>(() => new PayingPopulation(Headcount.FromPersons(10), 13, Money.FromYuan(5054), Rate.FromPercent(2)));
        Assert.Equal("months", pop.ParamName);
        Assert.Contains("months 13", pop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_gives_the_three_effects_and_the_method()
    {
        (PayingPopulation p0, PayingPopulation p1) = Seed();
        string text = PremiumIncome.Explain(p0, p1, DecompositionMethod.Shapley, HalfUp).ToText();
        Assert.Contains("征缴收入变动 (premium income change) = 410000000.00元", text, StringComparison.Ordinal);
        Assert.Contains("Shapley", text, StringComparison.Ordinal);
        Assert.Contains("largest remainder", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_allocates_nothing()
    {
        (PayingPopulation p0, PayingPopulation p1) = Seed();
        Allocations.AssertZero(() => PremiumIncome.Decompose(p0, p1, DecompositionMethod.Shapley, HalfUp), "PremiumIncome.Decompose");
    }
}
