using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace FundMath.Serialization;

/// <summary>JSON for NodaTime's <see cref="LocalDate"/>: the ISO text "2021-01-01".</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(LocalDate));
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"Invalid LocalDate '{text}': expected a date such as \"2021-01-01\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
