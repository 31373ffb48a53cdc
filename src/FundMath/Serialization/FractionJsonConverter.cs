using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Fraction"/>: a string "n/d" (or a number, read exactly).</summary>
public sealed class FractionJsonConverter : JsonConverter<Fraction>
{
    /// <inheritdoc />
    public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Fraction.FromDecimal(reader.GetDecimal());
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Fraction));
        return JsonValueText.Parse(text, static t => Fraction.Parse(t), nameof(Fraction));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options) =>
        JsonValueText.WriteFormatted(writer, value, null, asString: true);
}
