using System;
using FundMath.Analysis;

namespace FundMath.Cli.Analysis;

/// <summary>Settings of an analysis run: the print rounding of months of cover and the bands.</summary>
/// <param name="MonthsRounding">How the report-style integer months are rounded (nearest = AwayFromZero, floor = ToNegativeInfinity).</param>
internal sealed record AnalysisSettings(MidpointRounding MonthsRounding)
{
    /// <summary>The tolerance around expected progress (default: FundMath's conventions layer, 株洲市's ±5pp "上下浮动5个百分点").</summary>
    public BudgetTolerancePolicy Tolerance { get; init; } = BudgetTolerancePolicy.Default;

    /// <summary>Bands of months of cover (default: FundMath's conventions layer, 株洲市's &lt; 3, 3–9, &gt; 9; reasonable 6–9 national).</summary>
    public CoverBandPolicy Bands { get; init; } = CoverBandPolicy.Default;

    /// <summary>Where the tolerance and bands come from, printed under the budget-execution and months-of-cover tables.</summary>
    public string ParametersNote { get; init; } = "Tolerance and bands: the defaults of FundMath's conventions layer — local conventions of 株洲市 (its 2021 annual fund report), not national rules.";

    /// <summary><see cref="ParametersNote"/> in Chinese (--lang zh).</summary>
    public string ParametersNoteChinese { get; init; } = "容差和分档：FundMath 约定层的默认值——株洲市的本地约定（见其2021年年度基金报告），不是全国规定。";

    /// <summary>Below this many months: insufficient (低于3个月).</summary>
    public Fraction LowerBand => Bands.WarningBelow;

    /// <summary>Above this many months: high (高于9个月).</summary>
    public Fraction UpperBand => Bands.HighAbove;

    public string RoundingName => MonthsRounding == MidpointRounding.ToNegativeInfinity ? "floor" : "nearest";
}
