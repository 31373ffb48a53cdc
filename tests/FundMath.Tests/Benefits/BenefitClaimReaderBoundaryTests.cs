using System;
using System.Collections.Generic;
using FundMath.Benefits;
using FundMath.Data;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The claims file reader at its edges: every word of each code (English, enum name and Chinese), the defaults of the
/// optional members, the file-level default scheme, reversal rows, and each refusal with its words and place.
/// </summary>
public class BenefitClaimReaderBoundaryTests
{
    private static BenefitClaim Row(string members, BenefitScheme? scheme = null) =>
        BenefitClaimReader.ReadRow(YamlDataReader.Read("{ id: 1, person: 2, date: 2021-05-10, kind: inpatient, level: 2, total: 100" + members + " }", "claims.yaml"), scheme).Claim;

    private static DataFormatException Refused(string members, BenefitScheme? scheme = BenefitScheme.Resident) =>
        Assert.Throws<DataFormatException>(() => Row(members, scheme));

    [Theory]
    [InlineData("employee", BenefitScheme.Employee)]
    [InlineData("Employee", BenefitScheme.Employee)]
    [InlineData("职工", BenefitScheme.Employee)]
    [InlineData(" 职工医保 ", BenefitScheme.Employee)]
    [InlineData("resident", BenefitScheme.Resident)]
    [InlineData("Resident", BenefitScheme.Resident)]
    [InlineData("居民", BenefitScheme.Resident)]
    [InlineData("居民医保", BenefitScheme.Resident)]
    public void Every_word_of_a_scheme_is_read(string word, BenefitScheme expected)
    {
        Assert.Equal(expected, Row($", scheme: \"{word}\"").Scheme);
        Assert.Equal(expected, BenefitClaimReader.Scheme(YamlDataReader.Read($"\"{word}\"", "s.yaml")));
    }

    [Theory]
    [InlineData("inpatient", ClaimKind.Inpatient)]
    [InlineData("Inpatient", ClaimKind.Inpatient)]
    [InlineData("住院", ClaimKind.Inpatient)]
    [InlineData("outpatient", ClaimKind.Outpatient)]
    [InlineData("Outpatient", ClaimKind.Outpatient)]
    [InlineData("门诊", ClaimKind.Outpatient)]
    [InlineData("门诊统筹", ClaimKind.Outpatient)]
    [InlineData("普通门诊", ClaimKind.Outpatient)]
    [InlineData("chronic", ClaimKind.ChronicOutpatient)]
    [InlineData("ChronicOutpatient", ClaimKind.ChronicOutpatient)]
    [InlineData("chronic_outpatient", ClaimKind.ChronicOutpatient)]
    [InlineData("门诊慢特病", ClaimKind.ChronicOutpatient)]
    [InlineData(" 慢特病 ", ClaimKind.ChronicOutpatient)]
    public void Every_word_of_a_kind_is_read(string word, ClaimKind expected) =>
        Assert.Equal(expected, BenefitClaimReader.ReadRow(YamlDataReader.Read($"{{ id: 1, person: 2, date: 2021-05-10, scheme: resident, kind: \"{word}\", level: 2, total: 100 }}", "c.yaml")).Claim.Kind);

    [Theory]
    [InlineData("1", HospitalLevel.Level1)]
    [InlineData("level1", HospitalLevel.Level1)]
    [InlineData("Level1", HospitalLevel.Level1)]
    [InlineData("一级", HospitalLevel.Level1)]
    [InlineData("一级及以下", HospitalLevel.Level1)]
    [InlineData("2", HospitalLevel.Level2)]
    [InlineData("level2", HospitalLevel.Level2)]
    [InlineData("Level2", HospitalLevel.Level2)]
    [InlineData("二级", HospitalLevel.Level2)]
    [InlineData("3", HospitalLevel.Level3)]
    [InlineData("level3", HospitalLevel.Level3)]
    [InlineData("Level3", HospitalLevel.Level3)]
    [InlineData(" 三级 ", HospitalLevel.Level3)]
    public void Every_word_of_a_level_is_read(string word, HospitalLevel expected) =>
        Assert.Equal(expected, BenefitClaimReader.ReadRow(YamlDataReader.Read($"{{ id: 1, person: 2, date: 2021-05-10, scheme: resident, kind: inpatient, level: \"{word}\", total: 100 }}", "c.yaml")).Claim.Level);

