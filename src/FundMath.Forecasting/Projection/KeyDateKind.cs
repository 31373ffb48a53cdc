namespace FundMath.Forecasting.Projection;

/// <summary>A key date of a projection — 关键年份.</summary>
public enum KeyDateKind
{
    /// <summary>当期收不抵支: the first year whose income is below its expenditure.</summary>
    FirstCurrentDeficit,

    /// <summary>累计结余耗尽: the first year whose closing accumulated balance is below zero.</summary>
    Exhaustion,

    /// <summary>The first year whose months of cover lie outside the reasonable range (either side).</summary>
    CoverOutsideReasonableRange,

    /// <summary>The first year whose months of cover fall below the reasonable range's lower edge.</summary>
    CoverBelowReasonableRange,
}
