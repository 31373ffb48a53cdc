using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="IncomeLine"/>: its code as a string ("premiums"); an unknown code is an error listing the codes.</summary>
internal sealed class IncomeLineJsonConverter : JsonConverter<IncomeLine>
{
    public override IncomeLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonValueText.ReadString(ref reader, nameof(IncomeLine));
        if (IncomeLine.TryParse(code, out IncomeLine line))
        {
            return line;
        }

        string codes = string.Join(", ", Enumerable.Range(0, IncomeLine.Count).Select(i => "\"" + IncomeLine.FromIndex(i).Code + "\""));
        throw new JsonException($"Invalid IncomeLine '{code}': expected one of {codes}.");
    }

    public override void Write(Utf8JsonWriter writer, IncomeLine value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
