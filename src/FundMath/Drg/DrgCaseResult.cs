namespace FundMath.Drg;

/// <summary>
/// The points of one case — 病例点数: its base points (the group's, or re-pointed for an outlier), the case
/// points after the adjustment factor, and how it was pointed. Built only by <see cref="DrgCasePoints"/>.
/// </summary>
/// <remarks><c>default(DrgCaseResult)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct DrgCaseResult
{
    internal DrgCaseResult(DrgPoints basePoints, DrgPoints points, DrgCaseKind kind)
    {
        BasePoints = basePoints;
        Points = points;
        Kind = kind;
    }

    /// <summary>The base points the factor applies to: the group's 基准点数, or the re-pointed base of an outlier.</summary>
    public DrgPoints BasePoints { get; }

    /// <summary>The case's points: round(base points × adjustment factor).</summary>
    public DrgPoints Points { get; }

    /// <summary>Normal, high-cost or low-cost outlier.</summary>
    public DrgCaseKind Kind { get; }

    /// <summary>"150.0000 points (Normal)".</summary>
    public override string ToString() => $"{Points:G} points ({Kind})";
}
