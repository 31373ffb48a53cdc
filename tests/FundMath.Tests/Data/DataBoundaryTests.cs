namespace FundMath.Tests.Data;

using System;
using System.IO;
using System.Text;
using FundMath;
using FundMath.Data;
using NodaTime;

/// <summary>
/// The edges of the format-agnostic node model and the JSON reader: construction guards, each accessor's error
/// text, the strict date parser's limits, the quoting of long or multi-line text, the byte-size limits at and
/// one past the limit, and JSON details (BOM, trailing commas, the short form of System.Text.Json's messages).
/// </summary>
public class DataBoundaryTests
{
    private static readonly SourceLocation At = new("params.yaml", 3, 5);

    private static DataNode Text(string text) => DataNode.Scalar(text, DataScalarKind.Plain, At, "resident.subsidy");

    private static DataNode Map(params (string Key, DataNode Value)[] members)
    {
        var list = new DataMember[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            list[i] = new DataMember(members[i].Key, new SourceLocation("params.yaml", i + 1, 1), members[i].Value);
        }

        return DataNode.Mapping(list, new SourceLocation("params.yaml", 1, 1), "resident");
    }

    private static DataNode Seq(params DataNode[] items) => DataNode.Sequence(items, new SourceLocation("params.yaml", 2, 1), "cases");

    private static string Reason(Action read) => Assert.Throws<DataFormatException>(read).Reason;

    // ---- construction ----

    [Fact]
    public void Kinds_and_counts_of_each_shape()
    {
        DataNode scalar = Text("abc");
        DataNode nul = DataNode.Scalar("ignored", DataScalarKind.Null, At);
        DataNode seq = Seq(Text("a"), Text("b"));
        DataNode map = Map(("a", Text("1")), ("b", Text("2")), ("c", Text("3")));

        Assert.True(scalar.IsScalar && !scalar.IsMapping && !scalar.IsSequence && !scalar.IsNull);
        Assert.True(nul.IsScalar && nul.IsNull && nul.Text is null);
        Assert.True(seq.IsSequence && !seq.IsScalar && !seq.IsMapping && !seq.IsNull);
        Assert.True(map.IsMapping && !map.IsScalar && !map.IsSequence && !map.IsNull);
        Assert.Equal(0, scalar.Count);
        Assert.Equal(2, seq.Count);
        Assert.Equal(3, map.Count);
        Assert.Empty(scalar.Members);
        Assert.Empty(scalar.Items);
        Assert.Equal(["a", "b"], [seq.Items[0].Text!, seq.Items[1].Text!]);
        Assert.Equal("b", map.Members[1].Key);
    }

