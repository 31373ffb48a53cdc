using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FundMath.Serialization;

/// <summary>
/// The strict JSON settings for FundMath's results: <see cref="FundMathJsonContext"/>'s source-generated metadata
/// with every settable member of a FundMath type required, so a missing member is an error, never a default.
/// Trim- and AOT-safe through <see cref="TypeInfo{T}"/>:
/// <c>JsonSerializer.Serialize(result, FundMathJson.TypeInfo&lt;BudgetExecution&gt;())</c>.
/// </summary>
public static class FundMathJson
{
    /// <summary>Read-only options: camelCase, enums as strings, FundMath's converters, unknown members rejected, every member required.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The strict metadata of <typeparamref name="T"/>, for the AOT-safe <see cref="JsonSerializer"/> overloads.</summary>
    /// <typeparam name="T">A type of <see cref="FundMathJsonContext"/>.</typeparam>
    /// <returns>The metadata.</returns>
    /// <exception cref="System.NotSupportedException"><typeparamref name="T"/> is not in the context.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(FundMathJsonContext.Default.Options)
        {
            TypeInfoResolver = FundMathJsonContext.Default.WithAddedModifier(RequireMembers),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A FundMath object's settable members are all required (computed, get-only ones are written, not read).</summary>
    private static void RequireMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(Money).Assembly)
        {
            return;
        }

        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (property.Set is not null)
            {
                property.IsRequired = true;
            }
        }
    }
}
