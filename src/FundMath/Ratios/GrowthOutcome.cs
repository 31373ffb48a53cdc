namespace FundMath.Ratios;

/// <summary>Whether a growth rate (同比增长率) can be stated.</summary>
public enum GrowthOutcome
{
    /// <summary>The base is positive: the rate is (current − previous) / previous.</summary>
    Meaningful,

    /// <summary>The base is zero: no rate can be stated (同比 "不可比"); the change is still exact.</summary>
    NotMeaningfulZeroBase,

    /// <summary>The base is negative (e.g. a deficit): the rate is stated over |previous| and flagged, because the plain formula flips its sign.</summary>
    NegativeBase,
}
