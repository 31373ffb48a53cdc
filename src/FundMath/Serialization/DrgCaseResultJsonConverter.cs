using System.Text.Json;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="DrgCaseResult"/>: basePoints, points and kind (points are never negative).</summary>
internal sealed class DrgCaseResultJsonConverter : ResultJsonConverter<DrgCaseResult>
{
    protected override DrgCaseResult Read(ResultMembers members)
    {
        DrgPoints basePoints = members.Required<DrgPoints>("basePoints");
        DrgPoints points = members.Required<DrgPoints>("points");
        DrgCaseKind kind = members.Required<DrgCaseKind>("kind");
        if (basePoints.IsNegative || points.IsNegative)
        {
            throw new JsonException($"DrgCaseResult: points {points} and base points {basePoints} cannot be negative.");
        }

        return new DrgCaseResult(basePoints, points, kind);
    }

    protected override void Write(ResultWriter writer, DrgCaseResult value)
    {
        writer.Member("basePoints", value.BasePoints).Member("points", value.Points).Member("kind", value.Kind);
    }
}
