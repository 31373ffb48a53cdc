using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ReportingPeriod"/>: a string "2021", "2021H1", "2021Q3" or "2021-07".</summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc />
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(ReportingPeriod));
        return JsonValueText.Parse(text, static t => ReportingPeriod.Parse(t, null), nameof(ReportingPeriod));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[16];
        value.TryFormat(buffer, out int written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }
}
