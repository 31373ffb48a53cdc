using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Contributions;
using FundMath.Testing;
using FundMath.Tests.Support;
using NodaTime;

namespace FundMath.Tests.Contributions;

using Money = FundMath.Money;

/// <summary>
/// Every batch path (AVX-512, AVX2, scalar lanes — each one this CPU runs — and the exact path beyond the headroom)
/// against the exact scalar reference: the scalar API applied person by person (Int128 products through
/// IntegerRounding, checked sums). Inputs cross the kernels' block and vector boundaries and sit on the headroom
/// edges (0, 1 fen, 2³¹ ± 1, 2³² ± 1, 2⁵³ ± 1, long.MaxValue / 100); every rounding mode. Where the reference
/// overflows, the batch must throw OverflowException too — never wrap.
/// </summary>
public class ContributionBatchTests
{
    private static readonly BatchPath[] Paths = BatchPaths.Supported();

    private static Arbitrary<(EmployeeRates Rates, MidpointRounding Mode)> RatesAndMode() =>
        Arb.From(BatchArbitraries.EmployeeRates().Generator.Zip(ValueArbitraries.MidpointRounding().Generator));

    // ---- the exact references ------------------------------------------------------------------------------

    private sealed record PayrollReference(long[] Bases, long[] Employer, long[] Individual, long SumBases, long SumEmployer, long SumMaternity, long SumIndividual, int AtFloor, int AtCap);

    private static Attempt<PayrollReference> ReferencePayroll(Money[] wages, PremiumBasePolicy band, EmployeeRates rates, MidpointRounding mode, bool clamp) => Attempt.Of(() =>
    {
        int n = wages.Length;
        long[] b = new long[n], e = new long[n], p = new long[n];
        long sb = 0, se = 0, sm = 0, sp = 0;
        int atFloor = 0, atCap = 0;
        for (int i = 0; i < n; i++)
        {
            Money @base = wages[i];
            if (clamp)
            {
                PremiumBaseResult r = PremiumBase.Compute(wages[i], band);
                @base = r.Base;
                atFloor += r.Bound == Bound.Floor ? 1 : 0;
                atCap += r.Bound == Bound.Cap ? 1 : 0;
            }

            EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(@base, rates, mode);
            b[i] = @base.Fen;
            e[i] = c.Employer.Fen;
            p[i] = c.Individual.Fen;
            sb = checked(sb + @base.Fen);
            se = checked(se + c.Employer.Fen);
            sm = checked(sm + c.Maternity.Fen);
            sp = checked(sp + c.Individual.Fen);
        }

        return new PayrollReference(b, e, p, sb, se, sm, sp, atFloor, atCap);
    });

    private static long[] Fen(Money[] m) => Array.ConvertAll(m, x => x.Fen);

    // ---- fused payroll: premium base + contributions ------------------------------------------------------

    [FundMathProperty]
    public Property ForPayroll_on_every_path_equals_the_scalar_reference_person_by_person() =>
        Prop.ForAll(BatchArbitraries.Wages(), BatchArbitraries.Band(), RatesAndMode(), (wages, band, rm) =>
        {
            Attempt<PayrollReference> expected = ReferencePayroll(wages, band, rm.Rates, rm.Mode, clamp: true);
            return Paths.All(path =>
            {
                Money[] b = new Money[wages.Length], e = new Money[wages.Length], p = new Money[wages.Length];
                Attempt<PayrollContributions> actual = Attempt.Of(() => EmployeeContribution.ForPayroll(wages, band, rm.Rates, rm.Mode, b, e, p, path));
                return expected.Matches(actual, (x, a) =>
                    x.Bases.AsSpan().SequenceEqual(Fen(b)) && x.Employer.AsSpan().SequenceEqual(Fen(e)) && x.Individual.AsSpan().SequenceEqual(Fen(p))
                    && a.Bases.WageTotal.Fen == x.SumBases && a.Contributions.BaseTotal.Fen == x.SumBases
                    && a.Contributions.Employer.Fen == x.SumEmployer && a.Contributions.Maternity.Fen == x.SumMaternity
                    && a.Contributions.Individual.Fen == x.SumIndividual && a.Bases.AtFloor == x.AtFloor && a.Bases.AtCap == x.AtCap
                    && a.Bases.Persons == wages.Length && a.Contributions.Persons == wages.Length);
            });
        });

