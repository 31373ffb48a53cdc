using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="ServiceCategory"/>: its code as a string ("inpatient"); an unknown code is an error listing the codes.</summary>
internal sealed class ServiceCategoryJsonConverter : JsonConverter<ServiceCategory>
{
    public override ServiceCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonValueText.ReadString(ref reader, nameof(ServiceCategory));
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            if (ServiceCategory.FromIndex(i).Code == code)
            {
                return ServiceCategory.FromIndex(i);
            }
        }

        string codes = string.Join(", ", Enumerable.Range(0, ServiceCategory.Count).Select(i => "\"" + ServiceCategory.FromIndex(i).Code + "\""));
        throw new JsonException($"Invalid ServiceCategory '{code}': expected one of {codes}.");
    }

    public override void Write(Utf8JsonWriter writer, ServiceCategory value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
