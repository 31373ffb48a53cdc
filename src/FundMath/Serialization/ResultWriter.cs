using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FundMath.Serialization;

/// <summary>Writes the members of a result's JSON object through the options' source-generated metadata.</summary>
internal readonly struct ResultWriter
{
    private readonly Utf8JsonWriter writer;
    private readonly JsonSerializerOptions options;

    public ResultWriter(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        this.writer = writer;
        this.options = options;
    }

    /// <summary>Writes one member.</summary>
    public ResultWriter Member<TValue>(string name, TValue value)
    {
        ResultMembers.Write(writer, name, value, options);
        return this;
    }

    /// <summary>Writes one member as a nested JSON object.</summary>
    public ResultWriter Object(string name, Action<ResultWriter> write)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        write(this);
        writer.WriteEndObject();
        return this;
    }

    /// <summary>Writes one member as a JSON array of nested objects.</summary>
    public ResultWriter Array<TItem>(string name, IEnumerable<TItem> items, Action<ResultWriter, TItem> write)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (TItem item in items)
        {
            writer.WriteStartObject();
            write(this, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return this;
    }
}
