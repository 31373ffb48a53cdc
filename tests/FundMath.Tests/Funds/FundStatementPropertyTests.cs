namespace FundMath.Tests.Funds;

using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Funds;
using FundMath.Ratios;
using FundMath.Testing;
using FundMath.Tests.Support;

public class FundStatementPropertyTests
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.OfYear(2021);

    private static FundStatement Fold(FundStatement[] xs)
    {
        FundStatement total = FundStatement.Empty;
        foreach (FundStatement s in xs)
        {
            total = FundStatement.Merge(total, s);
        }

        return total;
    }

    [FundMathProperty]
    public Property Roll_forward_closing_is_opening_plus_income_minus_expenditure_plus_any_reported_difference() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), s =>
            s.Closing == s.Opening + s.IncomeTotal - s.ExpenditureTotal + s.RollForward.Difference
            && s.ExpectedClosing == s.Opening + s.CurrentSurplus
            && (s.RollForward.Outcome == RollForwardOutcome.Holds) == s.RollForward.Difference.IsZero);

    [FundMathProperty]
    public Property Strict_mode_throws_exactly_when_the_identity_is_broken() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), s =>
        {
            bool threw = false;
            try
            {
                FundStatement.FromReported(s.Kind, s.Region, Y2021, s.Opening, s.Income, s.Expenditure, s.Closing, IdentityMode.Strict);
            }
            catch (ArgumentException)
            {
                threw = true;
            }

            return threw == (s.RollForward.Outcome == RollForwardOutcome.Broken);
        });

    [FundMathProperty]
    public Property Created_statements_always_roll_forward() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), s =>
            FundStatement.Create(s.Kind, s.Region, Y2021, s.Opening, s.Income, s.Expenditure).RollForward.Outcome == RollForwardOutcome.Holds);

    [FundMathProperty]
    public Property Consolidation_equals_line_by_line_sums() =>
        Prop.ForAll(FundArbitraries.StatementSets(Y2021), xs =>
        {
            FundStatement total = FundStatement.Consolidate(xs);
            bool lines = Enumerable.Range(0, IncomeLine.Count).All(i => total.Income[IncomeLine.FromIndex(i)] == Money.Sum(xs.Select(s => s.Income[IncomeLine.FromIndex(i)])))
                && Enumerable.Range(0, ExpenditureLine.Count).All(i => total.Expenditure[ExpenditureLine.FromIndex(i)] == Money.Sum(xs.Select(s => s.Expenditure[ExpenditureLine.FromIndex(i)])));
            return lines
                && total.Opening == Money.Sum(xs.Select(s => s.Opening))
                && total.Closing == Money.Sum(xs.Select(s => s.Closing))
                && total.CurrentSurplus == Money.Sum(xs.Select(s => s.CurrentSurplus))
                && total.PooledFundBalance == Money.Sum(xs.Select(s => s.PooledFundBalance))
                && total.PersonalAccountClosing == Money.Sum(xs.Select(s => s.PersonalAccountClosing))
                && total.RollForward.Difference == Money.Sum(xs.Select(s => s.RollForward.Difference))
                && (total.IncomeTotal.IsZero || total.SurplusRatio.Rate == Rate.Of(total.CurrentSurplus, total.IncomeTotal));
        });

    [FundMathProperty]
    public Property Merge_is_associative() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), FundArbitraries.Statements(Y2021), FundArbitraries.Statements(Y2021), (a, b, c) =>
            ((a + b) + c).Equals(a + (b + c)));

    [FundMathProperty]
    public Property Merge_is_commutative_with_empty_identity() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), FundArbitraries.Statements(Y2021), (a, b) =>
            (a + b).Equals(b + a) && (a + FundStatement.Empty).Equals(a) && (FundStatement.Empty + a).Equals(a));

    [FundMathProperty]
    public Property Partition_then_merge_equals_merging_the_whole_bit_for_bit() =>
        Prop.ForAll(FundArbitraries.Partitioned(FundArbitraries.StatementSets(Y2021)), p =>
        {
            FundStatement whole = Fold(p.Items);
            FundStatement[] partials = Enumerable.Range(0, p.GroupCount).Select(g => Fold(p.Group(g))).ToArray();
            FundStatement merged = Fold(partials);
            FundStatement reversed = Fold(partials.Reverse().ToArray());
            return merged.Equals(whole) && reversed.Equals(whole) && FundStatement.Consolidate(p.Items).Equals(whole);
        });

    [FundMathProperty]
    public Property Growth_of_a_zero_base_is_not_meaningful_and_otherwise_rate_times_base_is_change() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), FundArbitraries.Statements(Y2021), (cur, prev) =>
        {
            FundStatementChange change = cur.ComparedWith(prev);
            for (int i = 0; i < ExpenditureLine.Count; i++)
            {
                MoneyGrowth g = change.Of(ExpenditureLine.FromIndex(i));
                if (g.Change != g.Current - g.Previous)
                {
                    return false;
                }

                if (g.Previous.IsZero)
                {
                    if (g.Outcome != GrowthOutcome.NotMeaningfulZeroBase || g.TryGetRate(out _))
                    {
                        return false;
                    }
                }
                else if (Fraction.FromInteger(g.Previous.Abs().Fen) * g.Rate.Value != Fraction.FromInteger(g.Change.Fen))
                {
                    return false;
                }
            }

            MoneyGrowth zero = new(cur.IncomeTotal, Money.Zero);
            return zero.Outcome == GrowthOutcome.NotMeaningfulZeroBase && !zero.HasRate;
        });

    [FundMathProperty]
    public Property Pooled_and_personal_shares_of_a_balance_sum_to_one_hundred_percent() =>
        Prop.ForAll(FundArbitraries.Statements(Y2021), s =>
        {
            AccumulatedBalance b = s.AccumulatedBalance;
            return b.Total == s.Closing
                && (b.Total.IsZero ? b.SharesOutcome == RatioOutcome.NotMeaningful : b.PooledShare + b.PersonalAccountShare == Rate.OneHundredPercent);
        });
}
