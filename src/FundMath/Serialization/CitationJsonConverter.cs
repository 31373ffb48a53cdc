using FundMath.Citations;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Citation"/>: document, title, clause and url, each required (null for none), read through the constructor (the document must name a source).</summary>
internal sealed class CitationJsonConverter : ResultJsonConverter<Citation>
{
    protected override Citation Read(ResultMembers members)
    {
        string document = members.Required<string>("document");
        string? title = members.RequiredOrNull<string>("title");
        string? clause = members.RequiredOrNull<string>("clause");
        string? url = members.RequiredOrNull<string>("url");
        return members.Create(() => new Citation(document, title, clause, url));
    }

    protected override void Write(ResultWriter writer, Citation value) =>
        writer.Member("document", value.Document).Member("title", value.Title).Member("clause", value.Clause).Member("url", value.Url);
}
