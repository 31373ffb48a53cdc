using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Data;
using FundMath.Tests.Support;
using FundMath.Yaml;
using Xunit.Abstractions;

namespace FundMath.Tests.Data;

using System;
using System.Linq;
using Money = global::FundMath.Money;

public class ReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Json_numbers_keep_raw_text_and_kinds()
    {
        DataNode d = JsonDataReader.Read("""{"a": 8.70, "b": "8.70", "c": true, "d": null, "e": [1, 2]}""", "x.json");
        Assert.Equal(("8.70", DataScalarKind.Number), (d.Required("a").Text, d.Required("a").ScalarKind));
        Assert.Equal(DataScalarKind.String, d.Required("b").ScalarKind);
        Assert.Equal(DataScalarKind.Boolean, d.Required("c").ScalarKind);
        Assert.True(d.Required("d").IsNull);
        Assert.Equal(2, d.Required("e").AsSequence().Count);
        Assert.Equal(new SourceLocation("x.json", 1, 57), d.Required("e").Items[1].Location);
    }

    [Fact]
    public void Json_columns_count_characters_not_bytes()
    {
        DataNode d = JsonDataReader.Read("{\"名称\": \"医保\", \"x\": 1}", "u.json");
        Assert.Equal(14, d.Members[1].KeyLocation.Column); // {"名称": "医保", "x" — 13 characters before the quote (26 bytes)
    }

    [Theory]
    [InlineData("{\"a\": 1,\n  \"b\": }", 2, 8)]
    [InlineData("{\"a\": [1, 2}", 1, 12)]
    [InlineData("", 1, 1)]
    [InlineData("{} {}", 1, 4)]
    public void Malformed_json_reports_line_and_column(string text, int line, int column)
    {
        var e = Assert.Throws<DataFormatException>(() => JsonDataReader.Read(text, "bad.json"));
        output.WriteLine(e.Message);
        Assert.Equal(("bad.json", line, column), (e.SourceName, e.Line, e.Column));
    }

    [Fact]
    public void Yaml_scalar_kinds_follow_quoting()
    {
        DataNode d = YamlDataReader.Read("a: 8.70\nb: '8.70'\nc: true\nd:\ne: \"x\"\n", "k.yaml");
        Assert.Equal(DataScalarKind.Plain, d.Required("a").ScalarKind);
        Assert.Equal(DataScalarKind.String, d.Required("b").ScalarKind);
        Assert.Equal(DataScalarKind.Boolean, d.Required("c").ScalarKind);
        Assert.True(d.Required("d").IsNull);
        Assert.Equal(new SourceLocation("k.yaml", 5, 4), d.Required("e").Location);
    }

    [Fact]
    public void Yaml_aliases_share_the_anchored_node()
    {
        DataNode d = YamlDataReader.Read("base: &b { rate: 8% }\ncity: *b\n", "a.yaml");
        Assert.Same(d.Required("base"), d.Required("city"));
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read("x: *nope\n", "a.yaml"));
        Assert.Contains("a.yaml:1:4", e.Message);
    }

    [Fact]
    public void Yaml_merge_keys_and_multiple_documents_are_rejected_clearly()
    {
        var merge = Assert.Throws<DataFormatException>(() => YamlDataReader.Read("a: &b {x: 1}\nc:\n  <<: *b\n", "m.yaml"));
        Assert.Contains("m.yaml:3:3", merge.Message);
        Assert.Contains("merge keys", merge.Message);
        var docs = Assert.Throws<DataFormatException>(() => YamlDataReader.Read("a: 1\n---\nb: 2\n", "m.yaml"));
        Assert.Contains("single YAML document", docs.Message);
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("a: 1\n  b: 2\n")]
    [InlineData("\"unterminated\n")]
    [InlineData("")]
    public void Malformed_yaml_is_a_DataFormatException_with_position(string text)
    {
        var e = Assert.Throws<DataFormatException>(() => YamlDataReader.Read(text, "bad.yaml"));
        output.WriteLine(e.Message);
        Assert.StartsWith("bad.yaml:", e.Message);
        Assert.True(e.Line >= 1 && e.Column >= 1, e.Message);
    }

    [Fact]
    public void DataFiles_dispatches_by_extension()
    {
        string dir = Directory.CreateTempSubdirectory("fundmath-data").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.json"), "{\"x\": \"280\"}");
            File.WriteAllText(Path.Combine(dir, "a.yml"), "x: 280\n");
            File.WriteAllText(Path.Combine(dir, "a.txt"), "x: 280\n");
            Assert.Equal(Money.FromYuan(280), DataFiles.Load(Path.Combine(dir, "a.json")).Required("x").AsMoney());
            Assert.Equal(Money.FromYuan(280), DataFiles.Load(Path.Combine(dir, "a.yml")).Required("x").AsMoney());
            var e = Assert.Throws<DataFormatException>(() => DataFiles.Load(Path.Combine(dir, "a.txt")));
            Assert.Contains("unknown data file extension '.txt'", e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private const string SampleYaml = """
        name: resident.individual_contribution
        unit: yuan_per_person_year
        values:
          - { from: 2021-01-01, value: 320, cite: "医保发〔2021〕32号" }
          - from: 2022-01-01
            value: "350"
            list: [a, 'b', "c", &x 1, *x]
        text: |
          line one
        """;

    private const string SampleJson = """
        {"name": "x", "values": [{"from": "2021-01-01", "value": 320.5, "cite": "医保发〔2021〕32号"}],
         "nested": {"a": [true, false, null, -1e3]}, "s": "\u4e2d\n"}
        """;

    private static readonly Arbitrary<string> Mutations = Arb.From(
        from source in Gen.Elements(SampleYaml, SampleJson)
        from cut in Gen.Choose(0, source.Length)
        from noise in Gen.Elements("", "{", "}", "[", "]", ":", "- ", "\"", "'", "&a", "*a", "\n  ", "\t", "#", "---", "!!", "%", "\\u12", ",", "\0", "\uD800", "<<: ")
        from insertAt in Gen.Choose(0, cut)
        select source[..cut].Insert(insertAt, noise));

    [FundMathProperty]
    public Property Truncated_or_mutated_input_only_ever_throws_DataFormatException()
    {
        return Prop.ForAll(Mutations, text =>
        {
            AssertOnlyDataFormatException(() => YamlDataReader.Read(text, "f.yaml"));
            AssertOnlyDataFormatException(() => JsonDataReader.Read(text, "f.json"));
        });
    }

    [FundMathProperty]
    public Property Random_text_only_ever_throws_DataFormatException()
    {
        Arbitrary<string> random = Arb.From(
            Gen.ArrayOf(Gen.Elements("{", "}", "[", "]", ":", ",", "\"", "'", "-", " ", "\n", "a", "1", ".", "&", "*", "!", "|", ">", "?", "#", "\t", "e", "null", "名"))
                .Select(parts => string.Concat(parts)));
        return Prop.ForAll(random, text =>
        {
            AssertOnlyDataFormatException(() => YamlDataReader.Read(text, "r.yaml"));
            AssertOnlyDataFormatException(() => JsonDataReader.Read(text, "r.json"));
            AssertOnlyDataFormatException(() => JsonDataReader.Read(Encoding.UTF8.GetBytes(text).AsSpan(), "r.json"));
        });
    }

    [Fact]
    public void Deep_nesting_is_rejected_not_a_stack_overflow()
    {
        string deep = new string('[', 10_000);
        Assert.Throws<DataFormatException>(() => YamlDataReader.Read(deep, "deep.yaml"));
        Assert.Throws<DataFormatException>(() => JsonDataReader.Read(deep, "deep.json"));
    }

    private static void AssertOnlyDataFormatException(System.Action read)
    {
        try
        {
            read();
        }
        catch (DataFormatException e)
        {
            Assert.False(string.IsNullOrEmpty(e.SourceName));
        }
    }
}
