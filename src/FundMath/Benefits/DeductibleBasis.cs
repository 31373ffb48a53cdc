namespace FundMath.Benefits;

/// <summary>
/// How a claim kind's 起付线 (deductible) is counted — 起付标准计算方式: once per admission (visit), with a factor
/// for the second and later admissions of the year, or once per year, consumed by the year's claims in order.
/// Decided by which parameter the plan defines: <c>…deductible_per_admission</c> or <c>…deductible_per_year</c>.
/// </summary>
public enum DeductibleBasis : byte
{
    /// <summary>每次住院 (per admission): the level's amount × the repeat factor of the admission's ordinal in the year.</summary>
    PerAdmission = 0,

    /// <summary>每年度 (per year): the level's amount minus what earlier claims of the year already used.</summary>
    PerYear = 1,
}
