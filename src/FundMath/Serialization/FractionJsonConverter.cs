using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Fraction"/>: a string "n/d" (or a number, read exactly); one whose reduced terms do not fit in 64 bits is a <see cref="JsonException"/>.</summary>
public sealed class FractionJsonConverter : JsonConverter<Fraction>
{
    /// <inheritdoc />
    public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            decimal d = reader.GetDecimal();
            try
            {
                return Fraction.FromDecimal(d);
            }
            catch (OverflowException e)
            {
                throw new JsonException($"Invalid Fraction {d}: {e.Message}", e);
            }
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Fraction));
        return JsonValueText.Parse(text, static t => Fraction.Parse(t), nameof(Fraction));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options) =>
        JsonValueText.WriteFormatted(writer, value, null, asString: true);
}
