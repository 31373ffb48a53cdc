namespace FundMath.Forecasting.Fits;

/// <summary>
/// A fitted trend's value at a future period with its prediction interval — 预测值及预测区间:
/// <c>Lower ≤ Value ≤ Upper</c> at the interval's <see cref="Level"/> (e.g. 0.95).
/// </summary>
/// <param name="Period">The period's label, e.g. "2026" or "2022Q1".</param>
/// <param name="Step">Periods after the last observed one (1 = the next period).</param>
/// <param name="Value">The point forecast.</param>
/// <param name="Lower">The lower end of the prediction interval.</param>
/// <param name="Upper">The upper end of the prediction interval.</param>
/// <param name="Level">The interval's coverage level, e.g. 0.95.</param>
public readonly record struct TrendPrediction(string Period, int Step, double Value, double Lower, double Upper, double Level);
