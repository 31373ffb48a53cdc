using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ToleranceBand"/>: <c>{"below":"5pp","above":"5pp"}</c>, both required, neither negative.</summary>
internal sealed class ToleranceBandJsonConverter : JsonConverter<ToleranceBand>
{
    public override ToleranceBand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(ToleranceBand), options);
        PercentagePoints below = members.Required<PercentagePoints>("below");
        PercentagePoints above = members.Required<PercentagePoints>("above");
        members.EnsureAllRead();
        return members.Create(() => new ToleranceBand(below, above));
    }

    public override void Write(Utf8JsonWriter writer, ToleranceBand value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "below", value.Below, options);
        ResultMembers.Write(writer, "above", value.Above, options);
        writer.WriteEndObject();
    }
}