    [FundMathProperty]
    public Property ForPayroll_equals_PremiumBase_then_ForMonth() =>
        Prop.ForAll(BatchArbitraries.VectorRangeWages(), BatchArbitraries.Band(), RatesAndMode(), (wages, band, rm) =>
        {
            int n = wages.Length;
            Money[] b1 = new Money[n], e1 = new Money[n], p1 = new Money[n], b2 = new Money[n], e2 = new Money[n], p2 = new Money[n];
            Attempt<PayrollContributions> fused = Attempt.Of(() => EmployeeContribution.ForPayroll(wages, band, rm.Rates, rm.Mode, b1, e1, p1));
            Attempt<ContributionTotals> staged = Attempt.Of(() =>
            {
                PremiumBase.Compute(wages, band, b2);
                return EmployeeContribution.ForMonth(b2, rm.Rates, rm.Mode, e2, p2);
            });
            return fused.Matches(staged, (f, s) => f.Contributions == s && b1.AsSpan().SequenceEqual(b2) && e1.AsSpan().SequenceEqual(e2) && p1.AsSpan().SequenceEqual(p2));
        });

    // ---- contributions of given bases ---------------------------------------------------------------------

    [FundMathProperty]
    public Property ForMonth_batch_on_every_path_equals_the_scalar_reference() =>
        Prop.ForAll(BatchArbitraries.Wages(), RatesAndMode(), (bases, rm) =>
        {
            Attempt<PayrollReference> expected = ReferencePayroll(bases, default, rm.Rates, rm.Mode, clamp: false);
            return Paths.All(path =>
            {
                Money[] e = new Money[bases.Length], p = new Money[bases.Length];
                Attempt<ContributionTotals> actual = Attempt.Of(() => EmployeeContribution.ForMonth(bases, rm.Rates, rm.Mode, e, p, path));
                return expected.Matches(actual, (x, a) =>
                    x.Employer.AsSpan().SequenceEqual(Fen(e)) && x.Individual.AsSpan().SequenceEqual(Fen(p))
                    && a.BaseTotal.Fen == x.SumBases && a.Employer.Fen == x.SumEmployer && a.Maternity.Fen == x.SumMaternity
                    && a.Individual.Fen == x.SumIndividual && a.Persons == bases.Length);
            });
        });

    // ---- premium bases alone ------------------------------------------------------------------------------

    [FundMathProperty]
    public Property PremiumBase_batch_and_wage_total_on_every_path_equal_the_scalar_clamp() =>
        Prop.ForAll(BatchArbitraries.Wages(), BatchArbitraries.Band(), (wages, band) =>
        {
            Attempt<(long[] Bases, long Total, int Floor, int Cap)> expected = Attempt.Of(() =>
            {
                long[] b = new long[wages.Length];
                long total = 0;
                int floor = 0, cap = 0;
                for (int i = 0; i < wages.Length; i++)
                {
                    PremiumBaseResult r = PremiumBase.Compute(wages[i], band);
                    b[i] = r.Base.Fen;
                    total = checked(total + r.Base.Fen);
                    floor += r.Bound == Bound.Floor ? 1 : 0;
                    cap += r.Bound == Bound.Cap ? 1 : 0;
                }

                return (b, total, floor, cap);
            });
            return Paths.All(path =>
            {
                Money[] bases = new Money[wages.Length];
                Attempt<PremiumBaseSummary> summary = Attempt.Of(() => PremiumBase.Compute(wages, band, bases, path));
                Attempt<Money> total = Attempt.Of(() => PremiumBase.EmployerWageTotal(wages, band, path));
                return expected.Matches(summary, (x, s) => x.Bases.AsSpan().SequenceEqual(Fen(bases)) && s == new PremiumBaseSummary(wages.Length, Money.FromFen(x.Total), x.Floor, x.Cap))
                    && expected.Matches(total, (x, t) => t.Fen == x.Total);
            });
        });

