namespace FundMath.Forecasting.Projection;

/// <summary>
/// A key date with its explanation — 关键年份及说明: the year (null when it does not occur within the horizon)
/// and a sentence with the figures that decide it.
/// </summary>
/// <param name="Kind">Which key date.</param>
/// <param name="Year">The year, or null when it does not occur within the projection.</param>
/// <param name="Sentence">Why: e.g. "2026: income 28.51亿 &lt; expenditure 29.10亿 (current surplus −0.59亿)".</param>
public readonly record struct KeyDate(KeyDateKind Kind, int? Year, string Sentence)
{
    /// <summary>True when the date occurs within the projection.</summary>
    public bool Occurs => Year.HasValue;
}
