using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace FundMath.Serialization;

/// <summary>JSON for NodaTime's <see cref="YearMonth"/>: the ISO text "2021-01".</summary>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(YearMonth));
        ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"Invalid YearMonth '{text}': expected a year and month such as \"2021-01\".");
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
}
