namespace FundMath.Tests.Citations;

using System;
using FundMath.Citations;

public class CitationTests
{
    private const string Document = "医保发〔2021〕32号";
    private const string Title = "关于做好2021年城乡居民基本医疗保障工作的通知";

    [Fact]
    public void Keeps_every_part_as_given()
    {
        Citation c = new(Document, Title, "一", "https://example.invalid/yibaofa-2021-32");
        Assert.Equal(Document, c.Document);
        Assert.Equal(Title, c.Title);
        Assert.Equal("一", c.Clause);
        Assert.Equal("https://example.invalid/yibaofa-2021-32", c.Url);
    }

    [Fact]
    public void Optional_parts_default_to_null()
    {
        Citation c = new(Document);
        Assert.Null(c.Title);
        Assert.Null(c.Clause);
        Assert.Null(c.Url);
    }

    // "文号 条款 《标题》": the clause follows the number after a space, the title in 书名号; the address is not printed.
    [Theory]
    [InlineData(null, null, "医保发〔2021〕32号")]
    [InlineData("", "", "医保发〔2021〕32号")]
    [InlineData("一", null, "医保发〔2021〕32号 一")]
    [InlineData(null, Title, "医保发〔2021〕32号 《关于做好2021年城乡居民基本医疗保障工作的通知》")]
    [InlineData("一", Title, "医保发〔2021〕32号 一 《关于做好2021年城乡居民基本医疗保障工作的通知》")]
    public void Prints_number_clause_and_title(string? clause, string? title, string expected) =>
        Assert.Equal(expected, new Citation(Document, title, clause, "http://example.invalid/").ToString());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_an_empty_document(string? document)
    {
        var e = Assert.Throws<ArgumentException>(() => new Citation(document!));
        Assert.Equal("document", e.ParamName);
        Assert.StartsWith("document must name the source (e.g. 医保发〔2021〕32号); it is empty.", e.Message);
    }

    [Fact]
    public void Citations_with_the_same_parts_are_equal()
    {
        Assert.Equal(new Citation(Document, Title, "一"), new Citation(Document, Title, "一"));
        Assert.NotEqual(new Citation(Document, Title, "一"), new Citation(Document, Title, "二"));
    }
}
