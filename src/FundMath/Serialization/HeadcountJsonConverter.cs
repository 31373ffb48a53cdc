using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Headcount"/>: an integer number of persons (or a string such as "72.74万人").</summary>
public sealed class HeadcountJsonConverter : JsonConverter<Headcount>
{
    /// <inheritdoc />
    public override Headcount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt64(out long persons) || persons < 0)
            {
                throw new JsonException($"A Headcount must be a non-negative whole number of persons.");
            }

            return Headcount.FromPersons(persons);
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Headcount));
        return JsonValueText.Parse(text, static t => Headcount.Parse(t, null), nameof(Headcount));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Headcount value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Persons);
}
