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
}
