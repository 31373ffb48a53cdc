using FundMath.Policies;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ParameterValue"/>: unit and exact (a fraction), read through <see cref="ParameterValue.FromExact"/> (money exact to the fen, counts whole).</summary>
internal sealed class ParameterValueJsonConverter : ResultJsonConverter<ParameterValue>
{
    protected override ParameterValue Read(ResultMembers members)
    {
        ParameterUnit unit = members.Required<ParameterUnit>("unit");
        Fraction exact = members.Required<Fraction>("exact");
        return members.Create(() => ParameterValue.FromExact(unit, exact));
    }

    protected override void Write(ResultWriter writer, ParameterValue value)
    {
        writer.Member("unit", value.Unit).Member("exact", value.Exact);
    }
}
