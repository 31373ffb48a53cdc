using System.Linq;
using System.Text.Json;
using FundMath.Data;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="PoolingCityDocument"/>: city, unit, priorDeficitReading (null when the document gives none),
/// parameterFile (the <c>parameter_file:</c> scalar as <c>{text, kind, location}</c>, or null), year, counties (in
/// ordinal name order, as read) and location; read through <see cref="PoolingCityDocument.FromParts"/>. The document's
/// own nodes are not written: a document read back locates settlement errors at its location.
/// </summary>
internal sealed class PoolingCityDocumentJsonConverter : ResultJsonConverter<PoolingCityDocument>
{
    private const string ParameterFilePath = "parameter_file";

    protected override PoolingCityDocument Read(ResultMembers members)
    {
        string? city = members.RequiredOrNull<string>("city");
        MoneyUnit unit = members.Required<MoneyUnit>("unit");
        PriorDeficitReading? reading = members.RequiredOrNull<PriorDeficitReading?>("priorDeficitReading");
        DataNode? parameterFile = null;
        if (!members.IsNull("parameterFile"))
        {
            ResultMembers file = members.Nested("parameterFile");
            string text = file.Required<string>("text");
            DataScalarKind kind = file.Required<DataScalarKind>("kind");
            SourceLocation at = file.Required<SourceLocation>("location");
            file.EnsureAllRead();
            parameterFile = file.Create(() => DataNode.Scalar(text, kind, at, ParameterFilePath));
        }

        PoolingYear year = members.Required<PoolingYear>("year");
        PoolingCounty[] counties = members.RequiredItems<PoolingCounty>("counties");
        SourceLocation location = members.Required<SourceLocation>("location");
        return members.Create(() => PoolingCityDocument.FromParts(city, year, reading, unit, parameterFile, counties, location));
    }

    protected override void Write(ResultWriter writer, PoolingCityDocument value)
    {
        writer.Member("city", value.City).Member("unit", value.Unit).Member("priorDeficitReading", value.Reading);
        if (value.ParameterFile is { } file)
        {
            if (!file.IsScalar || file.Text is null)
            {
                throw new JsonException($"PoolingCityDocument.parameterFile at {file.Location} is {file.DescribeSelf()}; only a path (a scalar) can be written.");
            }

            writer.Object("parameterFile", w => w.Member("text", file.Text).Member("kind", file.ScalarKind).Member("location", file.Location));
        }
        else
        {
            writer.Member<string?>("parameterFile", null);
        }

        writer.Member("year", value.Year).Member("counties", value.Counties.ToArray()).Member("location", value.Location);
    }
}
