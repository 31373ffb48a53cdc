namespace FundMath.Policies;

/// <summary>
/// The closed set of units a policy parameter can have — 参数单位. The unit decides how a value is written in a
/// file ("8.7%", 320, "5pp", 3), which typed accessor reads it, and its default domain.
/// </summary>
public enum ParameterUnit
{
    /// <summary>An amount of money (元), written 280 or "3.86亿元". File name: <c>yuan</c>.</summary>
    Yuan,

    /// <summary>Money per person per year (元/人·年), e.g. the resident subsidy. File name: <c>yuan_per_person_year</c>.</summary>
    YuanPerPersonYear,

    /// <summary>Money per person per month (元/人·月), e.g. an average premium base. File name: <c>yuan_per_person_month</c>.</summary>
    YuanPerPersonMonth,

    /// <summary>A rate within 0–100% such as a contribution rate (费率), written "8.7%". File name: <c>rate</c>.</summary>
    Rate,

    /// <summary>A difference of rates (个百分点), written "5pp". File name: <c>percentage_points</c>.</summary>
    PercentagePoints,

    /// <summary>A number of months (月), written 3 or "15/2". File name: <c>months</c>.</summary>
    Months,

    /// <summary>A number of persons (人), written 3019813 or "72.74万人". File name: <c>persons</c>.</summary>
    Persons,

    /// <summary>A plain non-negative count. File name: <c>count</c>.</summary>
    Count,

    /// <summary>A non-negative proportion that may exceed 100% (e.g. the 300% base cap), written "300%". File name: <c>ratio</c>.</summary>
    Ratio,
}
