using FundMath.Analysis;
using FundMath.Cohorts;
using FundMath.Funds;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// One projected year of one fund — 预测年度: the fund statement (every line a Money rounded with the model's named
/// mode; closing = opening + income − expenditure exactly), months of cover and its band (FundMath's own
/// <see cref="MonthsOfCover"/>), the insured headcount and, for the employee pooled fund, the support ratio.
/// </summary>
public readonly struct ProjectedYear
{
    internal ProjectedYear(FundStatement statement, MonthsOfCover cover, bool hasCover, Headcount insured, SupportRatio? supportRatio)
    {
        Statement = statement;
        Cover = cover;
        HasCover = hasCover;
        Insured = insured;
        SupportRatio = supportRatio;
    }

    /// <summary>The year.</summary>
    public int Year => Statement.Period.Year;

    /// <summary>基金收支余情况: the statement of the year (the identity holds by construction: <see cref="FundStatement.RollForward"/> is Holds).</summary>
    public FundStatement Statement { get; }

    /// <summary>当期收入.</summary>
    public Money Income => Statement.IncomeTotal;

    /// <summary>当期支出.</summary>
    public Money Expenditure => Statement.ExpenditureTotal;

    /// <summary>当期结余 = income − expenditure (negative: 当期收不抵支).</summary>
    public Money CurrentSurplus => Statement.CurrentSurplus;

    /// <summary>期初累计结余.</summary>
    public Money Opening => Statement.Opening;

    /// <summary>期末累计结余 = opening + income − expenditure.</summary>
    public Money Closing => Statement.Closing;

    /// <summary>True when <see cref="CurrentSurplus"/> is negative (当期收不抵支).</summary>
    public bool IsCurrentDeficit => CurrentSurplus.IsNegative;

    /// <summary>True when the closing balance is below zero (累计结余耗尽).</summary>
    public bool IsExhausted => Closing.IsNegative;

    /// <summary>累计结余可支付月数 of the closing balance over the year's expenditure / 12 (only when <see cref="HasCover"/>).</summary>
    public MonthsOfCover Cover { get; }

    /// <summary>False for personal accounts, whose balances are not counted in months of cover.</summary>
    public bool HasCover { get; }

    /// <summary>The fund's insured persons at the end of the year (employee: in service + retired; rounded to whole persons, 四舍五入).</summary>
    public Headcount Insured { get; }

    /// <summary>在职退休比 of the employee scheme (null for the resident fund).</summary>
    public SupportRatio? SupportRatio { get; }
}
