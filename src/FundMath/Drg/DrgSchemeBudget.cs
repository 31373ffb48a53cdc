namespace FundMath.Drg;

/// <summary>
/// One scheme's year as input — 险种年度预算: its annual budget for point payment, its reserve (or null for the
/// policy's reserve ratio), and the overall average cost its base points are relative to.
/// </summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Budget">年度点数付费预算, ≥ 0.</param>
/// <param name="Reserve">预留调节金 (0 ≤ reserve ≤ budget), or null for <see cref="DrgPolicy.ReserveRatio"/> × budget.</param>
/// <param name="OverallAverageCost">全市住院均次费用, &gt; 0.</param>
/// <remarks><c>default(DrgSchemeBudget)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct DrgSchemeBudget(DrgScheme Scheme, Money Budget, Money? Reserve, Money OverallAverageCost);
