using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="Money"/>: written as a number in 元 with two decimals (1466.00); read from such a number
/// (exact, at most two decimals, within <see cref="Money.MaxValue"/>) or from a string as reports print it ("3.86亿元",
/// "84,555万元"); anything else is a <see cref="JsonException"/>.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            decimal d = reader.GetDecimal();
            try
            {
                return Money.FromYuan(d);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                throw new JsonException($"Invalid Money {d}: {e.Message}", e);
            }
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Money));
        return JsonValueText.Parse(text, static t => Money.Parse(t, null), nameof(Money));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        JsonValueText.WriteFormatted(writer, value, "F2", asString: false);
}
