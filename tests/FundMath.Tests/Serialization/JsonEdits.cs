namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath.Serialization;

/// <summary>Writing, editing and reading back FundMath JSON through the strict options, for the boundary tests of this folder.</summary>
internal static class JsonEdits
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, FundMathJson.TypeInfo<T>());

    public static JsonObject Tree<T>(T value) => JsonNode.Parse(Write(value))!.AsObject();

    public static T Read<T>(string json) => JsonSerializer.Deserialize(json, FundMathJson.TypeInfo<T>())!;

    public static T Read<T>(JsonNode json) => Read<T>(json.ToJsonString());

    /// <summary>The message of the <see cref="JsonException"/> that reading <paramref name="json"/> throws.</summary>
    public static string Refused<T>(string json) => Assert.Throws<JsonException>(() => Read<T>(json)).Message;

    public static string Refused<T>(JsonNode json) => Refused<T>(json.ToJsonString());

    /// <summary>The value written, edited, and the message of reading it back.</summary>
    public static string RefusedEdit<T>(T value, Action<JsonObject> edit)
    {
        JsonObject tree = Tree(value);
        edit(tree);
        return Refused<T>(tree);
    }

    /// <summary>The value written, edited, and read back.</summary>
    public static T ReadEdit<T>(T value, Action<JsonObject> edit)
    {
        JsonObject tree = Tree(value);
        edit(tree);
        return Read<T>(tree);
    }
}
