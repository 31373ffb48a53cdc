using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="PercentagePoints"/>: a string such as "5pp" or "-2.82pp".</summary>
public sealed class PercentagePointsJsonConverter : JsonConverter<PercentagePoints>
{
    /// <inheritdoc />
    public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(PercentagePoints));
        return JsonValueText.Parse(text, static t => PercentagePoints.Parse(t, null), nameof(PercentagePoints));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options)
    {
        // Exact round trip: points with at most six decimals print as "5pp", anything else as "n/dpp".
        Fraction points = value.Points;
        if (RateJsonConverter.IsShortDecimal(points))
        {
            JsonValueText.WriteFormatted(writer, value, null, asString: true);
        }
        else
        {
            Span<char> buffer = stackalloc char[64];
            points.TryFormat(buffer, out int written, default, null);
            "pp".AsSpan().CopyTo(buffer[written..]);
            writer.WriteStringValue(buffer[..(written + 2)]);
        }
    }
}
