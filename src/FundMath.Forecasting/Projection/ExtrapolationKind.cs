namespace FundMath.Forecasting.Projection;

/// <summary>How a dated funding standard continues after its last known year — 标准外推规则.</summary>
public enum ExtrapolationKind
{
    /// <summary><c>hold-last</c>: the last known value stays (no further increase).</summary>
    HoldLastValue,

    /// <summary><c>last-increment</c>: the last known year-on-year increase repeats every year (580 → 610 → 640 …: +30 a year).</summary>
    LastIncrement,

    /// <summary><c>linear-trend</c>: a linear trend fitted (least squares, MathNet) to every known yearly value continues.</summary>
    LinearTrend,

    /// <summary><c>growth:R</c>: the last known value grows at a constant rate R a year.</summary>
    ConstantGrowth,
}