    [Theory]
    [InlineData("in_service", PersonStatus.InService)]
    [InlineData("InService", PersonStatus.InService)]
    [InlineData("在职", PersonStatus.InService)]
    [InlineData("retired", PersonStatus.Retired)]
    [InlineData("Retired", PersonStatus.Retired)]
    [InlineData("退休", PersonStatus.Retired)]
    [InlineData("resident", PersonStatus.Resident)]
    [InlineData("Resident", PersonStatus.Resident)]
    [InlineData(" 居民 ", PersonStatus.Resident)]
    public void Every_word_of_a_status_is_read(string word, PersonStatus expected) =>
        Assert.Equal(expected, Row($", status: \"{word}\"", BenefitScheme.Employee).Status);

    [Theory]
    [InlineData("general", AssistanceGroup.General)]
    [InlineData("General", AssistanceGroup.General)]
    [InlineData("普通", AssistanceGroup.General)]
    [InlineData("", AssistanceGroup.General)]
    [InlineData("destitute", AssistanceGroup.Destitute)]
    [InlineData("Destitute", AssistanceGroup.Destitute)]
    [InlineData("特困", AssistanceGroup.Destitute)]
    [InlineData("特困人员", AssistanceGroup.Destitute)]
    [InlineData("dibao", AssistanceGroup.Dibao)]
    [InlineData("Dibao", AssistanceGroup.Dibao)]
    [InlineData("低保", AssistanceGroup.Dibao)]
    [InlineData("低保对象", AssistanceGroup.Dibao)]
    [InlineData("poverty_relapse", AssistanceGroup.PovertyRelapse)]
    [InlineData("PovertyRelapse", AssistanceGroup.PovertyRelapse)]
    [InlineData("返贫致贫", AssistanceGroup.PovertyRelapse)]
    [InlineData(" 返贫致贫人口 ", AssistanceGroup.PovertyRelapse)]
    public void Every_word_of_a_group_is_read(string word, AssistanceGroup expected) =>
        Assert.Equal(expected, Row($", group: \"{word}\"", BenefitScheme.Resident).Group);

    [Fact]
    public void A_row_reads_every_member_and_defaults_the_optional_ones()
    {
        BenefitClaimEntry entry = BenefitClaimReader.ReadRow(YamlDataReader.Read(
            "{ id: 7, person: 3, date: 2021-05-04, scheme: employee, kind: 住院, level: 三级, status: retired, group: dibao, total: 1234.56, out_of_scope: 200, class_b: 300.5 }", "c.yaml"));
        BenefitClaim c = entry.Claim;
        Assert.False(entry.IsReversal);
        Assert.Equal((7L, 3L, new LocalDate(2021, 5, 4), BenefitScheme.Employee), (c.Id, c.PersonId, c.Date, c.Scheme));
        Assert.Equal((ClaimKind.Inpatient, HospitalLevel.Level3, PersonStatus.Retired, AssistanceGroup.Dibao), (c.Kind, c.Level, c.Status, c.Group));
        Assert.Equal((Money.FromYuan(1234.56m), Money.FromYuan(200), Money.FromYuan(300.5m)), (c.Total, c.OutOfScope, c.ClassB));
        Assert.Equal(("c.yaml", 1), (entry.Location.Source, entry.Location.Line));

        // Defaults: the status of the scheme, General, no out-of-scope or class-B amount.
        BenefitClaim employee = Row(string.Empty, BenefitScheme.Employee);
        Assert.Equal((PersonStatus.InService, AssistanceGroup.General, Money.Zero, Money.Zero), (employee.Status, employee.Group, employee.OutOfScope, employee.ClassB));
        Assert.Equal(PersonStatus.Resident, Row(string.Empty, BenefitScheme.Resident).Status);
        // The row's own scheme wins over the default.
        Assert.Equal(BenefitScheme.Employee, Row(", scheme: employee", BenefitScheme.Resident).Scheme);
    }

    [Fact]
    public void A_reversal_row_names_the_claim_it_reverses()
    {
        BenefitClaimEntry r = BenefitClaimReader.ReadRow(YamlDataReader.Read("{ id: 9, reverses: 7 }", "c.yaml"));
        Assert.True(r.IsReversal);
        Assert.Equal(7, r.Reverses);
        Assert.Equal(
            "unknown member 'total' (allowed: id, reverses)",
            Assert.Throws<DataFormatException>(() => BenefitClaimReader.ReadRow(YamlDataReader.Read("{ reverses: 7, total: 1 }", "c.yaml"))).Reason);
    }

