using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Testing;
using FundMath.Tests.Support;
using NodaTime;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

public sealed class EmployeeContributionTests
{
    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "2021年恢复正常缴费率（单位缴费率8.7%）"; lishui plan: "生育保险费率统一为0.5%".
    // We read 8.7% as 8.2% medical + 0.5% maternity merged (国办发〔2019〕10号); individual 2% (国发〔1998〕44号).
    private static readonly EmployeeRates Rates2021 = new(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // "从2020年2月至6月起…单位缴费比例由调整前8%减至4%" (株洲市2021年年度医疗保险基金财务报表及运行分析报告).
    private static readonly Citation Relief2020 = new("医保发〔2020〕6号", "关于阶段性减征职工基本医疗保险费的指导意见");

    private static EmployeeRateSchedule Schedule() => new(
        new RateSchedule([new DatedRate(new YearMonth(2019, 1), Rate.FromPercent(8)), new DatedRate(new YearMonth(2021, 1), Rate.FromPercent(8.2m))]),
        RateSchedule.Constant(Rate.FromPercent(0.5m), new YearMonth(2019, 1)),
        RateSchedule.Constant(Rate.FromPercent(2), new YearMonth(2019, 1)),
        [ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4), Relief2020)]);

    [Fact]
    public void Employer_rate_merges_maternity()
    {
        Assert.Equal(Rate.FromPercent(8.7m), Rates2021.Employer);
    }

    [Fact]
    public void Employer_total_of_three_staff_round_each_then_sum()
    {
        // Bases 3,032.40 / 5,054.00 / 15,162.00 (persons at 50%, 100%, 350% of 5,054):
        // employer 8.7%: 263.8188→263.82, 439.698→439.70, 1,319.094→1,319.09 = 2,022.61;
        // maternity 0.5%: 15.162→15.16, 25.27, 75.81 = 116.24; individual 2%: 60.648→60.65, 101.08, 303.24 = 464.97.
        Money[] bases = [Money.FromYuan(3032.40m), Money.FromYuan(5054), Money.FromYuan(15162)];
        var employer = new Money[3];
        var individual = new Money[3];
        ContributionTotals t = EmployeeContribution.ForMonth(bases, Rates2021, HalfUp, employer, individual);
        Assert.Equal([Money.FromYuan(263.82m), Money.FromYuan(439.70m), Money.FromYuan(1319.09m)], employer);
        Assert.Equal(Money.FromYuan(2022.61m), t.Employer);
        Assert.Equal(Money.FromYuan(116.24m), t.Maternity);
        Assert.Equal(Money.FromYuan(464.97m), t.Individual);
        Assert.Equal(Money.FromYuan(23248.40m), t.BaseTotal);
        Assert.Equal(Money.FromYuan(2487.58m), t.Total);
    }

    [Fact]
    public void Sum_then_round_can_differ_from_round_each_then_sum()
    {
        // Two persons at 100.05元 × 2% = 2.001 → 2.00 each → 4.00; the total 200.10 × 2% = 4.002 → 4.00 (same);
        // three persons at 100.25元 × 2% = 2.005 → 2.01 each = 6.03; the total 300.75 × 2% = 6.015 → 6.02.
        Money[] bases = [Money.FromYuan(100.25m), Money.FromYuan(100.25m), Money.FromYuan(100.25m)];
        ContributionTotals each = EmployeeContribution.ForMonth(bases, Rates2021, HalfUp, new Money[3], new Money[3]);
        ContributionTotals once = EmployeeContribution.FromWageTotal(Money.FromYuan(300.75m), Rates2021, HalfUp);
        Assert.Equal(Money.FromYuan(6.03m), each.Individual);
        Assert.Equal(Money.FromYuan(6.02m), once.Individual);
    }

    [Fact]
    public void Maternity_is_part_of_the_employer_amount()
    {
        EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(Money.FromYuan(5054), Rates2021, HalfUp);
        Assert.Equal(Money.FromYuan(439.70m), c.Employer);   // 5,054 × 8.7% = 439.698
        Assert.Equal(Money.FromYuan(25.27m), c.Maternity);   // 5,054 × 0.5%
        Assert.Equal(Money.FromYuan(414.43m), c.EmployerMedical);
        Assert.Equal(Money.FromYuan(101.08m), c.Individual); // 5,054 × 2%
    }

    [Fact]
    public void Relief_February_to_June_2020_halves_the_employer_medical_rate()
    {
        // Normal month: 5,054 × (8% + 0.5%) = 429.59; relief month: 5,054 × (4% + 0.5%) = 227.43.
        // 2020: 7 × 429.59 + 5 × 227.43 = 3,007.13 + 1,137.15 = 4,144.28; relieved 5 × 202.16 = 1,010.80.
        EmployeePeriodContribution y2020 = EmployeeContribution.ForPeriod(Money.FromYuan(5054), Schedule(), ReportingPeriod.OfYear(2020), HalfUp);
        Assert.Equal(Money.FromYuan(4144.28m), y2020.Charged.Employer);
        Assert.Equal(Money.FromYuan(1010.80m), y2020.EmployerRelieved);
        Assert.Equal(5, y2020.ReliefMonths);
        Assert.Equal(Money.FromYuan(1212.96m), y2020.Charged.Individual); // 12 × 101.08

        // H1 2020 holds all five relief months; H2 none; 2021 restored at 8.7%: 12 × 439.70 = 5,276.40.
        Assert.Equal(5, EmployeeContribution.ForPeriod(Money.FromYuan(5054), Schedule(), ReportingPeriod.OfHalfYear(2020, 1), HalfUp).ReliefMonths);
        Assert.Equal(Money.Zero, EmployeeContribution.ForPeriod(Money.FromYuan(5054), Schedule(), ReportingPeriod.OfHalfYear(2020, 2), HalfUp).EmployerRelieved);
        Assert.Equal(Money.FromYuan(5276.40m), EmployeeContribution.ForPeriod(Money.FromYuan(5054), Schedule(), ReportingPeriod.OfYear(2021), HalfUp).Charged.Employer);
    }

    [Fact]
    public void Period_explanation_shows_relief_months_and_citation()
    {
        string text = EmployeeContribution.Explain(Money.FromYuan(5054), Schedule(), ReportingPeriod.OfYear(2020), HalfUp).ToText();
        Assert.Contains("阶段性减征: employer 8.00% → 4.00%", text, StringComparison.Ordinal);
        Assert.Contains("relieved 1010.80元", text, StringComparison.Ordinal);
        string month = EmployeeContribution.Explain(Money.FromYuan(5054), Rates2021, HalfUp).ToText();
        Assert.Contains("其中生育保险费 (of which maternity) = 25.27元", month, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Rate_outside_0_to_100_percent_is_rejected(double percent)
    {
        Rate r = Rate.FromPercent((decimal)percent);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EmployeeRates(r, Rate.Zero, Rate.FromPercent(2)));
        Assert.Equal("employerMedical", ex.ParamName);
        Assert.Contains("is outside 0%–100%", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RateSchedule.Constant(r, new YearMonth(2021, 1)));
    }

    [Fact]
    public void Schedule_months_must_increase_and_cover_the_month_asked()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RateSchedule([new DatedRate(new YearMonth(2021, 1), Rate.FromPercent(8)), new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(8))]));
        Assert.Contains("entries[1] effective 2020-01 is not after entries[0] effective 2021-01", ex.Message, StringComparison.Ordinal);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => RateSchedule.Constant(Rate.FromPercent(8), new YearMonth(2021, 1)).RateAt(new YearMonth(2020, 12)));
        Assert.Contains("month 2020-12 is before the first rate", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inverted_relief_window_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReliefWindow.FromMonths(new YearMonth(2021, 3), new YearMonth(2020, 4), Rate.FromPercent(6), Rate.FromPercent(3)));
        Assert.Contains("2021-03", ex.Message, StringComparison.Ordinal);
        Assert.Contains("inverted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relief_that_raises_a_rate_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3), Rate.FromPercent(6), Rate.FromPercent(7)));
        Assert.Contains("reliefRate 7.00% exceeds normalRate 6.00%", ex.Message, StringComparison.Ordinal);
    }

    [FundMathProperty]
    public Property Contributions_are_monotone_in_the_base()
    {
        return Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.Wage(), ContributionArbitraries.EmployeeRates(), (a, b, r) =>
        {
            (Money lo, Money hi) = a <= b ? (a, b) : (b, a);
            EmployeeMonthlyContribution cl = EmployeeContribution.ForMonth(lo, r, HalfUp);
            EmployeeMonthlyContribution ch = EmployeeContribution.ForMonth(hi, r, HalfUp);
            return cl.Employer <= ch.Employer && cl.Individual <= ch.Individual && cl.Maternity <= ch.Maternity;
        });
    }

    [FundMathProperty(MaxTest = 300)]
    public Property Batch_equals_the_per_person_form_and_sum_then_round_is_within_half_a_fen_per_person()
    {
        return Prop.ForAll(ContributionArbitraries.Wages(), ContributionArbitraries.EmployeeRates(), (bases, r) =>
        {
            var e = new Money[bases.Length];
            var i = new Money[bases.Length];
            ContributionTotals t = EmployeeContribution.ForMonth(bases, r, HalfUp, e, i);
            long se = 0, si = 0, sm = 0, sb = 0;
            for (int k = 0; k < bases.Length; k++)
            {
                EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(bases[k], r, HalfUp);
                if (c.Employer != e[k] || c.Individual != i[k])
                {
                    return false;
                }

                se += c.Employer.Fen;
                si += c.Individual.Fen;
                sm += c.Maternity.Fen;
                sb += bases[k].Fen;
            }

            ContributionTotals once = EmployeeContribution.FromWageTotal(Money.FromFen(sb), r, HalfUp);
            long tolerance = (bases.Length / 2) + 1;
            return t.Employer.Fen == se && t.Individual.Fen == si && t.Maternity.Fen == sm && t.BaseTotal.Fen == sb
                && Math.Abs(once.Employer.Fen - se) <= tolerance && Math.Abs(once.Individual.Fen - si) <= tolerance;
        });
    }

    [FundMathProperty]
    public Property A_relief_never_raises_a_contribution_and_a_period_is_the_sum_of_its_months()
    {
        Arbitrary<ReportingPeriod> periods = Arb.From(
            from year in Gen.Choose(2019, 2022)
            from kind in Gen.Elements(0, 1, 2, 3)
            from index in Gen.Choose(1, 12)
            select kind switch
            {
                0 => ReportingPeriod.OfYear(year),
                1 => ReportingPeriod.OfHalfYear(year, ((index - 1) % 2) + 1),
                2 => ReportingPeriod.OfQuarter(year, ((index - 1) % 4) + 1),
                _ => ReportingPeriod.OfMonth(year, index),
            });
        return Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.ReliefWindow(), periods, (b, w, p) =>
        {
            var schedule = new EmployeeRateSchedule(
                RateSchedule.Constant(w.NormalRate, new YearMonth(2019, 1)),
                RateSchedule.Constant(Rate.FromPercent(0.5m), new YearMonth(2019, 1)),
                RateSchedule.Constant(Rate.FromPercent(2), new YearMonth(2019, 1)),
                [w]);
            var noRelief = new EmployeeRateSchedule(schedule.EmployerMedical, schedule.Maternity, schedule.Individual);
            EmployeePeriodContribution with = EmployeeContribution.ForPeriod(b, schedule, p, HalfUp);
            EmployeePeriodContribution without = EmployeeContribution.ForPeriod(b, noRelief, p, HalfUp);
            long months = 0;
            foreach (YearMonth m in p.Months)
            {
                months += EmployeeContribution.ForPeriod(b, schedule, ReportingPeriod.OfMonth(m), HalfUp).Charged.Employer.Fen;
            }

            return with.Charged.Employer <= without.Charged.Employer
                && with.Charged.Employer + with.EmployerRelieved == without.Charged.Employer
                && months == with.Charged.Employer.Fen
                && with.ReliefMonths == w.Window.CoveredMonths(p) * (w.ReliefRate == w.NormalRate ? 0 : 1);
        });
    }

    [Fact]
    public void Per_month_and_batch_forms_allocate_nothing()
    {
        var bases = new Money[1000];
        for (int k = 0; k < bases.Length; k++)
        {
            bases[k] = Money.FromFen(300_000 + (k * 1_001L));
        }

        var e = new Money[1000];
        var i = new Money[1000];
        EmployeeRates r = Rates2021;
        EmployeeRateSchedule s = Schedule();
        Allocations.AssertZero(() => EmployeeContribution.ForMonth(bases, r, HalfUp, e, i), "EmployeeContribution.ForMonth(span)", 50);
        Allocations.AssertZero(() => EmployeeContribution.ForMonth(bases[3], r, HalfUp), "EmployeeContribution.ForMonth(scalar)");
        Allocations.AssertZero(() => EmployeeContribution.ForPeriod(bases[3], s, ReportingPeriod.OfYear(2020), HalfUp), "EmployeeContribution.ForPeriod");
    }
}

