namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Cohorts;
using FundMath.Funds;
using FundMath.Policies;
using NodaTime;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// The shared reader of result objects (ResultMembers, ResultJsonConverter): each refusal — not an object, a member
/// twice, missing, null, of the wrong type, unknown, an item of an array, a nested object — is a JsonException whose
/// message names the type, the member (and index) and the rule, word for word.
/// </summary>
public class ResultMembersBoundaryTests
{
    private static readonly Citation Document = new("医保发〔2021〕32号");

    // 1,000 at the start, 120 joined and 80 left: 1,000 + 120 − 80 = 1,040 at the end, a net change of +40.
    private static readonly CohortFlow Flow = CohortFlow.Create(Headcount.FromPersons(1000), Headcount.FromPersons(120), Headcount.FromPersons(80));

    [Fact]
    public void A_citation_is_written_with_every_member_and_read_back()
    {
        Assert.Equal("{\"document\":\"GB/T 1-2020\",\"title\":null,\"clause\":null,\"url\":null}", Write(new Citation("GB/T 1-2020")));
        Assert.Equal(Document, Read<Citation>(Write(Document)));
    }

    [Theory]
    [InlineData("[]", "StartArray")]
    [InlineData("\"医保发\"", "String")]
    [InlineData("7", "Number")]
    public void Anything_but_an_object_is_refused_naming_the_token(string json, string token) =>
        Assert.Equal($"Expected a JSON object for Citation but found {token}.", Refused<Citation>(json));

    [Fact]
    public void A_member_written_twice_is_refused_not_taken_last()
    {
        Assert.Equal("Citation: the member 'document' appears twice.", Refused<Citation>("{\"document\":\"a\",\"document\":\"b\",\"title\":null,\"clause\":null,\"url\":null}"));
        Assert.Equal("Citation: the member 'url' appears twice.", Refused<Citation>("{\"document\":\"a\",\"title\":null,\"clause\":null,\"url\":null,\"url\":null}"));
    }

    [Fact]
    public void A_required_member_missing_or_null_is_named()
    {
        Assert.Equal("Citation: the member 'document' is missing; it is required.", RefusedEdit(Document, j => j.Remove("document")));
        Assert.Equal("Citation: the member 'document' is missing; it is required.", RefusedEdit(Document, j => j["document"] = null));
    }

    [Fact]
    public void A_nullable_member_must_still_be_written()
    {
        Assert.Equal("Citation: the member 'title' is missing; it is required (write null for none).", RefusedEdit(Document, j => j.Remove("title")));
        Assert.Equal("Citation: the member 'url' is missing; it is required (write null for none).", RefusedEdit(Document, j => j.Remove("url")));
        Citation full = Read<Citation>("{\"document\":\"d\",\"title\":\"t\",\"clause\":\"c\",\"url\":\"https://example.org/\"}");
        Assert.Equal(new Citation("d", "t", "c", "https://example.org/"), full);
    }

    [Fact]
    public void An_unknown_member_is_named_not_dropped()
    {
        Assert.Equal("Citation: unknown member 'clauses'.", RefusedEdit(Document, j => j["clauses"] = "第三条"));
        Assert.Equal("CohortFlow: unknown member 'extra'.", RefusedEdit(Flow, j => j["extra"] = 1));
    }

    [Fact]
    public void A_member_of_the_wrong_type_is_prefixed_with_type_and_member()
    {
        Assert.Equal("CohortFlow.opening: Expected a JSON string for Headcount but found True.", RefusedEdit(Flow, j => j["opening"] = true));
        Assert.Equal("CohortFlow.leavers: A Headcount must be a non-negative whole number of persons.", RefusedEdit(Flow, j => j["leavers"] = -1));
    }

    [Fact]
    public void A_nullable_member_of_the_wrong_type_is_prefixed_with_type_and_member()
    {
        CustomLine line = CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donation income");
        Assert.Equal(line, Read<CustomLine>(Write(line)));
        Assert.Equal("CustomLine.incomeParent: Expected a JSON string for IncomeLine but found Number.", RefusedEdit(line, j => j["incomeParent"] = 5));
        Assert.Equal("CustomLine.expenditureParent: Expected a JSON string for ExpenditureLine but found True.", RefusedEdit(line, j => j["expenditureParent"] = true));
    }

