using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace FundMath.Serialization;

/// <summary>JSON for a NodaTime value as the text of one pattern (ISO dates and months); bad text names the type and an example.</summary>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class NodaPatternJsonConverter<T>(IPattern<T> pattern, string expected) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, typeof(T).Name);
        ParseResult<T> result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"Invalid {typeof(T).Name} '{text}': expected {expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(pattern.Format(value));
}