public sealed class ContributionRoundingTests
{
    [FundMathProperty]
    public Property Fast_64_bit_path_agrees_with_the_exact_Int128_product_for_every_mode()
    {
        Arbitrary<MidpointRounding> modes = Arb.From(Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity));
        return Prop.ForAll(ContributionArbitraries.Wage(), ContributionArbitraries.EmployeeRates(), modes, (b, r, mode) =>
        {
            EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(b, r, mode);
            return c.Employer == b.Multiply(r.Employer, mode)
                && c.Individual == b.Multiply(r.Individual, mode)
                && c.Maternity == b.Multiply(r.Maternity, mode);
        });
    }

    [Fact]
    public void Half_fen_cases_follow_the_named_mode()
    {
        // 100.25元 × 2% = 2.005元: AwayFromZero 2.01, ToEven 2.00, ToZero 2.00, ToPositiveInfinity 2.01.
        var r = new EmployeeRates(Rate.Zero, Rate.Zero, Rate.FromPercent(2));
        Money b = Money.FromYuan(100.25m);
        Assert.Equal(Money.FromYuan(2.01m), EmployeeContribution.ForMonth(b, r, MidpointRounding.AwayFromZero).Individual);
        Assert.Equal(Money.FromYuan(2.00m), EmployeeContribution.ForMonth(b, r, MidpointRounding.ToEven).Individual);
        Assert.Equal(Money.FromYuan(2.00m), EmployeeContribution.ForMonth(b, r, MidpointRounding.ToZero).Individual);
        Assert.Equal(Money.FromYuan(2.01m), EmployeeContribution.ForMonth(b, r, MidpointRounding.ToPositiveInfinity).Individual);
    }
}
