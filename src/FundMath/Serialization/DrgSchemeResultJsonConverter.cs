using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="DrgSchemeResult"/>: pointValue and totals.</summary>
internal sealed class DrgSchemeResultJsonConverter : ResultJsonConverter<DrgSchemeResult>
{
    protected override DrgSchemeResult Read(ResultMembers members)
    {
        DrgPointValue pointValue = members.Required<DrgPointValue>("pointValue");
        DrgPointTotals totals = members.Required<DrgPointTotals>("totals");
        return new DrgSchemeResult(pointValue, totals);
    }

    protected override void Write(ResultWriter writer, DrgSchemeResult value)
    {
        writer.Member("pointValue", value.PointValue).Member("totals", value.Totals);
    }
}
