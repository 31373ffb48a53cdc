namespace FundMath;

/// <summary>The length of a reporting period; the value is its number of months.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month (月).</summary>
    Month = 1,

    /// <summary>A calendar quarter (季度): Q1 = January–March.</summary>
    Quarter = 3,

    /// <summary>A half-year (半年): H1 = January–June.</summary>
    HalfYear = 6,

    /// <summary>A calendar (= fiscal) year (年度).</summary>
    Year = 12,
}
