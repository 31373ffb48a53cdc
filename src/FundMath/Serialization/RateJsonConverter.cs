using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Rate"/>: a string, "8.7%" or an exact ratio "1/3" (a bare number is ambiguous and rejected).</summary>
public sealed class RateJsonConverter : JsonConverter<Rate>
{
    /// <inheritdoc />
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(Rate));
        return JsonValueText.Parse(text, static t => Rate.Parse(t, null), nameof(Rate));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options)
    {
        // Exact round trip: a terminating percentage prints exactly, anything else as its exact ratio.
        Fraction percent = value.Percent;
        if (IsShortDecimal(percent))
        {
            JsonValueText.WriteFormatted(writer, value, null, asString: true);
        }
        else
        {
            Span<byte> buffer = stackalloc byte[64];
            value.Value.TryFormat(buffer, out int written, default, null);
            writer.WriteStringValue(buffer[..written]);
        }
    }

    internal static bool IsShortDecimal(Fraction f)
    {
        for (int d = 0; d <= 6; d++)
        {
            if (((Int128)f.Numerator * IntegerRounding.PowersOfTen[d]) % f.Denominator == 0)
            {
                return true;
            }
        }

        return false;
    }
}
