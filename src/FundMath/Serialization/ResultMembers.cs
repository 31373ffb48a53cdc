using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FundMath.Serialization;

/// <summary>
/// The members of a result's JSON object, read once: each member is taken by name and type (through the options'
/// source-generated metadata, so it stays trim/AOT-safe); a missing member, a duplicate, a member of the wrong
/// type or a member nobody asked for is a <see cref="JsonException"/> naming the type and the member; a derived
/// member (an outcome, a rate) must equal what the inputs give.
/// </summary>
internal sealed class ResultMembers
{
    private readonly Dictionary<string, JsonElement> members = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly string typeName;
    private readonly JsonSerializerOptions options;

    private ResultMembers(string typeName, JsonSerializerOptions options)
    {
        this.typeName = typeName;
        this.options = options;
    }

    /// <summary>The path of this object in messages: the type name, then any member names and indices.</summary>
    public string Path => typeName;

    public static ResultMembers Read(ref Utf8JsonReader reader, string typeName, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }

        var result = new ResultMembers(typeName, options);
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (!result.members.TryAdd(property.Name, property.Value.Clone()))
            {
                throw new JsonException($"{typeName}: the member '{property.Name}' appears twice.");
            }
        }

        return result;
    }

    /// <summary>The member <paramref name="name"/> as a <typeparamref name="T"/>; missing or null is an error.</summary>
    public T Required<T>(string name)
    {
        if (!members.TryGetValue(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            throw new JsonException($"{typeName}: the member '{name}' is missing; it is required.");
        }

        used.Add(name);
        try
        {
            return element.Deserialize(Info<T>(options))!;
        }
        catch (JsonException e)
        {
            throw new JsonException($"{typeName}.{name}: {e.Message}", e);
        }
    }

    /// <summary>The member <paramref name="name"/> as a JSON array of <typeparamref name="T"/>, each item read on its own so that an error names its index (<c>Type.name[3]: …</c>); missing, null or not an array is an error.</summary>
    public T[] RequiredItems<T>(string name)
    {
        JsonElement array = Element(name, JsonValueKind.Array);
        var result = new T[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Null)
            {
                throw new JsonException($"{typeName}.{name}[{i}]: an item is null; it is required.");
            }

            try
            {
                result[i] = item.Deserialize(Info<T>(options))!;
            }
            catch (JsonException e)
            {
                throw new JsonException($"{typeName}.{name}[{i}]: {e.Message}", e);
            }

            i++;
        }

        return result;
    }

    /// <summary>The member <paramref name="name"/> as a nested JSON object whose own members are read the same way (call <see cref="EnsureAllRead"/> on it); missing or not an object is an error.</summary>
    public ResultMembers Nested(string name) => FromElement(Element(name, JsonValueKind.Object), typeName + "." + name);


    /// <summary>The member <paramref name="name"/> as a JSON array of objects, each read the same way (call <see cref="EnsureAllRead"/> on each); missing or not an array of objects is an error.</summary>
    public ResultMembers[] NestedArray(string name)
    {
        JsonElement array = Element(name, JsonValueKind.Array);
        var result = new ResultMembers[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = $"{typeName}.{name}[{i}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"{path}: expected a JSON object but found {item.ValueKind}.");
            }

            result[i++] = FromElement(item, path);
        }

        return result;
    }

    /// <summary>The member <paramref name="name"/> as a JSON array of objects, each read by <paramref name="read"/> and then checked to have no member it did not read; missing or not an array of objects is an error.</summary>
    public T[] NestedItems<T>(string name, Func<ResultMembers, T> read)
    {
        ResultMembers[] items = NestedArray(name);
        var result = new T[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            result[i] = read(items[i]);
            items[i].EnsureAllRead();
        }

        return result;
    }

    private JsonElement Element(string name, JsonValueKind kind)
    {
        if (!members.TryGetValue(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            throw new JsonException($"{typeName}: the member '{name}' is missing; it is required.");
        }

        if (element.ValueKind != kind)
        {
            throw new JsonException($"{typeName}.{name}: expected a JSON {kind} but found {element.ValueKind}.");
        }

        used.Add(name);
        return element;
    }

    private ResultMembers FromElement(JsonElement element, string path)
    {
        var result = new ResultMembers(path, options);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!result.members.TryAdd(property.Name, property.Value))
            {
                throw new JsonException($"{path}: the member '{property.Name}' appears twice.");
            }
        }

        return result;
    }

    /// <summary>Whether the member <paramref name="name"/>, which must be present, is null (then it counts as read); read a non-null one with <see cref="Nested"/> or <see cref="Required{T}"/>.</summary>
    public bool IsNull(string name)
    {
        if (!members.TryGetValue(name, out JsonElement element))
        {
            throw new JsonException($"{typeName}: the member '{name}' is missing; it is required (write null for none).");
        }

        if (element.ValueKind != JsonValueKind.Null)
        {
            return false;
        }

        used.Add(name);
        return true;
    }

    /// <summary>Whether the object has the member <paramref name="name"/> (for a value with two shapes).</summary>
    public bool Has(string name) => members.ContainsKey(name);

    /// <summary>The member <paramref name="name"/>, which must be present but may be null (a nullable member is never defaulted by leaving it out).</summary>
    public T? RequiredOrNull<T>(string name)
    {
        if (!members.TryGetValue(name, out JsonElement element))
        {
            throw new JsonException($"{typeName}: the member '{name}' is missing; it is required (write null for none).");
        }

        used.Add(name);
        if (element.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

        try
        {
            return element.Deserialize(Info<T>(options))!;
        }
        catch (JsonException e)
        {
            throw new JsonException($"{typeName}.{name}: {e.Message}", e);
        }
    }

    /// <summary>A derived member: required, and it must equal <paramref name="expected"/> (what the inputs give).</summary>
    public void Derived<T>(string name, T expected)
    {
        T actual = Required<T>(name);
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            throw new JsonException($"{typeName}.{name} is {actual} but its inputs give {expected}; a derived member must agree with the inputs.");
        }
    }

    /// <summary>When the member is present, it must equal <paramref name="expected"/> (what the inputs give).</summary>
    public void Check<T>(string name, T expected)
        where T : IEquatable<T>
    {
        if (!members.ContainsKey(name))
        {
            return;
        }

        T actual = Required<T>(name);
        if (!actual.Equals(expected))
        {
            throw new JsonException($"{typeName}.{name} is {actual} but its inputs give {expected}; a derived member must agree with the inputs.");
        }
    }

    /// <summary>A member the JSON must not have (a rate of a result that has none).</summary>
    public void Absent(string name, string why)
    {
        if (members.ContainsKey(name))
        {
            throw new JsonException($"{typeName}.{name} must be absent: {why}.");
        }
    }

    /// <summary>Every member was read; any other is an error (a misspelt member is never silently dropped).</summary>
    public void EnsureAllRead()
    {
        foreach (string name in members.Keys)
        {
            if (!used.Contains(name))
            {
                throw new JsonException($"{typeName}: unknown member '{name}'.");
            }
        }
    }

    /// <summary>Runs a factory of the result type, turning its argument errors into a <see cref="JsonException"/>.</summary>
    public T Create<T>(Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            throw new JsonException($"{typeName}: the members do not make a valid {typeName}: {e.Message}", e);
        }
    }

    /// <summary>Writes one member through the options' metadata.</summary>
    public static void Write<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Info<T>(options));
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) =>
        options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new JsonException($"No JSON metadata for {typeof(T).Name}: serialise FundMath results through FundMathJsonContext.");
}
