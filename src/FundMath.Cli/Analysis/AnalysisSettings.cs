using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Funds;
using FundMath.Cli.Views;
using FundMath.Explain;

namespace FundMath.Cli.Analysis;

/// <summary>Settings of an analysis run: the print rounding of months of cover and the bands.</summary>
/// <param name="MonthsRounding">How the report-style integer months are rounded (nearest = AwayFromZero, floor = ToNegativeInfinity).</param>
internal sealed record AnalysisSettings(MidpointRounding MonthsRounding)
{
    /// <summary>±5 percentage points around expected progress ("上下浮动5个百分点", the Zhuzhou 2021 report's convention).</summary>
    public BudgetTolerancePolicy Tolerance { get; init; } = BudgetTolerancePolicy.Default;

    /// <summary>Bands of months of cover: &lt; 3 warning, 3–9, &gt; 9 (the Zhuzhou 2021 report's grouping).</summary>
    public CoverBandPolicy Bands { get; init; } = CoverBandPolicy.Default;

    /// <summary>Below this many months: insufficient (低于3个月).</summary>
    public Fraction LowerBand => Bands.WarningBelow;

    /// <summary>Above this many months: high (高于9个月).</summary>
    public Fraction UpperBand => Bands.HighAbove;

    public string RoundingName => MonthsRounding == MidpointRounding.ToNegativeInfinity ? "floor" : "nearest";
}
