using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>
/// JSON for a FundMath enum: its member's name as a string ("NoBudget"). Reading takes only a defined name,
/// case-sensitive — a number (7), an undefined name or a combination is an error naming the accepted names, so an
/// enum is never read as a value it does not define. Generic over the enum, so it needs no reflection (AOT-safe).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} name as a JSON string ({Names()}) but found {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Enum.GetName(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of {Names()}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Enum.GetName(value) ?? throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}."));

    private static string Names() => string.Join(", ", Enum.GetNames<TEnum>());
}
