using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Analysis;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

public class AnalysisPropertyTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Arbitrary<(BalanceDeductions, MonthlyExpenditure)> DeductionsAndExpenditure() =>
        Arb.From(
            from d in AnalysisArbitraries.Deductions().Generator
            from e in AnalysisArbitraries.MonthlyExpenditure().Generator
            select (d, e));

    private static Gen<T[]> UpTo24<T>(Gen<T> element) => Gen.Choose(0, 24).SelectMany(n => element.ArrayOf(n));

    private static MonthsOfCover Cover(Money book, BalanceDeductions d, MonthlyExpenditure e) =>
        MonthsOfCover.Compute(Year2021, book, d, e, CoverBandPolicy.Default);

    [FundMathProperty]
    public Property Months_of_cover_is_monotone_in_the_balance()
    {
        return Prop.ForAll(AnalysisArbitraries.Amount(), AnalysisArbitraries.Amount(), DeductionsAndExpenditure(), (a, b, de) =>
        {
            (BalanceDeductions d, MonthlyExpenditure e) = de;
            MonthsOfCover low = Cover(Money.Min(a, b), d, e), high = Cover(Money.Max(a, b), d, e);
            return !low.HasMonths || low.Months <= high.Months;
        });
    }

    [FundMathProperty]
    public Property Months_of_cover_is_antitone_in_each_deduction()
    {
        return Prop.ForAll(AnalysisArbitraries.Amount(), DeductionsAndExpenditure(), AnalysisArbitraries.Amount(), (book, de, extra) =>
        {
            (BalanceDeductions d, MonthlyExpenditure e) = de;
            MonthsOfCover before = Cover(book, d, e);
            MonthsOfCover[] more =
            [
                Cover(book, d with { OneTimePrepaymentsAndSubsidies = d.OneTimePrepaymentsAndSubsidies + extra }, e),
                Cover(book, d with { SettledUnpaid = d.SettledUnpaid + extra }, e),
                Cover(book, d with { NotYetSettled = d.NotYetSettled + extra }, e),
                Cover(book, d with { ReservesWithheld = d.ReservesWithheld + extra }, e),
                Cover(book, d with { OtherPayables = d.OtherPayables + extra }, e),
            ];
            return !before.HasMonths || more.All(m => m.Months <= before.Months && m.ActualBalance == before.ActualBalance - extra);
        });
    }

    [FundMathProperty]
    public Property Months_of_cover_is_antitone_in_expenditure_for_a_non_negative_balance()
    {
        return Prop.ForAll(AnalysisArbitraries.Amount(), AnalysisArbitraries.MonthlyExpenditure(), AnalysisArbitraries.Amount(), (book, e, extra) =>
        {
            if (e.Expenditure.IsZero)
            {
                return true;
            }

            MonthsOfCover less = Cover(book, BalanceDeductions.None, e);
            MonthsOfCover more = Cover(book, BalanceDeductions.None, MonthlyExpenditure.OverMonths(e.Expenditure + extra, e.Months));
            return more.Months <= less.Months;
        });
    }

    [FundMathProperty]
    public Property Total_row_equals_the_recomputation_from_summed_components()
    {
        Gen<(Money, BalanceDeductions, Money)[]> rows = Gen.Choose(1, 12).SelectMany(n =>
            (from book in AnalysisArbitraries.Amount().Generator
             from d in AnalysisArbitraries.Deductions().Generator
             from spend in AnalysisArbitraries.Amount().Generator
             select (book, d, spend)).ArrayOf(n));
        return Prop.ForAll(Arb.From(rows), AnalysisArbitraries.CoverBandPolicy(), (table, policy) =>
        {
            var results = table.Select(r => MonthsOfCover.Compute(Year2021, r.Item1, r.Item2, MonthlyExpenditure.OfPeriod(r.Item3, Year2021), policy)).ToArray();
            Money book = Money.Sum(table.Select(r => r.Item1));
            BalanceDeductions d = table.Aggregate(BalanceDeductions.None, (acc, r) => acc + r.Item2);
            Money spend = Money.Sum(table.Select(r => r.Item3));
            return MonthsOfCover.Total(results, policy) == MonthsOfCover.Compute(Year2021, book, d, MonthlyExpenditure.OfPeriod(spend, Year2021), policy);
        });
    }

    [FundMathProperty]
    public Property Execution_outcome_flips_exactly_at_the_band_edges()
    {
        return Prop.ForAll(AnalysisArbitraries.Amount(), AnalysisArbitraries.ReportingPeriod(), AnalysisArbitraries.ToleranceBand(), (budget, period, band) =>
        {
            if (!budget.IsPositive)
            {
                return true;
            }

            Rate expected = period.TimeProgress;
            Money upper = budget.Multiply(expected + band.Above, MidpointRounding.ToNegativeInfinity);
            Money lower = budget.Multiply(expected - band.Below, MidpointRounding.ToPositiveInfinity);
            ExecutionOutcome Judge(Money executed) => BudgetExecution.Evaluate(BudgetLine.TotalIncome, period, budget, executed, BudgetTolerancePolicy.Uniform(band)).Outcome;

            bool upperFlips = Judge(upper) != ExecutionOutcome.Over && Judge(upper + Money.FromFen(1)) == ExecutionOutcome.Over;
            bool lowerFlips = Judge(lower) != ExecutionOutcome.Under && Judge(lower - Money.FromFen(1)) == ExecutionOutcome.Under;
            return upperFlips && lowerFlips;
        });
    }

    [FundMathProperty]
    public Property Correction_brings_the_amount_back_inside_the_band()
    {
        return Prop.ForAll(AnalysisArbitraries.BudgetAmounts(), AnalysisArbitraries.ToleranceBand(), (amounts, band) =>
        {
            BudgetExecution e = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, amounts.Budgeted, amounts.Executed, BudgetTolerancePolicy.Uniform(band));
            BudgetExecution corrected = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, amounts.Budgeted, amounts.Executed + e.CorrectionToBand, BudgetTolerancePolicy.Uniform(band));
            return e.Outcome switch
            {
                ExecutionOutcome.Over => e.CorrectionToBand.IsNegative && corrected.Outcome != ExecutionOutcome.Over,
                ExecutionOutcome.Under => e.CorrectionToBand.IsPositive && corrected.Outcome != ExecutionOutcome.Under,
                _ => e.CorrectionToBand.IsZero,
            };
        });
    }

    [FundMathProperty]
    public Property Execution_batch_equals_scalar()
    {
        return Prop.ForAll(Arb.From(UpTo24(AnalysisArbitraries.BudgetAmounts().Generator)), AnalysisArbitraries.SeasonalProfile(), AnalysisArbitraries.ReportingPeriod(), (rows, profile, period) =>
        {
            Money[] budgeted = rows.Select(r => r.Budgeted).ToArray();
            Money[] executed = rows.Select(r => r.Executed).ToArray();
            var results = new BudgetExecution[rows.Length];
            BudgetExecution.EvaluateBatch(BudgetLine.BenefitExpenditure, period, budgeted, executed, profile.ExpectedAt(period), ToleranceBand.FivePoints, results);
            return rows.Select((r, i) => BudgetExecution.Evaluate(BudgetLine.BenefitExpenditure, period, r.Budgeted, r.Executed, BudgetTolerancePolicy.Default, profile) == results[i]).All(x => x);
        });
    }

    [FundMathProperty]
    public Property Months_of_cover_batch_equals_scalar()
    {
        Gen<(Money, BalanceDeductions, MonthlyExpenditure)[]> rows =
            UpTo24(from book in AnalysisArbitraries.Amount().Generator
                   from d in AnalysisArbitraries.Deductions().Generator
                   from e in AnalysisArbitraries.MonthlyExpenditure().Generator
                   select (book, d, e));
        return Prop.ForAll(Arb.From(rows), AnalysisArbitraries.CoverBandPolicy(), (table, policy) =>
        {
            var results = new MonthsOfCover[table.Length];
            MonthsOfCover.ComputeBatch(Year2021, table.Select(r => r.Item1).ToArray(), table.Select(r => r.Item2).ToArray(), table.Select(r => r.Item3).ToArray(), policy, results);
            return table.Select((r, i) => MonthsOfCover.Compute(Year2021, r.Item1, r.Item2, r.Item3, policy) == results[i]).All(x => x);
        });
    }

    [FundMathProperty]
    public Property Deficit_scan_partitions_the_regions_and_nets_to_the_summed_balance()
    {
        Gen<Money[]> balances = AnalysisArbitraries.Amount().Generator
            .SelectMany(a => Gen.Elements(true, false).Select(neg => neg ? -a : a))
            .ArrayOf();
        return Prop.ForAll(Arb.From(balances), b =>
        {
            DeficitScan s = DeficitScan.Scan(Year2021, b);
            int deficits = b.Count(x => x.IsNegative);
            return s.DeficitRegions == deficits
                && s.SurplusRegions == b.Length - deficits
                && s.NetBalance == Money.Sum(b)
                && !s.DeficitTotal.IsNegative && !s.SurplusTotal.IsNegative
                && (b.Length == 0 || s.DeficitShare + s.SurplusShare == Rate.OneHundredPercent);
        });
    }

    [FundMathProperty]
    public Property Band_counts_add_up_to_the_regions()
    {
        Gen<(Money, MonthlyExpenditure)[]> rows =
            UpTo24(from book in AnalysisArbitraries.Amount().Generator
                   from e in AnalysisArbitraries.MonthlyExpenditure().Generator
                   select (book, e));
        return Prop.ForAll(Arb.From(rows), AnalysisArbitraries.CoverBandPolicy(), (table, policy) =>
        {
            var results = table.Select(r => MonthsOfCover.Compute(Year2021, r.Item1, BalanceDeductions.None, r.Item2, policy)).ToArray();
            CoverBandCounts c = CoverBandCounts.Count(results);
            return c.Regions == table.Length && c.ChangeFrom(c) == default && c.Reasonable == results.Count(r => r.IsReasonable);
        });
    }
}
