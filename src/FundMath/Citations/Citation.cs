using System;
using System.Text;

namespace FundMath.Citations;

/// <summary>
/// Where a policy value comes from — 政策依据: a document number such as 医保发〔2021〕32号, optionally its title,
/// the clause, and an address.
/// </summary>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <exception cref="ArgumentException"><paramref name="document"/> is empty.</exception>
    public Citation(string document, string? title = null, string? clause = null, string? url = null)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            throw new ArgumentException("document must name the source (e.g. 医保发〔2021〕32号); it is empty.", nameof(document));
        }

        Document = document;
        Title = title;
        Clause = clause;
        Url = url;
    }

    /// <summary>The document number or name (文号), e.g. 医保发〔2021〕32号.</summary>
    public string Document { get; }

    /// <summary>The document title, e.g. 关于做好2021年城乡居民基本医疗保障工作的通知.</summary>
    public string? Title { get; }

    /// <summary>The clause within the document, e.g. "一".</summary>
    public string? Clause { get; }

    /// <summary>An address where the document can be read.</summary>
    public string? Url { get; }

    /// <summary>"医保发〔2021〕32号 一 《title》".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Document);
        if (!string.IsNullOrEmpty(Clause))
        {
            sb.Append(' ').Append(Clause);
        }

        if (!string.IsNullOrEmpty(Title))
        {
            sb.Append(" 《").Append(Title).Append('》');
        }

        return sb.ToString();
    }
}
