namespace FundMath.Forecasting.Fits;

/// <summary>The shape of a trend fitted to a history series — 趋势模型.</summary>
public enum TrendModel
{
    /// <summary>Linear: <c>y = a + b·t</c> (a constant increase each period).</summary>
    Linear,

    /// <summary>Log-linear (constant growth): <c>ln y = a + b·t</c>, i.e. <c>y = e^a·(1 + g)^t</c> with <c>g = e^b − 1</c>; values must be positive.</summary>
    LogLinear,

    /// <summary>
    /// Damped trend: <c>y = a + b·(φ + φ² + … + φ^t)</c> with 0 &lt; φ &lt; 1 — the increase shrinks by the factor φ each
    /// period, so the series levels off at <c>a + b·φ/(1 − φ)</c>.
    /// </summary>
    DampedTrend,
}
