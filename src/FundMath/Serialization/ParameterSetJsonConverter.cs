using System.Linq;
using FundMath.Policies;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="ParameterSet"/>: name, layers (most general first) and parameters in name order, read through
/// <see cref="ParameterSet.FromLayers"/> (a name, at least one layer, no parameter twice).
/// </summary>
internal sealed class ParameterSetJsonConverter : ResultJsonConverter<ParameterSet>
{
    protected override ParameterSet Read(ResultMembers members)
    {
        string name = members.Required<string>("name");
        string[] layers = members.RequiredItems<string>("layers");
        Parameter[] parameters = members.RequiredItems<Parameter>("parameters");
        return members.Create(() => ParameterSet.FromLayers(name, layers, parameters));
    }

    protected override void Write(ResultWriter writer, ParameterSet value) =>
        writer.Member("name", value.Name).Member("layers", value.Layers.ToArray()).Member("parameters", value.Parameters.ToArray());
}
