using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

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

/// <summary>
/// JSON for <see cref="Money"/>: written as a number in 元 with two decimals (1466.00); read from such a number
/// (exact, at most two decimals) or from a string as reports print it ("3.86亿元", "84,555万元").
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            decimal d = reader.GetDecimal();
            try
            {
                return Money.FromYuan(d);
            }
            catch (ArgumentException e)
            {
                throw new JsonException($"Invalid Money {d}: {e.Message}", e);
            }
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Money));
        return JsonValueText.Parse(text, static t => Money.Parse(t, null), nameof(Money));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        JsonValueText.WriteFormatted(writer, value, "F2", asString: false);
}

/// <summary>JSON for <see cref="Rate"/>: a string, "8.7%" or an exact ratio "1/3" (a bare number is ambiguous and rejected).</summary>
public sealed class RateJsonConverter : JsonConverter<Rate>
{
    /// <inheritdoc />
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(Rate));
        return JsonValueText.Parse(text, static t => Rate.Parse(t, null), nameof(Rate));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options)
    {
        // Exact round trip: a terminating percentage prints exactly, anything else as its exact ratio.
        Fraction percent = value.Percent;
        if (IsShortDecimal(percent))
        {
            JsonValueText.WriteFormatted(writer, value, null, asString: true);
        }
        else
        {
            Span<byte> buffer = stackalloc byte[64];
            value.Value.TryFormat(buffer, out int written, default, null);
            writer.WriteStringValue(buffer[..written]);
        }
    }

    internal static bool IsShortDecimal(Fraction f)
    {
        for (int d = 0; d <= 6; d++)
        {
            if (((Int128)f.Numerator * IntegerRounding.PowersOfTen[d]) % f.Denominator == 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>JSON for <see cref="PercentagePoints"/>: a string such as "5pp" or "-2.82pp".</summary>
public sealed class PercentagePointsJsonConverter : JsonConverter<PercentagePoints>
{
    /// <inheritdoc />
    public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonValueText.ReadString(ref reader, nameof(PercentagePoints));
        return JsonValueText.Parse(text, static t => PercentagePoints.Parse(t, null), nameof(PercentagePoints));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options)
    {
        // Exact round trip: points with at most six decimals print as "5pp", anything else as "n/dpp".
        Fraction points = value.Points;
        if (RateJsonConverter.IsShortDecimal(points))
        {
            JsonValueText.WriteFormatted(writer, value, null, asString: true);
        }
        else
        {
            Span<char> buffer = stackalloc char[64];
            points.TryFormat(buffer, out int written, default, null);
            "pp".AsSpan().CopyTo(buffer[written..]);
            writer.WriteStringValue(buffer[..(written + 2)]);
        }
    }
}

/// <summary>JSON for <see cref="Fraction"/>: a string "n/d" (or a number, read exactly).</summary>
public sealed class FractionJsonConverter : JsonConverter<Fraction>
{
    /// <inheritdoc />
    public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Fraction.FromDecimal(reader.GetDecimal());
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Fraction));
        return JsonValueText.Parse(text, static t => Fraction.Parse(t), nameof(Fraction));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options) =>
        JsonValueText.WriteFormatted(writer, value, null, asString: true);
}

/// <summary>JSON for <see cref="Headcount"/>: an integer number of persons (or a string such as "72.74万人").</summary>
public sealed class HeadcountJsonConverter : JsonConverter<Headcount>
{
    /// <inheritdoc />
    public override Headcount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt64(out long persons) || persons < 0)
            {
                throw new JsonException($"A Headcount must be a non-negative whole number of persons.");
            }

            return Headcount.FromPersons(persons);
        }

        string text = JsonValueText.ReadString(ref reader, nameof(Headcount));
        return JsonValueText.Parse(text, static t => Headcount.Parse(t, null), nameof(Headcount));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Headcount value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Persons);
}

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
