using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CoverBandPolicy"/>: the four thresholds in months as exact fractions, all required and validated as the constructor does.</summary>
internal sealed class CoverBandPolicyJsonConverter : JsonConverter<CoverBandPolicy>
{
    public override CoverBandPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(CoverBandPolicy), options);
        Fraction warningBelow = members.Required<Fraction>("warningBelow");
        Fraction highAbove = members.Required<Fraction>("highAbove");
        Fraction reasonableFrom = members.Required<Fraction>("reasonableFrom");
        Fraction reasonableTo = members.Required<Fraction>("reasonableTo");
        members.EnsureAllRead();
        return members.Create(() => new CoverBandPolicy(warningBelow, highAbove, reasonableFrom, reasonableTo));
    }

    public override void Write(Utf8JsonWriter writer, CoverBandPolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "warningBelow", value.WarningBelow, options);
        ResultMembers.Write(writer, "highAbove", value.HighAbove, options);
        ResultMembers.Write(writer, "reasonableFrom", value.ReasonableFrom, options);
        ResultMembers.Write(writer, "reasonableTo", value.ReasonableTo, options);
        writer.WriteEndObject();
    }
}