    [Fact]
    public void The_root_path_is_empty_and_a_null_path_is_refused()
    {
        Assert.Equal(string.Empty, DataNode.Scalar("x", DataScalarKind.String, At).Path);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => DataNode.Scalar("x", DataScalarKind.String, At, null!)).ParamName);
        Assert.Equal("parentPath", Assert.Throws<ArgumentNullException>(() => DataNode.ItemPath(null!, 2)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => DataNode.ChildPath("resident", null!)).ParamName);
        Assert.Equal("[2]", DataNode.ItemPath(string.Empty, 2));
        Assert.Equal("cases[12]", DataNode.ItemPath("cases", 12));
        Assert.Equal("subsidy", DataNode.ChildPath(string.Empty, "subsidy"));
        Assert.Equal("resident.subsidy", DataNode.ChildPath("resident", "subsidy"));
    }

    [Fact]
    public void Construction_refuses_nulls_naming_the_argument()
    {
        var text = Assert.Throws<ArgumentNullException>(() => DataNode.Scalar(null, DataScalarKind.String, At));
        Assert.Equal("text", text.ParamName);
        Assert.StartsWith("a non-null scalar needs its text", text.Message);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => DataNode.Sequence(null!, At)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => DataNode.Sequence([Text("a"), null!], At)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => DataNode.Mapping(null!, At)).ParamName);
        Assert.Equal("Key", Assert.Throws<ArgumentNullException>(() => new DataMember(null!, At, Text("a"))).ParamName);
        Assert.Equal("Value", Assert.Throws<ArgumentNullException>(() => new DataMember("a", At, null!)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => DataNode.Mapping([default(DataMember)], At)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => DataNode.Mapping([new DataMember("a", At, Text("a")), default], At)).ParamName);
    }

    // ---- mapping access on other shapes ----

    [Fact]
    public void Mapping_access_on_a_scalar_or_sequence_says_what_was_found()
    {
        DataNode scalar = Text("abc");
        DataNode seq = Seq(Text("a"));
        Assert.Equal("expected a mapping but found 'abc'", Reason(() => scalar.Required("x")));
        Assert.Equal("expected a mapping but found a sequence", Reason(() => seq.Optional("x")));
        Assert.Equal("expected a mapping but found 'abc'", Reason(() => scalar.AsMapping()));
        Assert.Equal("expected a mapping but found a sequence", Reason(() => seq.EnsureOnly("a")));
        Assert.Equal("expected a sequence but found 'abc'", Reason(() => scalar.AsSequence()));
        Assert.Equal("expected a scalar but found a mapping", Reason(() => Map().ExpectKind(DataNodeKind.Scalar)));
        Assert.False(scalar.Has("x"));
        Assert.False(seq.Has("a"));
        Assert.True(Map(("a", Text("1"))).Has("a"));
        Assert.False(Map(("a", Text("1"))).Has("b"));
        Assert.Equal("1", Map(("a", Text("1"))).AsMapping()[0].Value.Text);
    }

    // ---- typed accessors: what each one says it expected ----

    [Fact]
    public void Each_accessor_names_what_it_expected_when_given_a_mapping()
    {
        DataNode map = Map();
        Assert.Equal("expected a string but found a mapping", Reason(() => map.AsString()));
        Assert.Equal("expected a Money but found a mapping", Reason(() => map.AsMoney()));
        Assert.Equal("expected an amount (a number in 万元, or text with its unit) but found a mapping", Reason(() => map.AsMoney(MoneyUnit.Wan)));
        Assert.Equal("expected an amount (a number in 亿元, or text with its unit) but found a mapping", Reason(() => map.AsMoney(MoneyUnit.Yi)));
        Assert.Equal("expected an amount (a number in 元, or text with its unit) but found a mapping", Reason(() => map.AsMoney(MoneyUnit.Yuan)));
        Assert.Equal("expected a money unit but found a mapping", Reason(() => map.AsMoneyUnit()));
        Assert.Equal("expected a Rate (e.g. \"8.7%\") but found a mapping", Reason(() => map.AsRate()));
        Assert.Equal("expected a Headcount but found a mapping", Reason(() => map.AsHeadcount()));
        Assert.Equal("expected a Fraction but found a mapping", Reason(() => map.AsFraction()));
        Assert.Equal("expected percentage points (e.g. \"5pp\") but found a mapping", Reason(() => map.AsPercentagePoints()));
        Assert.Equal("expected a decimal number but found a mapping", Reason(() => map.AsDecimal()));
        Assert.Equal("expected an integer but found a mapping", Reason(() => map.AsInt()));
        Assert.Equal("expected an integer but found a mapping", Reason(() => map.AsLong()));
        Assert.Equal("expected a date (yyyy-MM-dd) but found a mapping", Reason(() => map.AsLocalDate()));
        Assert.Equal("expected a reporting period (e.g. 2021Q3) but found a mapping", Reason(() => map.AsPeriod()));
        Assert.Equal("expected a boolean but found a mapping", Reason(() => map.AsBool()));
        Assert.Equal("expected a string but found null", Reason(() => DataNode.Scalar(null, DataScalarKind.Null, At).AsString()));
    }

    [Fact]
    public void Amounts_in_each_default_unit()
    {
        Assert.Equal(Money.From(30.89m, MoneyUnit.Yi), Text(" 30.89 ").AsMoney(MoneyUnit.Yi));
        Assert.Equal(Money.From(84_555m, MoneyUnit.Wan), Text("84,555").AsMoney(MoneyUnit.Wan));
        Assert.Equal(Money.FromYuan(280), Text("280").AsMoney(MoneyUnit.Yuan));
        Assert.Equal(Money.From(3.86m, MoneyUnit.Yi), Text("3.86亿元").AsMoney(MoneyUnit.Wan));
    }

    [Fact]
    public void Money_units_by_name()
    {
        Assert.Equal(MoneyUnit.Yuan, Text("元").AsMoneyUnit());
        Assert.Equal(MoneyUnit.Wan, Text("wan").AsMoneyUnit());
        Assert.Equal(MoneyUnit.Yi, Text("亿元").AsMoneyUnit());
        Assert.Equal("'dollars' is not a money unit; use 元, 万元 or 亿元 (or yuan, wan, yi)", Reason(() => Text("dollars").AsMoneyUnit()));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Booleans_in_three_spellings(string text, bool expected) => Assert.Equal(expected, Text(text).AsBool());

    [Theory]
    [InlineData("yes")]
    [InlineData("")]
    [InlineData("tRUE")]
    public void Other_boolean_spellings_are_refused(string text) =>
        Assert.Equal($"expected a boolean (true/false) but found '{text}'", Reason(() => Text(text).AsBool()));

    // ---- the strict yyyy-MM-dd parser ----

    [Theory]
    [InlineData("2021-01-01", 2021, 1, 1)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("2021-12-31", 2021, 12, 31)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("1999-09-09", 1999, 9, 9)]
    public void Calendar_dates_parse(string text, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), Text(text).AsLocalDate());

    [Theory]
    [InlineData("2021/01/01", "expected the form yyyy-MM-dd")]
    [InlineData("2021-01/01", "expected the form yyyy-MM-dd")]
    [InlineData("2021/01-01", "expected the form yyyy-MM-dd")]
    [InlineData("2021-01-011", "expected the form yyyy-MM-dd")]
    [InlineData("2021-1-1", "expected the form yyyy-MM-dd")]
    [InlineData("0000-01-01", "0000-01-01 is not a calendar date")]
    [InlineData("2021-00-01", "2021-00-01 is not a calendar date")]
    [InlineData("2021-13-01", "2021-13-01 is not a calendar date")]
    [InlineData("2021-01-00", "2021-01-00 is not a calendar date")]
    [InlineData("2021-02-29", "2021-02-29 is not a calendar date")]
    [InlineData("2021-04-31", "2021-04-31 is not a calendar date")]
    [InlineData("2021-0a-01", "unexpected 'a' at position 7")]
    [InlineData("2021-01-1:", "unexpected ':' at position 10")]
    [InlineData("2/21-01-01", "unexpected '/' at position 2")]
    public void Impossible_dates_are_refused_with_the_reason(string text, string why) =>
        Assert.Equal($"expected a date (yyyy-MM-dd) but found '{text}' ({why})", Reason(() => Text(text).AsLocalDate()));

    // ---- descriptions and quoting ----

    [Fact]
    public void Nodes_describe_themselves()
    {
        Assert.Equal("a mapping", Map().DescribeSelf());
        Assert.Equal("a sequence", Seq().DescribeSelf());
        Assert.Equal("null", DataNode.Scalar(null, DataScalarKind.Null, At).DescribeSelf());
        Assert.Equal("'abc'", Text("abc").DescribeSelf());
        Assert.Equal("abc", Text("abc").ToString());
        Assert.Equal("null", DataNode.Scalar(null, DataScalarKind.Null, At).ToString());
        Assert.Equal("a mapping at params.yaml:1:1", Map().ToString());
        Assert.Equal("a sequence at params.yaml:2:1", Seq().ToString());
    }

    // Quoted text escapes line breaks and tabs and stops after 60 characters with "…".
    [Fact]
    public void Quoted_text_is_escaped_and_cut_after_sixty_characters()
    {
        Assert.Equal("expected a boolean (true/false) but found 'a\\nb\\r\\tc'", Reason(() => Text("a\nb\r\tc").AsBool()));
        string sixty = new('x', 60);
        Assert.Equal($"expected a boolean (true/false) but found '{sixty}'", Reason(() => Text(sixty).AsBool()));
        Assert.Equal($"expected a boolean (true/false) but found '{sixty}…'", Reason(() => Text(sixty + "yz").AsBool()));
    }

    // ---- exception and location ----

    [Fact]
    public void An_empty_member_path_is_no_path()
    {
        var e = new DataFormatException(At, string.Empty, "bad");
        Assert.Null(e.MemberPath);
        Assert.Equal("params.yaml:3:5: bad", e.Message);
        var p = new DataFormatException(At, "resident.subsidy", "bad");
        Assert.Equal("resident.subsidy", p.MemberPath);
        Assert.Equal("params.yaml:3:5: resident.subsidy: bad", p.Message);
        Assert.Equal("params.yaml", p.SourceName);
        Assert.Equal(3, p.Line);
        Assert.Equal(5, p.Column);
    }

    [Fact]
    public void A_location_without_a_position_is_its_source_name()
    {
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => SourceLocation.OfSource(null!)).ParamName);
        Assert.Equal("Source", Assert.Throws<ArgumentNullException>(() => new SourceLocation(null!, 1, 1)).ParamName);
        Assert.Equal("params.yaml", SourceLocation.OfSource("params.yaml").ToString());
        Assert.False(SourceLocation.OfSource("params.yaml").HasPosition);
        Assert.Equal(string.Empty, default(SourceLocation).ToString());
        Assert.Equal("params.yaml:3:5", At.ToString());
    }

    // ---- size limits ----

    [Theory]
    [InlineData(0L, 128, 1L, 1, "MaxInputBytes", "MaxInputBytes 0 must be positive.")]
    [InlineData(10L, 0, 1L, 1, "MaxDepth", "MaxDepth 0 must be between 1 and 1000.")]
    [InlineData(10L, 1001, 1L, 1, "MaxDepth", "MaxDepth 1001 must be between 1 and 1000.")]
    [InlineData(10L, 128, 0L, 1, "MaxNodes", "MaxNodes 0 must be positive.")]
    [InlineData(10L, 128, 1L, 0, "MaxScalarLength", "MaxScalarLength 0 must be positive.")]
    public void Invalid_limits_are_refused_naming_the_limit(long bytes, int depth, long nodes, int scalar, string name, string message)
    {
        var limits = new DataReaderLimits { MaxInputBytes = bytes, MaxDepth = depth, MaxNodes = nodes, MaxScalarLength = scalar };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => limits.Validate());
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void The_largest_limits_allowed_are_valid()
    {
        var limits = new DataReaderLimits { MaxInputBytes = 1, MaxDepth = 1000, MaxNodes = 1, MaxScalarLength = 1 };
        Assert.Same(limits, limits.Validate());
    }

    [Fact]
    public void A_seekable_stream_counts_only_what_is_left_to_read()
    {
        var limits = new DataReaderLimits { MaxInputBytes = 5 };
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("0123456789"));
        stream.Position = 5;
        Assert.Equal("56789", Encoding.ASCII.GetString(limits.ReadBounded(stream, "s.json")));

        using var six = new MemoryStream(Encoding.ASCII.GetBytes("012345"));
        Assert.Equal("the input is 6 bytes, over the limit of 5 bytes (DataReaderLimits.MaxInputBytes)",
            Assert.Throws<DataFormatException>(() => limits.ReadBounded(six, "s.json")).Reason);
    }

    [Fact]
    public void A_non_seekable_stream_of_exactly_the_limit_is_read()
    {
        var limits = new DataReaderLimits { MaxInputBytes = 5 };
        Assert.Equal("01234", Encoding.ASCII.GetString(limits.ReadBounded(new ForwardOnly("01234"), "s.json")));
        var e = Assert.Throws<DataFormatException>(() => limits.ReadBounded(new ForwardOnly("012345"), "s.json"));
        Assert.Equal("the input is over the limit of 5 bytes (DataReaderLimits.MaxInputBytes)", e.Reason);
        Assert.Equal("s.json", e.SourceName);
    }

    [Fact]
    public void Reading_checks_its_arguments_and_limits()
    {
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => DataReaderLimits.Default.ReadBounded(null!, "s.json")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DataReaderLimits.Default.CheckText(null!, "s.json")).ParamName);
        var bad = new DataReaderLimits { MaxDepth = 0 };
        Assert.Throws<ArgumentOutOfRangeException>(() => bad.ReadBounded(new MemoryStream([1]), "s.json"));
        Assert.Throws<ArgumentOutOfRangeException>(() => bad.CheckText("x", "s.json"));
    }

    // Text is measured in UTF-8 bytes: 医 takes 3, a 1. "医a" is 4 bytes: within a 4-byte limit; "医保" is 6: over 5.
    [Fact]
    public void Text_is_measured_in_utf8_bytes_at_the_limit()
    {
        new DataReaderLimits { MaxInputBytes = 4 }.CheckText("医a", "s.json");
        new DataReaderLimits { MaxInputBytes = 5 }.CheckText("abcde", "s.json");
        Assert.Equal("the input is 6 bytes, over the limit of 5 bytes (DataReaderLimits.MaxInputBytes)",
            Assert.Throws<DataFormatException>(() => new DataReaderLimits { MaxInputBytes = 5 }.CheckText("医保", "s.json")).Reason);
        Assert.Equal("the input is 6 bytes, over the limit of 5 bytes (DataReaderLimits.MaxInputBytes)",
            Assert.Throws<DataFormatException>(() => new DataReaderLimits { MaxInputBytes = 5 }.CheckText("abcdef", "s.json")).Reason);
    }

    // Sizes from 1 MiB = 1,048,576 bytes are shown in MiB to one decimal, with the exact count.
    [Fact]
    public void Sizes_are_shown_in_bytes_below_one_mebibyte_and_in_mebibytes_from_it()
    {
        DataReaderLimits limits = DataReaderLimits.Default; // 4 MiB
        Assert.Equal("the input is 1,048,575 bytes, over the limit of 4 MiB (4,194,304 bytes) (DataReaderLimits.MaxInputBytes)", limits.InputTooLarge("f", 1_048_575).Reason);
        Assert.Equal("the input is 1 MiB (1,048,576 bytes), over the limit of 4 MiB (4,194,304 bytes) (DataReaderLimits.MaxInputBytes)", limits.InputTooLarge("f", 1_048_576).Reason);
        Assert.Equal("the input is 1.5 MiB (1,572,864 bytes), over the limit of 4 MiB (4,194,304 bytes) (DataReaderLimits.MaxInputBytes)", limits.InputTooLarge("f", 1_572_864).Reason);
        // 1,500,000 / 1,048,576 = 1.4305… MiB, shown to one decimal.
        Assert.Equal("the input is 1.4 MiB (1,500,000 bytes), over the limit of 4 MiB (4,194,304 bytes) (DataReaderLimits.MaxInputBytes)", limits.InputTooLarge("f", 1_500_000).Reason);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => limits.InputTooLarge(null!, 1)).ParamName);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => limits.InputTooLarge(null!)).ParamName);
        Assert.Equal("f", limits.InputTooLarge("f").SourceName);
        Assert.Equal("a scalar of 1,234,567 characters exceeds the limit of 1,048,576 (DataReaderLimits.MaxScalarLength)",
            limits.ScalarTooLong(At, "a", 1_234_567).Reason);
    }

    // ---- JSON ----

    [Fact]
    public void Json_booleans_keep_their_text_and_a_trailing_comma_is_allowed()
    {
        DataNode doc = JsonDataReader.Read("[true, false, null, 1.50, ]", "a.json");
        Assert.Equal(4, doc.Count);
        Assert.Equal("true", doc.Items[0].Text);
        Assert.Equal(DataScalarKind.Boolean, doc.Items[0].ScalarKind);
        Assert.Equal("false", doc.Items[1].Text);
        Assert.True(doc.Items[2].IsNull);
        Assert.Equal("1.50", doc.Items[3].Text);
        Assert.Equal("[3]", doc.Items[3].Path);
    }

    [Fact]
    public void A_json_byte_order_mark_is_skipped()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\": 1}")];
        DataNode doc = JsonDataReader.Read(utf8, "bom.json");
        Assert.Equal(1, doc.Required("a").AsInt());
        Assert.Equal(new SourceLocation("bom.json", 1, 1), doc.Location);
        Assert.Equal(new SourceLocation("bom.json", 1, 7), doc.Required("a").Location);
    }

    [Fact]
    public void Malformed_json_is_reported_without_the_framework_position_suffix()
    {
        var e = Assert.Throws<DataFormatException>(() => JsonDataReader.Read("{\n  \"a\": }", "bad.json"));
        Assert.StartsWith("malformed JSON: ", e.Reason);
        Assert.DoesNotContain("LineNumber", e.Reason);
        Assert.Equal(2, e.Line);
    }

    // A lone surrogate escape passes the tokenizer but cannot become a .NET string: the error points at the token.
    [Fact]
    public void An_invalid_string_escape_is_reported_at_its_token()
    {
        var e = Assert.Throws<DataFormatException>(() => JsonDataReader.Read("[\"\\uD800\"]", "bad.json"));
        Assert.StartsWith("malformed JSON: ", e.Reason);
        Assert.Equal(1, e.Line);
        Assert.Equal(2, e.Column);
    }

    [Fact]
    public void A_null_source_name_is_refused_as_the_yaml_reader_refuses_it()
    {
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => JsonDataReader.Read("[1, 2]", null!)).ParamName);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => JsonDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("[1, 2]")), null!)).ParamName);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => JsonDataReader.Read("{"u8, null!)).ParamName);
        Assert.Equal("<string>", Assert.Throws<DataFormatException>(() => JsonDataReader.Read("{")).SourceName);
    }

    [Fact]
    public void Bytes_at_the_limit_are_read_and_one_more_is_refused()
    {
        var limits = new DataReaderLimits { MaxInputBytes = 6 };
        Assert.Equal(2, JsonDataReader.Read("[1, 2]"u8, "a.json", limits).Count);
        Assert.Equal("the input is 7 bytes, over the limit of 6 bytes (DataReaderLimits.MaxInputBytes)",
            Assert.Throws<DataFormatException>(() => JsonDataReader.Read("[1,  2]"u8, "a.json", limits)).Reason);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => JsonDataReader.Read((string)null!)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => JsonDataReader.Read((Stream)null!, "a.json")).ParamName);
    }

    private sealed class ForwardOnly(string text) : Stream
    {
        private readonly MemoryStream inner = new(Encoding.ASCII.GetBytes(text));

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 2));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