    [Fact]
    public void A_flow_is_written_with_its_derived_members()
    {
        Assert.Equal("{\"opening\":1000,\"joiners\":120,\"leavers\":80,\"closing\":1040,\"netChange\":40}", Write(Flow));
        Assert.Equal(Flow, Read<CohortFlow>(Write(Flow)));
    }

    [Fact]
    public void A_derived_member_that_disagrees_names_both_values()
    {
        string closing = RefusedEdit(Flow, j => j["closing"] = 1041);
        Assert.Equal($"CohortFlow.closing is {Headcount.FromPersons(1041)} but its inputs give {Headcount.FromPersons(1040)}; a derived member must agree with the inputs.", closing);
        Assert.Equal("CohortFlow.netChange is 39 but its inputs give 40; a derived member must agree with the inputs.", RefusedEdit(Flow, j => j["netChange"] = 39));
        Assert.Equal("CohortFlow: the member 'netChange' is missing; it is required.", RefusedEdit(Flow, j => j.Remove("netChange")));
    }

    [Fact]
    public void A_factory_refusal_becomes_a_json_exception_naming_the_type()
    {
        // 1,000 + 120 = 1,120 persons cannot lose 1,121.
        string message = RefusedEdit(Flow, j => j["leavers"] = 1121);
        Assert.StartsWith("CohortFlow: the members do not make a valid CohortFlow: ", message, StringComparison.Ordinal);
        Assert.Contains("leavers 1,121 exceed opening 1,000 + joiners 120", message, StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => Read<CohortFlow>(Tree(Flow).Also(j => j["leavers"] = 1121)));
        Assert.IsType<ArgumentException>(e.InnerException, exactMatch: false);
        Assert.Equal("CohortFlow: the members do not make a valid CohortFlow: " + e.InnerException!.Message, e.Message);
    }

    // A zero balance has no shares: they must be left out, and naming why.
    [Fact]
    public void A_member_that_must_be_absent_is_named_with_the_reason()
    {
        var zero = new AccumulatedBalance(Money.Zero, Money.Zero);
        Assert.Equal("{\"pooledFund\":0.00,\"personalAccounts\":0.00,\"total\":0.00,\"sharesOutcome\":\"NotMeaningful\"}", Write(zero));
        Assert.Equal("AccumulatedBalance.pooledShare must be absent: the shares of a zero balance are not meaningful.", RefusedEdit(zero, j => j["pooledShare"] = "50%"));
        Assert.Equal("AccumulatedBalance.personalAccountShare must be absent: the shares of a zero balance are not meaningful.", RefusedEdit(zero, j => j["personalAccountShare"] = "50%"));
    }

    // ParameterEntry.brackets is read item by item: the message carries the index of the item.
    private static readonly ParameterEntry Scale = new(new LocalDate(2021, 1, 1),
        [new ScaleBracket("level_1", ParameterValue.FromRate(Rate.FromPercent(90m)), "一级医院"), new ScaleBracket("level_2", ParameterValue.FromRate(Rate.FromPercent(80m)), "二级医院")],
        Document, "local convention");

