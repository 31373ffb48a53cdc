using System.Collections.Generic;
using FundMath.Forecasting.Fits;

namespace FundMath.Cli.Forecasting;

/// <summary>A history series and the models to fit to it (all that have enough points when none is named).</summary>
internal sealed record HistoryInput(TrendSeries Series, IReadOnlyList<TrendModel> Models);
