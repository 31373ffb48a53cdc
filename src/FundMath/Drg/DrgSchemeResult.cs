namespace FundMath.Drg;

/// <summary>
/// What <see cref="DrgPayment.Compute"/> returns for one scheme — 险种点数付费结果: the point value and the case
/// totals (the per-case and per-institution figures are in the caller's spans). Built only by the calculation.
/// </summary>
/// <remarks><c>default(DrgSchemeResult)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct DrgSchemeResult
{
    internal DrgSchemeResult(DrgPointValue pointValue, DrgPointTotals totals)
    {
        PointValue = pointValue;
        Totals = totals;
    }

    /// <summary>The scheme's point value (budget, reserve, distributable budget, total settled points).</summary>
    public DrgPointValue PointValue { get; }

    /// <summary>The cases' total points (before institution factors) and outlier counts.</summary>
    public DrgPointTotals Totals { get; }

    /// <summary>The point value and case totals.</summary>
    public override string ToString() => $"{PointValue}; {Totals}";
}
