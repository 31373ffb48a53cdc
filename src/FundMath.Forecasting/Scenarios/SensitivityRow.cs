namespace FundMath.Forecasting.Scenarios;

/// <summary>
/// One row of a tornado table — 敏感性分析: one assumption moved down and up by <see cref="Delta"/>, the fund's
/// exhaustion year and final balance on each side. A side is null when the moved assumption would break its
/// range (e.g. a rate of 0 moved down); <see cref="Note"/> then says why.
/// </summary>
/// <param name="Assumption">The assumption's input-file name, e.g. "costGrowth".</param>
/// <param name="Delta">The move (0.01 = 1 percentage point, or 1% for utilisation).</param>
/// <param name="ExhaustionLow">Exhaustion year with the assumption lowered (null: none within the horizon or side not run).</param>
/// <param name="ExhaustionBaseline">Exhaustion year of the baseline (null: none within the horizon).</param>
/// <param name="ExhaustionHigh">Exhaustion year with the assumption raised.</param>
/// <param name="FinalLow">Final balance with the assumption lowered (null when that side was not run).</param>
/// <param name="FinalBaseline">Final balance of the baseline.</param>
/// <param name="FinalHigh">Final balance with the assumption raised (null when that side was not run).</param>
/// <param name="Note">Why a side is missing, or null.</param>
public readonly record struct SensitivityRow(
    string Assumption, double Delta, int? ExhaustionLow, int? ExhaustionBaseline, int? ExhaustionHigh,
    Money? FinalLow, Money FinalBaseline, Money? FinalHigh, string? Note)
{
    /// <summary>The width of the tornado bar: |final high − final low| (one side against the baseline when the other is missing).</summary>
    public Money Swing => ((FinalHigh ?? FinalBaseline) - (FinalLow ?? FinalBaseline)).Abs();
}
