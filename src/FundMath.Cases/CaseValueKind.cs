namespace FundMath.Cases;

/// <summary>The type of a case input or output — 值类型. Decides how a file writes it and how it is compared.</summary>
public enum CaseValueKind
{
    /// <summary>Exact money: 280, "84,555万元", "3.86亿元".</summary>
    Money,

    /// <summary>A rate: "8.7%", "1/3".</summary>
    Rate,

    /// <summary>Percentage points: "5pp".</summary>
    PercentagePoints,

    /// <summary>An exact fraction: "392/25", "15.68".</summary>
    Fraction,

    /// <summary>Persons: 3019813, "72.74万人".</summary>
    Headcount,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>An exact decimal.</summary>
    Decimal,

    /// <summary>Text (compared exactly).</summary>
    Text,

    /// <summary>A date "2021-01-01".</summary>
    Date,

    /// <summary>A reporting period "2021Q3".</summary>
    Period,

    /// <summary>true / false.</summary>
    Boolean,
}
