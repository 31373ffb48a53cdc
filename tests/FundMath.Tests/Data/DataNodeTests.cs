using FundMath.Data;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Data;

using System.Linq;
using Money = global::FundMath.Money;

public class DataNodeTests
{
    private const string Yaml = """
        resident:
          subsidy: abc
          individual: 320
          rate: 8.70%
          scale: 8.70
        headcount: 3019813
        period: 2021Q3
        from: 2021-01-01
        flag: true
        money: 3.86亿元
        nothing: ~
        """;

    private static DataNode Doc => YamlDataReader.Read(Yaml, "params.yaml");

    [Fact]
    public void Wrong_type_names_file_line_column_member_and_text()
    {
        var e = Assert.Throws<DataFormatException>(() => Doc.Required("resident").Required("subsidy").AsMoney());
        Assert.StartsWith("params.yaml:2:12: resident.subsidy: expected a Money but found 'abc'", e.Message);
        Assert.Equal(("params.yaml", 2, 12), (e.SourceName, e.Line, e.Column));
        Assert.Equal("resident.subsidy", e.MemberPath);
        Assert.IsAssignableFrom<System.FormatException>(e);
    }

    [Fact]
    public void Missing_required_member_is_an_error_not_zero()
    {
        var e = Assert.Throws<DataFormatException>(() => Doc.Required("resident").Required("balance"));
        Assert.Equal("params.yaml:2:3: resident: missing required member 'balance'", e.Message);
        Assert.Null(Doc.Required("resident").Optional("balance"));
    }

    [Fact]
    public void Typed_accessors_read_exact_values()
    {
        DataNode d = Doc;
        DataNode r = d.Required("resident");
        Assert.Equal(Money.FromYuan(320), r.Required("individual").AsMoney());
        Assert.Equal(Rate.FromPercent(8.7m), r.Required("rate").AsRate());
        Assert.Equal("8.70", r.Required("scale").Text); // raw text kept, never a double
        Assert.Equal(8.70m, r.Required("scale").AsDecimal());
        Assert.Equal(2, decimal.GetBits(r.Required("scale").AsDecimal())[3] >> 16 & 0xFF); // scale 2 preserved
        Assert.Equal(Headcount.FromPersons(3_019_813), d.Required("headcount").AsHeadcount());
        Assert.Equal(3_019_813, d.Required("headcount").AsInt());
        Assert.Equal(ReportingPeriod.OfQuarter(2021, 3), d.Required("period").AsPeriod());
        Assert.Equal(new LocalDate(2021, 1, 1), d.Required("from").AsLocalDate());
        Assert.True(d.Required("flag").AsBool());
        Assert.Equal(Money.FromYuan(386_000_000), d.Required("money").AsMoney()); // 3.86亿元
        Assert.True(d.Required("nothing").IsNull);
        var e = Assert.Throws<DataFormatException>(() => d.Required("nothing").AsMoney());
        Assert.Contains("expected a Money but found null", e.Message);
    }

    [Fact]
    public void Bare_number_is_not_a_rate()
    {
        var e = Assert.Throws<DataFormatException>(() => Doc.Required("resident").Required("scale").AsRate());
        Assert.Contains("resident.scale: expected a Rate", e.Message);
    }

    [Fact]
    public void Fraction_points_and_strings()
    {
        DataNode d = JsonDataReader.Read("""{"f":"392/25","pp":"5pp","s":"x","i":"12"}""", "a.json");
        Assert.Equal(Fraction.Create(392, 25), d.Required("f").AsFraction());
        Assert.Equal(PercentagePoints.FromPoints(5), d.Required("pp").AsPercentagePoints());
        Assert.Equal("x", d.Required("s").AsString());
        Assert.Equal(12L, d.Required("i").AsLong());
    }

    [Fact]
    public void EnsureOnly_rejects_unknown_members_at_the_key()
    {
        var e = Assert.Throws<DataFormatException>(() => Doc.Required("resident").EnsureOnly("subsidy", "individual", "rate"));
        Assert.Equal("params.yaml:5:3: resident: unknown member 'scale' (allowed: subsidy, individual, rate)", e.Message);
    }

    [Fact]
    public void Mapping_keeps_key_order()
    {
        DataNode d = JsonDataReader.Read("""{"z":1,"a":2,"m":3}""");
        Assert.Equal(["z", "a", "m"], d.Members.Select(m => m.Key));
    }

    [Fact]
    public void Duplicate_keys_are_rejected_in_both_formats()
    {
        var y = Assert.Throws<DataFormatException>(() => YamlDataReader.Read("a: 1\nb: 2\na: 3\n", "d.yaml"));
        Assert.Equal("d.yaml:3:1: duplicate key 'a' (first defined at line 1, column 1)", y.Message);
        var j = Assert.Throws<DataFormatException>(() => JsonDataReader.Read("{\n  \"a\": 1,\n  \"a\": 2\n}", "d.json"));
        Assert.Equal("d.json:3:3: duplicate key 'a' (first defined at line 2, column 3)", j.Message);
    }

    [Fact]
    public void Kind_mismatch_is_reported()
    {
        var e = Assert.Throws<DataFormatException>(() => Doc.Required("resident").AsSequence());
        Assert.Equal("params.yaml:2:3: resident: expected a sequence but found a mapping", e.Message);
        Assert.Throws<DataFormatException>(() => Doc.Required("resident").AsString());
    }

    [Fact]
    public void Sequence_item_paths_use_indexes()
    {
        DataNode d = YamlDataReader.Read("cases:\n  - a: 1\n  - a: x\n", "c.yaml");
        var e = Assert.Throws<DataFormatException>(() => d.Required("cases").Items[1].Required("a").AsMoney());
        Assert.StartsWith("c.yaml:3:8: cases[1].a: expected a Money", e.Message);
    }
}
