using FundMath.Ratios;

namespace FundMath.Funds;

/// <summary>
/// The year-on-year comparison of two statements — 同比: the change and growth rate of every income and
/// expenditure line, the totals, the current surplus and the closing balance. A value; reading it allocates nothing.
/// </summary>
/// <remarks><c>default(FundStatementChange)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct FundStatementChange
{
    private readonly FundStatement current;
    private readonly FundStatement previous;

    /// <summary>Compares <paramref name="current"/> with <paramref name="previous"/> (上年同期).</summary>
    public FundStatementChange(in FundStatement current, in FundStatement previous)
    {
        this.current = current;
        this.previous = previous;
    }

    /// <summary>The current statement.</summary>
    public FundStatement Current => current;

    /// <summary>The base statement.</summary>
    public FundStatement Previous => previous;

    /// <summary>One income line's growth.</summary>
    public MoneyGrowth Of(IncomeLine line) => new(current.Income[line], previous.Income[line]);

    /// <summary>One expenditure line's growth.</summary>
    public MoneyGrowth Of(ExpenditureLine line) => new(current.Expenditure[line], previous.Expenditure[line]);

    /// <summary>总收入同比.</summary>
    public MoneyGrowth IncomeTotal => new(current.IncomeTotal, previous.IncomeTotal);

    /// <summary>总支出同比.</summary>
    public MoneyGrowth ExpenditureTotal => new(current.ExpenditureTotal, previous.ExpenditureTotal);

    /// <summary>待遇支出同比.</summary>
    public MoneyGrowth BenefitExpenditure => new(current.BenefitExpenditure, previous.BenefitExpenditure);

    /// <summary>当期结余同比 (often NegativeBase or NotMeaningful: use Change).</summary>
    public MoneyGrowth CurrentSurplus => new(current.CurrentSurplus, previous.CurrentSurplus);

    /// <summary>累计结余同比.</summary>
    public MoneyGrowth Closing => new(current.Closing, previous.Closing);
}