    [Fact]
    public void An_item_of_an_array_is_named_by_its_index()
    {
        Assert.Equal(Write(Scale), Write(Read<ParameterEntry>(Write(Scale))));
        Assert.Equal("ParameterEntry.brackets[1]: an item is null; it is required.", RefusedEdit(Scale, j => j["brackets"]![1] = null));
        Assert.Equal("ParameterEntry.brackets[0]: an item is null; it is required.", RefusedEdit(Scale, j => j["brackets"]![0] = null));
        // ScaleBracket is read by the source-generated metadata: its own words follow the index.
        Assert.StartsWith("ParameterEntry.brackets[1]: The JSON value could not be converted", RefusedEdit(Scale, j => j["brackets"]![1] = 3), StringComparison.Ordinal);
        string unknown = RefusedEdit(Scale, j => j["brackets"]![0]!["x"] = 1);
        Assert.StartsWith("ParameterEntry.brackets[0]: ", unknown, StringComparison.Ordinal);
        Assert.Contains("'x'", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_member_missing_null_or_of_another_kind_is_named()
    {
        Assert.Equal("ParameterEntry: the member 'brackets' is missing; it is required.", RefusedEdit(Scale, j => j.Remove("brackets")));
        Assert.Equal("ParameterEntry: the member 'brackets' is missing; it is required.", RefusedEdit(Scale, j => j["brackets"] = null));
        Assert.Equal("ParameterEntry.brackets: expected a JSON Array but found Object.", RefusedEdit(Scale, j => j["brackets"] = new JsonObject()));
        Assert.Equal("ParameterEntry.brackets: expected a JSON Array but found String.", RefusedEdit(Scale, j => j["brackets"] = "level_1"));
    }

    // 居民 accumulator after the Ankang claims: a nested object per claim kind, each read on its own.
    private static BenefitAccumulator Accumulator => ResultJsonTests.Samples[typeof(BenefitAccumulator)][0] is BenefitAccumulator a ? a : throw new InvalidOperationException();

    [Fact]
    public void A_nested_object_is_named_by_its_path()
    {
        Assert.Equal("BenefitAccumulator.inpatient: unknown member 'visit'.", RefusedEdit(Accumulator, j => j["inpatient"]!["visit"] = 1));
        Assert.Equal("BenefitAccumulator.outpatient: the member 'visits' is missing; it is required.", RefusedEdit(Accumulator, j => j["outpatient"]!.AsObject().Remove("visits")));
        Assert.Equal("BenefitAccumulator.chronicOutpatient.basicPaid: Expected a JSON string for Money but found True.", RefusedEdit(Accumulator, j => j["chronicOutpatient"]!["basicPaid"] = true));
        Assert.Equal("BenefitAccumulator: the member 'inpatient' is missing; it is required.", RefusedEdit(Accumulator, j => j.Remove("inpatient")));
        Assert.Equal("BenefitAccumulator: the member 'inpatient' is missing; it is required.", RefusedEdit(Accumulator, j => j["inpatient"] = null));
        Assert.Equal("BenefitAccumulator.inpatient: expected a JSON Object but found Array.", RefusedEdit(Accumulator, j => j["inpatient"] = new JsonArray()));
    }

    [Fact]
    public void A_nested_member_written_twice_is_refused()
    {
        string json = Write(Accumulator);
        int at = json.IndexOf("\"inpatient\":{", StringComparison.Ordinal) + "\"inpatient\":{".Length;
        string twice = json.Insert(at, "\"visits\":0,");
        Assert.Equal("BenefitAccumulator.inpatient: the member 'visits' appears twice.", Refused<BenefitAccumulator>(twice));
    }

    // 0.50亿 of donations and 1.20亿 out-of-area inpatient: an array of objects, each read on its own.
    private static LineBreakdown Lines => (LineBreakdown)ResultJsonTests.Samples[typeof(LineBreakdown)][0];

    [Fact]
    public void An_item_of_an_array_of_objects_is_named_by_its_index()
    {
        Assert.Equal("LineBreakdown.lines[1]: expected a JSON object but found Number.", RefusedEdit(Lines, j => j["lines"]![1] = 2));
        Assert.Equal("LineBreakdown.lines[0]: expected a JSON object but found Null.", RefusedEdit(Lines, j => j["lines"]![0] = null));
        Assert.Equal("LineBreakdown.lines[1]: unknown member 'amounts'.", RefusedEdit(Lines, j => j["lines"]![1]!["amounts"] = 1));
        Assert.Equal("LineBreakdown.lines[1]: the member 'amount' is missing; it is required.", RefusedEdit(Lines, j => j["lines"]![1]!.AsObject().Remove("amount")));
        Assert.Equal("LineBreakdown.lines: expected a JSON Array but found Object.", RefusedEdit(Lines, j => j["lines"] = new JsonObject()));
        string json = Write(Lines);
        int at = json.LastIndexOf("\"amount\":", StringComparison.Ordinal);
        Assert.Equal("LineBreakdown.lines[1]: the member 'amount' appears twice.", Refused<LineBreakdown>(json.Insert(at, "\"amount\":1,")));
    }

    [Fact]
    public void The_empty_statement_is_its_one_member()
    {
        Assert.Equal("{\"empty\":true}", Write(FundStatement.Empty));
        Assert.Equal(FundStatement.Empty, Read<FundStatement>("{\"empty\":true}"));
        Assert.Equal("FundStatement: \"empty\" is only written as true, for the empty statement.", Refused<FundStatement>("{\"empty\":false}"));
        Assert.Equal("FundStatement: unknown member 'kind'.", Refused<FundStatement>("{\"empty\":true,\"kind\":null}"));
    }
}

/// <summary>A small helper to edit a JSON tree inline.</summary>
internal static class JsonNodeAlso
{
    public static JsonObject Also(this JsonObject node, Action<JsonObject> edit)
    {
        edit(node);
        return node;
    }
}
