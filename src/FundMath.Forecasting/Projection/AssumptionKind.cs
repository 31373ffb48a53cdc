namespace FundMath.Forecasting.Projection;

/// <summary>An assumption a scenario or the sensitivity analysis can move — 可调整的假设. Input files use the camel-case name.</summary>
public enum AssumptionKind
{
    /// <summary><c>contributionBaseGrowth</c>; pessimistic when lower.</summary>
    ContributionBaseGrowth,

    /// <summary><c>inServiceJoinRate</c>.</summary>
    InServiceJoinRate,

    /// <summary><c>inServiceLeaveRate</c>.</summary>
    InServiceLeaveRate,

    /// <summary><c>retirementRate</c> (faster ageing, 老龄化加快); pessimistic when higher while a retiree costs at least what an employee in service does.</summary>
    RetirementRate,

    /// <summary><c>retireeMortality</c>; pessimistic when lower (more retirees remain).</summary>
    RetireeMortality,

    /// <summary><c>inServiceCostGrowth</c>; pessimistic when higher.</summary>
    InServiceCostGrowth,

    /// <summary><c>retiredCostGrowth</c>; pessimistic when higher.</summary>
    RetiredCostGrowth,

    /// <summary><c>residentCostGrowth</c>: the default and every per-cohort resident cost growth; pessimistic when higher.</summary>
    ResidentCostGrowth,

    /// <summary><c>costGrowth</c>: every per-capita cost growth, employee and resident, at once; pessimistic when higher.</summary>
    CostGrowth,

    /// <summary><c>residentCohortGrowth</c>: one cohort's net growth (named by the shift) or every cohort's.</summary>
    ResidentCohortGrowth,

    /// <summary><c>personalAccountDrawdown</c>.</summary>
    PersonalAccountDrawdown,

    /// <summary><c>interestRate</c>; pessimistic when lower.</summary>
    InterestRate,

    /// <summary><c>utilisation</c>: the multiplier on benefit costs; pessimistic when higher.</summary>
    Utilisation,
}
