using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="DrgPoints"/>: a number of points with up to six decimals (12.345678), read through <see cref="DrgPoints.FromDecimal"/>.</summary>
internal sealed class DrgPointsJsonConverter : JsonConverter<DrgPoints>
{
    public override DrgPoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal points))
        {
            throw new JsonException($"Expected a JSON number of DRG points but found {reader.TokenType}.");
        }

        try
        {
            return DrgPoints.FromDecimal(points);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw new JsonException($"Invalid DrgPoints {points}: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, DrgPoints value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
