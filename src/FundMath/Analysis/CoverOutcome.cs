namespace FundMath.Analysis;

/// <summary>How a months-of-cover figure came out.</summary>
public enum CoverOutcome
{
    /// <summary>Computed; the actual balance is zero or positive.</summary>
    Covered,

    /// <summary>Computed, but the actual balance is negative (deductions exceed the book balance, or the book balance is negative): negative cover, flagged.</summary>
    NegativeBalance,

    /// <summary>The monthly expenditure is zero or negative: no months of cover are defined.</summary>
    NoExpenditure,
}
