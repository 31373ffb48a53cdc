using System;
using System.Text.Json;

namespace FundMath.Serialization;

/// <summary>Shared reading helpers for the value-type converters.</summary>
internal static class JsonValueText
{
    internal static string ReadString(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeName} but found {reader.TokenType}.");
        }

        return reader.GetString()!;
    }

    internal static void WriteFormatted<T>(Utf8JsonWriter writer, T value, string? format, bool asString)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[128];
        if (!value.TryFormat(buffer, out int written, format, null))
        {
            throw new JsonException($"{typeof(T).Name} could not be formatted.");
        }

        if (asString)
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
        }
    }

    internal static T Parse<T>(string text, Func<string, T> parse, string typeName)
    {
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or DivideByZeroException)
        {
            throw new JsonException($"Invalid {typeName} '{text}': {e.Message}", e);
        }
    }
}
