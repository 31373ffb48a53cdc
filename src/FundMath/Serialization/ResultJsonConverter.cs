using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>
/// A result written as a JSON object of named members and read back through the type's validating factory: every
/// member is required, a derived member must agree with what the inputs give, and an unknown member is an error.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
internal abstract class ResultJsonConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string name = typeof(T).Name;
        ResultMembers members = ResultMembers.Read(ref reader, name, options);
        T result;
        try
        {
            result = Read(members);
        }
        catch (OverflowException e)
        {
            // A converter's own checks add members in checked arithmetic: a sum beyond 64 bits is bad input, refused
            // in the words of a factory's refusal (ResultMembers.Create), not an escaping OverflowException.
            throw new JsonException($"{name}: the members do not make a valid {name}: {e.Message}", e);
        }

        members.EnsureAllRead();
        return result;
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Write(new ResultWriter(writer, options), value);
        writer.WriteEndObject();
    }

    /// <summary>Reads the members and builds the value through its factory (<see cref="ResultMembers.Create{T}"/>).</summary>
    protected abstract T Read(ResultMembers members);

    /// <summary>Writes the members, inputs first.</summary>
    protected abstract void Write(ResultWriter writer, T value);
}
