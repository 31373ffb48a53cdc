namespace FundMath.Drg;

/// <summary>
/// What a batch of cases added up to — 病例点数汇总: total points, cases, and the outliers among them. Built
/// only by <see cref="DrgCasePoints"/>; merging two partitions' totals is exact (<see cref="op_Addition"/>).
/// </summary>
/// <remarks><c>default(DrgPointTotals)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct DrgPointTotals
{
    internal DrgPointTotals(DrgPoints points, long cases, long highOutliers, long lowOutliers)
    {
        Points = points;
        Cases = cases;
        HighOutliers = highOutliers;
        LowOutliers = lowOutliers;
    }

    /// <summary>总点数: the sum of the cases' points.</summary>
    public DrgPoints Points { get; }

    /// <summary>The number of cases.</summary>
    public long Cases { get; }

    /// <summary>The number of high-cost outliers (高倍率病例).</summary>
    public long HighOutliers { get; }

    /// <summary>The number of low-cost outliers (低倍率病例).</summary>
    public long LowOutliers { get; }

    /// <summary>The totals of two disjoint batches (checked).</summary>
    public static DrgPointTotals operator +(DrgPointTotals left, DrgPointTotals right) =>
        new(left.Points + right.Points, checked(left.Cases + right.Cases), checked(left.HighOutliers + right.HighOutliers), checked(left.LowOutliers + right.LowOutliers));

    /// <summary>"N cases, P points (h high, l low outliers)".</summary>
    public override string ToString() => $"{Cases} cases, {Points:G} points ({HighOutliers} high, {LowOutliers} low outliers)";
}
