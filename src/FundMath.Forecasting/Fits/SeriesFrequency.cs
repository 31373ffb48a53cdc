namespace FundMath.Forecasting.Fits;

/// <summary>How often a history series has a value — 数据频度.</summary>
public enum SeriesFrequency
{
    /// <summary>One value a year (年度).</summary>
    Yearly,

    /// <summary>One value a quarter (季度).</summary>
    Quarterly,
}