    // ---- annual income and flexible employment --------------------------------------------------------------

    [FundMathProperty]
    public Property Annual_income_on_every_path_equals_the_scalar_reference() =>
        Prop.ForAll(BatchArbitraries.Wages(), BatchArbitraries.Rate(), ValueArbitraries.MidpointRounding(), (bases, rate, mode) =>
        {
            int[] months = new int[bases.Length];
            for (int i = 0; i < months.Length; i++)
            {
                months[i] = (int)(((bases[i].Fen % 13 * 7) + i) % 13);
            }

            Attempt<long> expected = Attempt.Of(() =>
            {
                long total = 0;
                for (int i = 0; i < bases.Length; i++)
                {
                    total = checked(total + checked(bases[i].Multiply(rate, mode).Fen * months[i]));
                }

                return total;
            });
            return Paths.All(path => expected.Matches(Attempt.Of(() => PremiumIncome.Annual(bases, months, rate, mode, path)), (x, a) => a.Fen == x));
        });

    [FundMathProperty]
    public Property Flexible_employment_batch_on_every_path_equals_the_scalar_form() =>
        Prop.ForAll(BatchArbitraries.Wages(), BatchArbitraries.Band(), ValueArbitraries.MidpointRounding(), (bases, band, mode) =>
        {
            var policy = new FlexibleEmploymentPolicy(band, [Rate.FromPercent(6), Rate.FromPercent(8)], [ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3), Rate.FromPercent(8), Rate.FromPercent(5))]);
            var month = new YearMonth(2020, 6);
            // The reference is the scalar form per person plus the checked total: bases near Money.MaxValue give
            // contributions that fit one by one but whose sum does not, and the batch must refuse that total too.
            Attempt<long[]> expected = Attempt.Of(() =>
            {
                long[] each = Array.ConvertAll(bases, b => policy.ForMonth(b, Rate.FromPercent(8), month, mode).Fen);
                long sum = 0;
                foreach (long x in each)
                {
                    sum = checked(sum + x);
                }

                return each;
            });
            return Paths.All(path =>
            {
                Money[] out1 = new Money[bases.Length];
                Attempt<Money> total = Attempt.Of(() => policy.ForMonth(bases, Rate.FromPercent(8), month, mode, out1, path));
                return expected.Matches(total, (x, t) => x.AsSpan().SequenceEqual(Fen(out1)) && t.Fen == x.Sum());
            });
        });

    // ---- partitioned forms ---------------------------------------------------------------------------------

    [FundMathProperty]
    public Property Partitioned_forms_equal_the_sequential_forms_for_any_degree() =>
        Prop.ForAll(BatchArbitraries.Wages(), BatchArbitraries.Band(), Arb.From(RatesAndMode().Generator.Zip(Gen.Choose(1, 7))), (wages, band, rmd) =>
        {
            ((EmployeeRates rates, MidpointRounding mode), int degree) = rmd;
            int n = wages.Length;
            Money[] b1 = new Money[n], e1 = new Money[n], p1 = new Money[n], b2 = new Money[n], e2 = new Money[n], p2 = new Money[n];
            int[] months = Enumerable.Range(0, n).Select(i => i % 13).ToArray();
            bool payroll = Attempt.Of(() => EmployeeContribution.ForPayroll(wages, band, rates, mode, b1, e1, p1))
                .Matches(Attempt.Of(() => EmployeeContribution.ForPayroll(wages, band, rates, mode, b2, e2, p2, degree)), (s, p) => s == p && b1.AsSpan().SequenceEqual(b2) && e1.AsSpan().SequenceEqual(e2) && p1.AsSpan().SequenceEqual(p2));
            bool month = Attempt.Of(() => EmployeeContribution.ForMonth(wages, rates, mode, e1, p1))
                .Matches(Attempt.Of(() => EmployeeContribution.ForMonth(wages, rates, mode, e2, p2, degree)), (s, p) => s == p && e1.AsSpan().SequenceEqual(e2) && p1.AsSpan().SequenceEqual(p2));
            bool bases = Attempt.Of(() => PremiumBase.Compute(wages, band, b1))
                .Matches(Attempt.Of(() => PremiumBase.Compute(wages, band, b2, degree)), (s, p) => s == p && b1.AsSpan().SequenceEqual(b2));
            bool total = Attempt.Of(() => PremiumBase.EmployerWageTotal(wages, band))
                .Matches(Attempt.Of(() => PremiumBase.EmployerWageTotal(wages, band, degree)), (s, p) => s == p);
            bool annual = Attempt.Of(() => PremiumIncome.Annual(wages, months, rates.Individual, mode))
                .Matches(Attempt.Of(() => PremiumIncome.Annual(wages, months, rates.Individual, mode, degree)), (s, p) => s == p);
            return payroll && month && bases && total && annual;
        });

    // ---- bad input and overflow ----------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(2047)]
    [InlineData(2048)]
    [InlineData(4999)]
    public void A_negative_wage_is_named_and_nothing_from_it_on_is_written(int index)
    {
        foreach (BatchPath path in Paths)
        {
            Money[] wages = Enumerable.Range(0, 5000).Select(i => Money.FromFen(300_000 + i)).ToArray();
            wages[index] = Money.FromFen(-1);
            Money sentinel = Money.FromFen(-77);
            Money[] b = Enumerable.Repeat(sentinel, 5000).ToArray(), e = (Money[])b.Clone(), p = (Money[])b.Clone();
            var band = PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000));
            var rates = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, b, e, p, path));
            Assert.Equal("wages", ex.ParamName);
            Assert.Contains($"wages[{index}] -0.01元 is negative", ex.Message, StringComparison.Ordinal);
            Assert.All(b[index..], x => Assert.Equal(sentinel, x));
            Assert.All(e[index..], x => Assert.Equal(sentinel, x));

            var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForMonth(wages, rates, MidpointRounding.ToEven, e, p, path));
            Assert.Contains($"bases[{index}]", ex2.Message, StringComparison.Ordinal);
            var ex3 = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.Compute(wages, band, b, path));
            Assert.Contains($"wages[{index}]", ex3.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>(() => PremiumBase.EmployerWageTotal(wages, band, path));
        }
    }

    [Fact]
    public void The_partitioned_form_names_the_first_negative_wage_of_the_whole_batch()
    {
        Money[] wages = Enumerable.Range(0, 100_000).Select(i => Money.FromFen(300_000 + i)).ToArray();
        wages[70_001] = Money.FromFen(-5);
        wages[90_000] = Money.FromFen(-6);
        var band = PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000));
        var rates = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
        Money[] b = new Money[wages.Length], e = new Money[wages.Length], p = new Money[wages.Length];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, b, e, p, 4));
        Assert.Contains("wages[70001] -0.05元 is negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_outside_0_to_12_are_named_on_every_path()
    {
        Money[] bases = Enumerable.Range(0, 3000).Select(i => Money.FromFen(500_000 + i)).ToArray();
        int[] months = Enumerable.Repeat(12, 3000).ToArray();
        months[2100] = 13;
        foreach (BatchPath path in Paths)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumIncome.Annual(bases, months, Rate.FromPercent(2), MidpointRounding.AwayFromZero, path));
            Assert.Contains("months[2100] 13 is outside 0–12", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_flexible_base_outside_the_band_is_named()
    {
        var policy = new FlexibleEmploymentPolicy(PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000)), [Rate.FromPercent(6)]);
        Money[] bases = Enumerable.Repeat(Money.FromYuan(5000), 100).ToArray();
        bases[42] = Money.FromYuan(20000);
        foreach (BatchPath path in Paths)
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => policy.ForMonth(bases, Rate.FromPercent(6), new YearMonth(2021, 1), MidpointRounding.AwayFromZero, new Money[100], path));
            Assert.Contains("chosenBases[42] 20000.00元 is outside the band", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Totals_beyond_Money_throw_OverflowException_and_never_wrap()
    {
        // Three bases of long.MaxValue / 2 fen at 100%: the base total (and the employer total) cannot be held in 64 bits.
        Money[] bases = Enumerable.Repeat(Money.FromFen(long.MaxValue / 2), 3).ToArray();
        var rates = new EmployeeRates(Rate.OneHundredPercent, Rate.Zero, Rate.Zero);
        foreach (BatchPath path in Paths)
        {
            Assert.Throws<OverflowException>(() => EmployeeContribution.ForMonth(bases, rates, MidpointRounding.ToZero, new Money[3], new Money[3], path));
            Assert.Throws<OverflowException>(() => PremiumBase.EmployerWageTotal(bases, PremiumBasePolicy.FromAmounts(Money.Zero, Money.MaxValue), path));
            Assert.Throws<OverflowException>(() => PremiumIncome.Annual(bases, [1, 1, 1], Rate.OneHundredPercent, MidpointRounding.ToZero, path));
        }
    }

    [Fact]
    public void A_zero_maternity_rate_gives_zero_maternity_and_the_employer_medical_amounts()
    {
        Money[] wages = Enumerable.Range(0, 1000).Select(i => Money.FromFen(250_000 + (i * 997))).ToArray();
        var band = PremiumBasePolicy.FromAmounts(Money.FromYuan(3000), Money.FromYuan(15000));
        var rates = new EmployeeRates(Rate.FromPercent(8.7m), Rate.Zero, Rate.FromPercent(2));
        Money[] b = new Money[1000], e = new Money[1000], p = new Money[1000];
        PayrollContributions r = EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, b, e, p);
        Assert.Equal(Money.Zero, r.Contributions.Maternity);
        // 3,000.00 元 floor × 8.7% = 261.00 元 for the first wage (2,500.00 元, below the floor).
        Assert.Equal(Money.FromYuan(3000), b[0]);
        Assert.Equal(Money.FromYuan(261), e[0]);
        Assert.Equal(Money.FromYuan(60), p[0]);
    }

    [Fact]
    public void A_small_payroll_at_illustrative_rates()
    {
        // Illustrative payroll: 2,500 元 (below a 3,032.40 元 floor), 8,000 元 and 20,000 元 (above a 15,162 元 cap);
        // employer 8.2% + maternity 0.5% = 8.7%, individual 2%, 四舍五入.
        var band = new PremiumBasePolicy(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300));
        var rates = new EmployeeRates(Rate.FromPercent(8.2m), Rate.FromPercent(0.5m), Rate.FromPercent(2));
        Money[] wages = [Money.FromYuan(2500), Money.FromYuan(8000), Money.FromYuan(20000)];
        Money[] b = new Money[3], e = new Money[3], p = new Money[3];
        PayrollContributions r = EmployeeContribution.ForPayroll(wages, band, rates, MidpointRounding.AwayFromZero, b, e, p);
        Assert.Equal([Money.FromYuan(3032.40m), Money.FromYuan(8000), Money.FromYuan(15162)], b);
        // 3,032.40 × 8.7% = 263.8188 → 263.82; 8,000 × 8.7% = 696; 15,162 × 8.7% = 1,319.094 → 1,319.09.
        Assert.Equal([Money.FromYuan(263.82m), Money.FromYuan(696), Money.FromYuan(1319.09m)], e);
        // 2%: 60.648 → 60.65; 160; 303.24.
        Assert.Equal([Money.FromYuan(60.65m), Money.FromYuan(160), Money.FromYuan(303.24m)], p);
        // maternity 0.5%: 15.162 → 15.16; 40; 75.81.
        Assert.Equal(Money.FromYuan(15.16m + 40 + 75.81m), r.Contributions.Maternity);
        Assert.Equal((1, 1), (r.Bases.AtFloor, r.Bases.AtCap));
        Assert.Equal(Money.FromYuan(263.82m + 696 + 1319.09m + 60.65m + 160 + 303.24m), r.Total);
    }
}
