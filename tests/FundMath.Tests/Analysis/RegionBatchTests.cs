using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Analysis;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// The per-region batches decide every band edge by cross-multiplication with thresholds prepared once; the
/// reference here builds the exact quotient as a reduced <see cref="Fraction"/> per row and compares it (the way the
/// library did before) — they must agree on random rows, rows exactly on an edge or one fen beside it, and
/// 10¹⁵-fen amounts; the partitioned forms must equal the sequential ones.
/// </summary>
public class RegionBatchTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Arbitrary<CoverBandPolicy> Policies() => Arb.From(Gen.Frequency(
        (3, AnalysisArbitraries.CoverBandPolicy().Generator),
        // Thresholds with large denominators (beyond the 128-bit fast path's common denominator of 2⁵²).
        (1, Gen.Elements(
            new CoverBandPolicy(Fraction.Create(3_000_000_001, 1_000_000_000), Fraction.Create(9, 1), Fraction.Create(600_000_000_001, 100_000_000_000), Fraction.Create(9, 1)),
            new CoverBandPolicy(Fraction.Create((1L << 62) + 1, 1L << 60), Fraction.Create((9L << 58) + 3, 1L << 58), Fraction.Create(6, 1), Fraction.Create((9L << 58) + 1, 1L << 58))))));

    private static (CoverBand Band, bool Reasonable, CoverOutcome Outcome)? Reference(Money book, BalanceDeductions d, MonthlyExpenditure e, CoverBandPolicy policy)
    {
        if (e.Expenditure.Fen <= 0)
        {
            return (CoverBand.NotApplicable, false, CoverOutcome.NoExpenditure);
        }

        long actual = checked(book.Fen - d.Total.Fen);
        // The exact quotient through BigInteger, reduced: no 64-bit limit, so every row has a reference.
        var n = new System.Numerics.BigInteger(actual) * e.Months;
        var den = new System.Numerics.BigInteger(e.Expenditure.Fen);
        int Cmp(Fraction t) => (n * t.Denominator).CompareTo(t.Numerator * den);
        CoverBand band = Cmp(policy.WarningBelow) < 0 ? CoverBand.Warning : Cmp(policy.HighAbove) > 0 ? CoverBand.High : CoverBand.Middle;
        bool reasonable = Cmp(policy.ReasonableFrom) >= 0 && Cmp(policy.ReasonableTo) <= 0;
        return (band, reasonable, actual < 0 ? CoverOutcome.NegativeBalance : CoverOutcome.Covered);
    }

    [FundMathProperty]
    public Property Months_of_cover_batch_equals_the_exact_quotient_compared_row_by_row() =>
        Prop.ForAll(BatchArbitraries.CoverRows(), Policies(), (rows, policy) =>
        {
            Money[] book = rows.Select(r => r.Book).ToArray();
            BalanceDeductions[] d = rows.Select(r => r.Deductions).ToArray();
            MonthlyExpenditure[] e = rows.Select(r => r.Expenditure).ToArray();
            var results = new MonthsOfCover[rows.Length];
            Attempt<int> batch = Attempt.Of(() =>
            {
                MonthsOfCover.ComputeBatch(Year2021, book, d, e, policy, results);
                return 0;
            });
            Attempt<(CoverBand, bool, CoverOutcome)?[]> reference = Attempt.Of(() => rows.Select(r => Reference(r.Book, r.Deductions, r.Expenditure, policy)).ToArray());
            return reference.Matches(batch, (expected, _) => expected.Select((x, i) => x == (results[i].Band, results[i].IsReasonable, results[i].Outcome)).All(ok => ok));
        });

    [FundMathProperty]
    public Property Months_read_from_a_batch_row_are_the_exact_reduced_quotient() =>
        Prop.ForAll(BatchArbitraries.CoverRows(), rows =>
        {
            foreach ((Money book, BalanceDeductions d, MonthlyExpenditure e) in rows)
            {
                MonthsOfCover c = MonthsOfCover.Compute(Year2021, book, d, e, CoverBandPolicy.Default);
                if (!c.HasMonths)
                {
                    continue;
                }

                Attempt<Fraction> months = Attempt.Of(() => c.Months);
                Attempt<Fraction> expected = Attempt.Of(() => Fraction.Create(checked((book - d.Total).Fen * e.Months), e.Expenditure.Fen));
                if (!expected.Matches(months, (x, m) => x == m && c.Band == CoverBandPolicy.Default.Classify(m)))
                {
                    return false;
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Fused_band_counts_equal_counts_of_the_batch_rows_and_the_partitioned_forms() =>
        Prop.ForAll(BatchArbitraries.CoverRows(), Policies(), Gen.Choose(1, 6).ToArbitrary(), (rows, policy, degree) =>
        {
            Money[] book = rows.Select(r => r.Book).ToArray();
            BalanceDeductions[] d = rows.Select(r => r.Deductions).ToArray();
            MonthlyExpenditure[] e = rows.Select(r => r.Expenditure).ToArray();
            MonthsOfCover[] sequential = new MonthsOfCover[rows.Length], partitioned = new MonthsOfCover[rows.Length];
            Attempt<CoverBandCounts> counted = Attempt.Of(() =>
            {
                MonthsOfCover.ComputeBatch(Year2021, book, d, e, policy, sequential);
                return CoverBandCounts.Count(sequential);
            });
            Attempt<CoverBandCounts> fused = Attempt.Of(() => CoverBandCounts.Count(Year2021, book, d, e, policy));
            Attempt<CoverBandCounts> fusedParallel = Attempt.Of(() => CoverBandCounts.Count(Year2021, book, d, e, policy, degree));
            Attempt<CoverBandCounts> parallel = Attempt.Of(() =>
            {
                MonthsOfCover.ComputeBatch(Year2021, book, d, e, policy, partitioned, degree);
                return CoverBandCounts.Count(partitioned);
            });
            return counted.Matches(fused, (a, b) => a == b && a.Regions == rows.Length)
                && counted.Matches(fusedParallel, (a, b) => a == b)
                && counted.Matches(parallel, (a, b) => a == b && sequential.AsSpan().SequenceEqual(partitioned));
        });

    private static ExecutionOutcome ReferenceOutcome(Money budgeted, Money executed, Rate expected, ToleranceBand band)
    {
        if (budgeted.Sign <= 0)
        {
            return ExecutionOutcome.NoBudget;
        }

        Rate r = Rate.Of(executed, budgeted);
        return r > expected + band.Above ? ExecutionOutcome.Over : r < expected - band.Below ? ExecutionOutcome.Under : ExecutionOutcome.Within;
    }

    [FundMathProperty]
    public Property Budget_execution_batch_equals_the_exact_rate_compared_row_by_row_and_partitioned() =>
        Prop.ForAll(BatchArbitraries.ExecutionRows(), AnalysisArbitraries.ToleranceBand(), Gen.Choose(1, 6).ToArbitrary(), (rows, band, degree) =>
        {
            Money[] b = rows.Select(r => r.Budgeted).ToArray();
            Money[] x = rows.Select(r => r.Executed).ToArray();
            BudgetExecution[] sequential = new BudgetExecution[rows.Length], partitioned = new BudgetExecution[rows.Length];
            Rate expected = Rate.OneHundredPercent;
            Attempt<ExecutionOutcomeCounts> seq = Attempt.Of(() => BudgetExecution.EvaluateBatch(BudgetLine.BenefitExpenditure, Year2021, b, x, expected, band, sequential));
            Attempt<ExecutionOutcomeCounts> par = Attempt.Of(() => BudgetExecution.EvaluateBatch(BudgetLine.BenefitExpenditure, Year2021, b, x, expected, band, partitioned, degree));
            Attempt<ExecutionOutcome[]> reference = Attempt.Of(() => rows.Select(r => ReferenceOutcome(r.Budgeted, r.Executed, expected, band)).ToArray());
            return reference.Matches(seq, (outcomes, counts) =>
                    outcomes.Select((o, i) => o == sequential[i].Outcome).All(ok => ok)
                    && counts == ExecutionOutcomeCounts.Count(sequential) && counts.Rows == rows.Length)
                && seq.Matches(par, (s, p) => s == p && sequential.AsSpan().SequenceEqual(partitioned));
        });

    [Fact]
    public void Exact_band_edges_fall_inside_the_band()
    {
        // 95% and 105% of a budget of 100.00 元 are within 100% ± 5pp; one fen beyond each edge is outside.
        Money budget = Money.FromYuan(100);
        Money[] executed = [Money.FromYuan(95), Money.FromYuan(105), Money.FromYuan(94.99m), Money.FromYuan(105.01m)];
        var results = new BudgetExecution[4];
        ExecutionOutcomeCounts counts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, [budget, budget, budget, budget], executed, Rate.OneHundredPercent, ToleranceBand.FivePoints, results);
        Assert.Equal([ExecutionOutcome.Within, ExecutionOutcome.Within, ExecutionOutcome.Under, ExecutionOutcome.Over], results.Select(r => r.Outcome));
        Assert.Equal(new ExecutionOutcomeCounts(2, 1, 1, 0), counts);
        // The rate is the exact fraction, reduced when read: 105.01 / 100 = 10501/10000.
        Assert.Equal(Rate.FromRatio(10501, 10000), results[3].Rate);

        // Months of cover exactly 3 and 9 (12 months' expenditure 1,200 fen → 100 fen a month) are Middle; 6 is reasonable.
        MonthlyExpenditure e = MonthlyExpenditure.OverMonths(Money.FromFen(1200), 12);
        Money[] books = [Money.FromFen(300), Money.FromFen(900), Money.FromFen(299), Money.FromFen(901), Money.FromFen(600)];
        var covers = new MonthsOfCover[5];
        MonthsOfCover.ComputeBatch(Year2021, books, new BalanceDeductions[5], Enumerable.Repeat(e, 5).ToArray(), CoverBandPolicy.Default, covers);
        Assert.Equal([CoverBand.Middle, CoverBand.Middle, CoverBand.Warning, CoverBand.High, CoverBand.Middle], covers.Select(c => c.Band));
        Assert.Equal([false, true, false, false, true], covers.Select(c => c.IsReasonable));
    }

    [Fact]
    public void The_64_bit_and_the_128_bit_paths_give_the_same_rows()
    {
        // 2,000 realistic rows take the 64-bit path; the same rows with one 10¹⁷-fen balance appended take the
        // 128-bit path for the whole batch. The shared rows must come out the same.
        var random = new Random(7);
        int n = 2_000;
        Money[] book = new Money[n + 1];
        BalanceDeductions[] d = new BalanceDeductions[n + 1];
        MonthlyExpenditure[] e = new MonthlyExpenditure[n + 1];
        Money[] budgeted = new Money[n + 1], executed = new Money[n + 1];
        for (int i = 0; i < n; i++)
        {
            long spent = random.NextInt64(1, 20_000_000_000);
            book[i] = Money.FromFen(random.NextInt64(-1_000_000_000, 200_000_000_000));
            d[i] = BalanceDeductions.Lumped(Money.FromFen(random.Next(0, 1000)), Money.FromFen(random.NextInt64(0, 10_000_000_000)));
            e[i] = MonthlyExpenditure.OverMonths(Money.FromFen(spent * 12), 12);
            budgeted[i] = Money.FromFen(random.NextInt64(-10, 1_000_000_000_000));
            executed[i] = Money.FromFen(random.NextInt64(0, 1_200_000_000_000));
        }

        book[n] = Money.FromFen(100_000_000_000_000_000);
        e[n] = MonthlyExpenditure.PerMonth(Money.FromFen(1));
        budgeted[n] = Money.FromFen(long.MaxValue / 3);
        executed[n] = Money.FromFen(long.MaxValue / 3);
        var narrow = new MonthsOfCover[n];
        var wide = new MonthsOfCover[n + 1];
        MonthsOfCover.ComputeBatch(Year2021, book.AsSpan(0, n), d.AsSpan(0, n), e.AsSpan(0, n), CoverBandPolicy.Default, narrow);
        MonthsOfCover.ComputeBatch(Year2021, book, d, e, CoverBandPolicy.Default, wide);
        Assert.True(narrow.AsSpan().SequenceEqual(wide.AsSpan(0, n)));
        Assert.Equal(CoverBand.High, wide[n].Band);

        var narrowRows = new BudgetExecution[n];
        var wideRows = new BudgetExecution[n + 1];
        BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, budgeted.AsSpan(0, n), executed.AsSpan(0, n), Rate.OneHundredPercent, ToleranceBand.FivePoints, narrowRows);
        BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, budgeted, executed, Rate.OneHundredPercent, ToleranceBand.FivePoints, wideRows);
        Assert.True(narrowRows.AsSpan().SequenceEqual(wideRows.AsSpan(0, n)));
        Assert.Equal(ExecutionOutcome.Within, wideRows[n].Outcome);
        Assert.Equal(CoverBandCounts.Count(narrow), CoverBandCounts.Count(Year2021, book.AsSpan(0, n), d.AsSpan(0, n), e.AsSpan(0, n), CoverBandPolicy.Default));
    }

    [Fact]
    public void A_bad_row_is_named_by_the_batch()
    {
        MonthlyExpenditure e = MonthlyExpenditure.PerMonth(Money.FromYuan(100));
        BalanceDeductions[] d = new BalanceDeductions[3];
        d[2] = BalanceDeductions.Lumped(Money.Zero, Money.FromFen(-1));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MonthsOfCover.ComputeBatch(Year2021, new Money[3], d, [e, e, e], CoverBandPolicy.Default, new MonthsOfCover[3]));
        Assert.Contains("deductions[2].OtherPayables", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, new Money[3], new BalanceDeductions[3], [e, default, e], CoverBandPolicy.Default));
        Assert.Contains("monthlyExpenditure[1] is the default value", ex2.Message, StringComparison.Ordinal);
    }

    [FundMathProperty]
    public Property Deficit_scan_on_every_path_equals_the_checked_reference() =>
        Prop.ForAll(BatchArbitraries.ExecutionRows(), Gen.Choose(1, 6).ToArbitrary(), (rows, degree) =>
        {
            Money[] income = rows.Select(r => r.Executed).ToArray();
            Money[] spent = rows.Select(r => r.Budgeted).ToArray();
            Attempt<(int Count, long Deficit, long Surplus)> reference = Attempt.Of(() =>
            {
                int count = 0;
                long deficit = 0, surplus = 0;
                for (int i = 0; i < income.Length; i++)
                {
                    long balance = checked(income[i].Fen - spent[i].Fen);
                    if (balance < 0)
                    {
                        count++;
                        deficit = checked(deficit - balance);
                    }
                    else
                    {
                        surplus = checked(surplus + balance);
                    }
                }

                return (count, deficit, surplus);
            });
            bool Same(DeficitScan s) => reference.Value == (s.DeficitRegions, s.DeficitTotal.Fen, s.SurplusTotal.Fen) && s.Regions == rows.Length;
            return BatchPaths.Supported().All(path => reference.Matches(Attempt.Of(() => DeficitScan.Scan(Year2021, income, spent, path)), (_, s) => Same(s)))
                && reference.Matches(Attempt.Of(() => DeficitScan.Scan(Year2021, income, spent, degree)), (_, s) => Same(s));
        });
}