    [Fact]
    public void A_file_is_a_list_of_rows_or_a_mapping_with_a_default_scheme()
    {
        IReadOnlyList<BenefitClaimEntry> list = BenefitClaimReader.Read(YamlDataReader.Read(
            "- { id: 1, person: 2, date: 2021-05-10, kind: inpatient, level: 2, total: 100 }\n- { id: 2, reverses: 1 }", "c.yaml"), BenefitScheme.Employee);
        Assert.Equal(2, list.Count);
        Assert.Equal(BenefitScheme.Employee, list[0].Claim.Scheme);
        Assert.True(list[1].IsReversal);

        IReadOnlyList<BenefitClaimEntry> mapped = BenefitClaimReader.Read(YamlDataReader.Read(
            "scheme: 居民\nclaims:\n  - { id: 1, person: 2, date: 2021-05-10, kind: inpatient, level: 2, total: 100 }", "c.yaml"), BenefitScheme.Employee);
        Assert.Equal(BenefitScheme.Resident, mapped[0].Claim.Scheme);
        IReadOnlyList<BenefitClaimEntry> keep = BenefitClaimReader.Read(YamlDataReader.Read(
            "claims:\n  - { id: 1, person: 2, date: 2021-05-10, kind: inpatient, level: 2, total: 100 }", "c.yaml"), BenefitScheme.Employee);
        Assert.Equal(BenefitScheme.Employee, keep[0].Claim.Scheme);
        Assert.Empty(BenefitClaimReader.Read(YamlDataReader.Read("claims: []", "c.yaml")));
        Assert.Equal(
            "unknown member 'rows' (allowed: scheme, claims)",
            Assert.Throws<DataFormatException>(() => BenefitClaimReader.Read(YamlDataReader.Read("rows: []", "c.yaml"))).Reason);
        Assert.Throws<ArgumentNullException>(() => BenefitClaimReader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => BenefitClaimReader.ReadRow(null!));
        Assert.Throws<ArgumentNullException>(() => BenefitClaimReader.Scheme(null!));
    }

    [Fact]
    public void Unknown_words_and_members_are_refused_with_the_choices()
    {
        Assert.Equal("missing required member 'scheme' (employee or resident), and the file sets no default scheme", Refused(string.Empty, scheme: null).Reason);
        Assert.Equal("unknown scheme 'both': use employee (职工) or resident (居民)", Refused(", scheme: both").Reason);
        Assert.Equal("scheme", Refused(", scheme: both").MemberPath);
        Assert.Equal("unknown person status 'boss': use in_service (在职), retired (退休) or resident (居民)", Refused(", status: boss").Reason);
        Assert.Equal("unknown assistance group 'rich': use general, destitute (特困), dibao (低保) or poverty_relapse (返贫致贫)", Refused(", group: rich").Reason);
        Assert.Equal(
            "unknown claim kind 'dental': use inpatient (住院), outpatient (门诊统筹) or chronic (门诊慢特病)",
            Assert.Throws<DataFormatException>(() => BenefitClaimReader.ReadRow(YamlDataReader.Read("{ id: 1, person: 2, date: 2021-05-10, scheme: resident, kind: dental, level: 2, total: 1 }", "c.yaml"))).Reason);
        Assert.Equal(
            "unknown hospital level '4': use 1, 2 or 3 (一级及以下, 二级, 三级)",
            Assert.Throws<DataFormatException>(() => BenefitClaimReader.ReadRow(YamlDataReader.Read("{ id: 1, person: 2, date: 2021-05-10, scheme: resident, kind: inpatient, level: 4, total: 1 }", "c.yaml"))).Reason);
        Assert.Equal(
            "unknown member 'note' (allowed: id, person, date, scheme, kind, level, status, group, total, out_of_scope, class_b)",
            Refused(", note: x").Reason);
        Assert.Equal("missing required member 'total'", Assert.Throws<DataFormatException>(() => BenefitClaimReader.ReadRow(YamlDataReader.Read("{ id: 1, person: 2, date: 2021-05-10, scheme: resident, kind: inpatient, level: 2 }", "c.yaml"))).Reason);
        Assert.Throws<DataFormatException>(() => BenefitClaimReader.ReadRow(YamlDataReader.Read("[1]", "c.yaml")));
    }
}
