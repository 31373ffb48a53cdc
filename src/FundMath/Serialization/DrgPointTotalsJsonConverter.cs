using System;
using System.Text.Json;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="DrgPointTotals"/>: points, cases, highOutliers and lowOutliers (outliers are among the cases).</summary>
internal sealed class DrgPointTotalsJsonConverter : ResultJsonConverter<DrgPointTotals>
{
    protected override DrgPointTotals Read(ResultMembers members)
    {
        DrgPoints points = members.Required<DrgPoints>("points");
        long cases = members.Required<long>("cases");
        long high = members.Required<long>("highOutliers");
        long low = members.Required<long>("lowOutliers");
        if (points.IsNegative || cases < 0 || high < 0 || low < 0 || (Int128)high + low > cases)
        {
            throw new JsonException($"DrgPointTotals: {high} high and {low} low outliers among {cases} cases with {points} points is not a tally of cases.");
        }

        return new DrgPointTotals(points, cases, high, low);
    }

    protected override void Write(ResultWriter writer, DrgPointTotals value)
    {
        writer.Member("points", value.Points).Member("cases", value.Cases).Member("highOutliers", value.HighOutliers).Member("lowOutliers", value.LowOutliers);
    }
}
