using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ExpenditureLine"/>: its code as a string ("inpatient"); an unknown code is an error listing the codes.</summary>
internal sealed class ExpenditureLineJsonConverter : JsonConverter<ExpenditureLine>
{
    public override ExpenditureLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonValueText.ReadString(ref reader, nameof(ExpenditureLine));
        if (ExpenditureLine.TryParse(code, out ExpenditureLine line))
        {
            return line;
        }

        string codes = string.Join(", ", Enumerable.Range(0, ExpenditureLine.Count).Select(i => "\"" + ExpenditureLine.FromIndex(i).Code + "\""));
        throw new JsonException($"Invalid ExpenditureLine '{code}': expected one of {codes}.");
    }

    public override void Write(Utf8JsonWriter writer, ExpenditureLine value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
