namespace FundMath.Forecasting.Projection;

/// <summary>
/// The employee scheme's position at the end of the base year — 职工医保基期情况: balances of the pooled fund
/// (统筹基金) and personal accounts (个人账户), the in-service and retired cohorts, the contribution base and rates,
/// and the base year's premium income and pooled benefits from which the projection is calibrated.
/// </summary>
/// <remarks>
/// Calibration (once, in <see cref="ProjectionModel.Create"/>): the collection ratio
/// <c>= PremiumIncome / ((EmployerRate + IndividualRate) × AverageMonthlyBase × 12 × InService)</c> reconciles the
/// published rates and base with the premiums actually collected; per-capita pooled benefits are
/// <c>c_in = PooledBenefits / (InService + RetiredCostWeight × Retired)</c> and <c>c_ret = RetiredCostWeight × c_in</c>.
/// After 国办发〔2021〕14号 the employer contribution goes to the pooled fund and the individual one to the
/// in-service member's account; retirees' accounts are credited from the pooled fund.
/// </remarks>
public sealed record EmployeeStart
{
    /// <summary>统筹基金期末累计结余: the pooled fund's balance at the end of the base year.</summary>
    public required Money PooledBalance { get; init; }

    /// <summary>个人账户期末累计结余: the personal accounts' balance at the end of the base year.</summary>
    public required Money PersonalAccountBalance { get; init; }

    /// <summary>在职职工: employees in service at the end of the base year.</summary>
    public required Headcount InService { get; init; }

    /// <summary>退休人员: retirees at the end of the base year.</summary>
    public required Headcount Retired { get; init; }

    /// <summary>缴费基数: the average monthly contribution base of the base year, 元/人·月.</summary>
    public required Money AverageMonthlyBase { get; init; }

    /// <summary>单位缴费率: the employer rate, paid into the pooled fund.</summary>
    public required Rate EmployerRate { get; init; }

    /// <summary>个人缴费率: the individual rate, credited to the member's personal account.</summary>
    public required Rate IndividualRate { get; init; }

    /// <summary>征缴收入: the base year's premium income (employer and individual), for the collection ratio.</summary>
    public required Money PremiumIncome { get; init; }

    /// <summary>统筹基金支出: the base year's pooled-fund benefit expenditure, for the per-capita costs.</summary>
    public required Money PooledBenefits { get; init; }

    /// <summary>The per-capita pooled benefit cost of a retiree relative to an employee in service (e.g. 4.65).</summary>
    public required double RetiredCostWeight { get; init; }

    /// <summary>退休人员个人账户划入: the monthly credit per retiree paid from the pooled fund into accounts (0 when none).</summary>
    public Money RetireeAccountCredit { get; init; }
}
