using System;
using FundMath.Funds;

namespace FundMath.Analysis;

/// <summary>
/// Thin conveniences that feed a <see cref="FundStatement"/> (基金收支决算) into the analysis calculations: the
/// executed amount of a budget line, months of cover of the pooled fund, and a deficit scan over regions.
/// Each is exactly the plain-input calculation applied to the statement's figures.
/// </summary>
public static class FundStatementAnalysis
{
    /// <summary>
    /// The statement's amount on a budget line: 本年收入 = income total, 保险费收入 = premiums, 本年支出 = expenditure
    /// total, 保险待遇支出 = benefit expenditure.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not a defined <see cref="BudgetLine"/>.</exception>
    public static Money AmountOn(in FundStatement statement, BudgetLine line) => line switch
    {
        BudgetLine.TotalIncome => statement.IncomeTotal,
        BudgetLine.PremiumIncome => statement.PremiumIncome,
        BudgetLine.TotalExpenditure => statement.ExpenditureTotal,
        BudgetLine.BenefitExpenditure => statement.BenefitExpenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(line), line, $"line {(int)line} is not a defined BudgetLine."),
    };

    /// <summary>
    /// Budget execution of <paramref name="line"/>: the statement's amount on the line against <paramref name="budgeted"/>,
    /// for the statement's period, expecting time progress.
    /// </summary>
    /// <exception cref="InvalidOperationException">The statement is empty (no period).</exception>
    public static BudgetExecution Execution(in FundStatement actual, BudgetLine line, Money budgeted, BudgetTolerancePolicy policy) =>
        BudgetExecution.Evaluate(line, actual.Period, budgeted, AmountOn(actual, line), policy);

    /// <summary>
    /// The pooled fund's expenditure in the statement: total expenditure less personal-account expenditure
    /// (个人账户支出 is paid from the personal accounts, whose balance is excluded from months of cover).
    /// </summary>
    public static Money PooledExpenditure(in FundStatement statement) =>
        statement.ExpenditureTotal - statement.Expenditure[ExpenditureLine.PersonalAccount];

    /// <summary>
    /// Months of cover of the pooled fund (统筹基金): <see cref="FundStatement.PooledFundBalance"/> net of
    /// <paramref name="deductions"/>, over the pooled expenditure of the statement's period averaged per month.
    /// </summary>
    /// <exception cref="InvalidOperationException">The statement is empty (no period).</exception>
    /// <exception cref="ArgumentException">A deduction is negative.</exception>
    public static MonthsOfCover MonthsOfCover(in FundStatement statement, BalanceDeductions deductions, CoverBandPolicy policy) =>
        Analysis.MonthsOfCover.Compute(statement.Period, statement.PooledFundBalance, deductions, MonthlyExpenditure.OfPeriod(PooledExpenditure(statement), statement.Period), policy);

    /// <summary>Deficit scan over regional statements of one period, on each statement's 当期结余 (income − expenditure).</summary>
    /// <exception cref="ArgumentException">A statement's period differs from <paramref name="period"/>.</exception>
    public static DeficitScan DeficitScan(ReportingPeriod period, ReadOnlySpan<FundStatement> regions)
    {
        int count = 0;
        long deficit = 0, surplus = 0;
        for (int i = 0; i < regions.Length; i++)
        {
            ref readonly FundStatement s = ref regions[i];
            if (!s.HasPeriod || s.Period != period)
            {
                Preconditions.ThrowArgument(nameof(regions), $"regions[{i}] ({s.Region}) is not for {period}; a deficit scan covers one period.");
            }

            long balance = s.CurrentSurplus.Fen;
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

        return Analysis.DeficitScan.FromTotals(period, regions.Length, count, Money.FromFen(deficit), Money.FromFen(surplus));
    }
}
