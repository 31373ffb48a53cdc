namespace FundMath.Tests.Serialization;

using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Serialization;
using FundMath.Tests.Pooling;
using NodaTime;

/// <summary>
/// The policy parameter tables and the municipal-pooling policy and results as JSON: the shipped national parameter
/// set and the settlement of samples/pooling/example-city-2023.yaml (the sample of <c>fundmath pool</c>, illustrative
/// figures) round-trip, and documents that no settlement or parameter table gives are refused with FundMath's words.
/// </summary>
public class PolicyAndPoolingJsonTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, FundMathJson.TypeInfo<T>());

    private static T Read<T>(string json) => JsonSerializer.Deserialize(json, FundMathJson.TypeInfo<T>())!;

    private static string Refused<T>(string json) => Assert.Throws<JsonException>(() => Read<T>(json)).Message;

    private static (CollectedFundStatement Fund, CountySettlement[] Counties) ExampleCity => ResultJsonTests.ExampleCity();

    [Fact]
    public void The_shipped_national_parameter_set_round_trips_with_its_values_citations_and_places()
    {
        ParameterSet national = ParameterSet.National;
        string json = Write(national);
        Assert.StartsWith("{\"name\":\"national\",\"layers\":[\"national\"],\"parameters\":[", json);

        ParameterSet back = Read<ParameterSet>(json);
        Assert.Equal(national.Names, back.Names);
        Assert.Equal(18, back.Count);

        // 医保发〔2021〕32号: the resident individual contribution of 320元 from 2021-01-01, as embedded in the package.
        ParameterEntry entry = back.At("resident.individual_contribution", new LocalDate(2021, 6, 30));
        Assert.Equal(ParameterValue.FromMoney(Money.FromYuan(320m), ParameterUnit.YuanPerPersonYear), entry.Value);
        Assert.Equal("医保发〔2021〕32号", entry.Citation.Document);
        Assert.Equal(national.At("resident.individual_contribution", new LocalDate(2021, 6, 30)).Location, entry.Location);
        Assert.Equal("FundMath:national.json", entry.Location.Source);

        // The central subsidy shares are a scale (国办发〔2018〕6号: 80% for tier 1), read back as one.
        Assert.Equal(Rate.FromPercent(80m), back.ValueAt("resident.central_subsidy_share", "tier1", new LocalDate(2021, 1, 1)).AsRate());
        Assert.Equal(json, Write(back));
    }

    [Fact]
    public void A_layered_set_keeps_its_layers_and_the_city_parameters()
    {
        ParameterSet lishui = PoolingFixture.Lishui;
        ParameterSet back = Read<ParameterSet>(Write(lishui));
        Assert.Equal(lishui.Layers, back.Layers);
        Assert.Equal(lishui.Count, back.Count);
        // samples/parameters/lishui.yaml: the collected fund bears 30% of a current deficit (四(二)8(1)).
        Assert.Equal(Rate.FromPercent(30m), PoolingParameters.CollectedFundShare.At(back, new LocalDate(2023, 1, 1)));
    }

    [Fact]
    public void Parameter_tables_that_their_constructors_refuse_are_refused()
    {
        JsonObject parameter = JsonNode.Parse(Write(ParameterSet.National.Get("resident.individual_contribution")))!.AsObject();
        JsonArray entries = parameter["entries"]!.AsArray();
        Assert.True(entries.Count >= 2, "the national contribution has a value per year");

        // Dates out of order: the history cannot be put in order silently.
        JsonObject swapped = parameter.DeepClone().AsObject();
        JsonNode first = swapped["entries"]![0]!.DeepClone();
        swapped["entries"]![0] = swapped["entries"]![1]!.DeepClone();
        swapped["entries"]![1] = first;
        Assert.Contains("dates must strictly ascend", Refused<Parameter>(swapped.ToJsonString()), StringComparison.Ordinal);

        // A value of another unit than the parameter's.
        JsonObject rate = parameter.DeepClone().AsObject();
        rate["entries"]![0]!["value"]!["unit"] = "Rate";
        rate["entries"]![0]!["value"]!["exact"] = "1/10";
        Assert.Contains("value has unit rate but the parameter's unit is", Refused<Parameter>(rate.ToJsonString()), StringComparison.Ordinal);

        // A money parameter is bounded below by 0: null is not read as that default.
        JsonObject unbounded = parameter.DeepClone().AsObject();
        unbounded["minimum"] = null;
        Assert.Contains("Parameter.minimum is null, but a", Refused<Parameter>(unbounded.ToJsonString()), StringComparison.Ordinal);

        // An entry with a value and brackets is neither kind; one with neither is none.
        JsonObject entry = entries[0]!.DeepClone().AsObject();
        JsonObject both = entry.DeepClone().AsObject();
        both["brackets"] = new JsonArray(JsonNode.Parse(JsonSerializer.Serialize(new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80m))), FundMathJson.TypeInfo<ScaleBracket>())));
        Assert.Contains("a scale entry's value must be null", Refused<ParameterEntry>(both.ToJsonString()), StringComparison.Ordinal);
        JsonObject neither = entry.DeepClone().AsObject();
        neither["value"] = null;
        Assert.Contains("value is null and brackets is empty", Refused<ParameterEntry>(neither.ToJsonString()), StringComparison.Ordinal);

        // An error deep in a set names the path with the indices.
        JsonObject set = JsonNode.Parse(Write(ParameterSet.National))!.AsObject();
        set["parameters"]![1]!["entries"]![0]!.AsObject().Remove("citation");
        Assert.Contains("ParameterSet.parameters[1]: Parameter.entries[0]: ParameterEntry: the member 'citation' is missing", Refused<ParameterSet>(set.ToJsonString()), StringComparison.Ordinal);

        // A parameter named twice, a set without layers.
        JsonObject twice = JsonNode.Parse(Write(ParameterSet.National))!.AsObject();
        twice["parameters"]!.AsArray().Add(twice["parameters"]![0]!.DeepClone());
        Assert.Contains("is defined twice in set national", Refused<ParameterSet>(twice.ToJsonString()), StringComparison.Ordinal);
        Assert.Contains("has no layers", Refused<ParameterSet>("{\"name\":\"x\",\"layers\":[],\"parameters\":[]}"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pooling_policy_round_trips_and_its_ratios_must_still_add_up()
    {
        PoolingPolicy policy = PoolingFixture.Policy(2023);
        string json = Write(policy);
        Assert.StartsWith("{\"setName\":\"lishui\",\"date\":\"2023-01-01\",\"priorDeficitReading\":\"PercentagePoints\",\"parameters\":{\"pooling.upward_transfer.year\":", json);
        PoolingPolicy back = Read<PoolingPolicy>(json);
        Assert.True(back.TopUpInForce);
        Assert.Equal(Rate.FromPercent(25m), back.CollectedShareFor(priorYearDeficit: true, CountyAssessment.GoodOrBetter)); // 30% − 5pp
        Assert.Equal(Rate.FromPercent(10m), back.CityTreasuryShareFor(priorYearDeficit: true)); // 20% halved
        Assert.Equal(policy.Entry(PoolingParameters.CityTreasuryCap.Name).Citation, back.Entry(PoolingParameters.CityTreasuryCap.Name).Citation);
        Assert.Equal(json, Write(back));

        // Before 2023 the top-up thresholds are not in force, and the policy is written without them.
        Assert.DoesNotContain("pooling.top_up", Write(PoolingFixture.Policy(2022)), StringComparison.Ordinal);
        Assert.False(Read<PoolingPolicy>(Write(PoolingFixture.Policy(2022))).TopUpInForce);

        JsonObject node = JsonNode.Parse(json)!.AsObject();
        JsonObject parameters = node["parameters"]!.AsObject();

        // 30% + 75% is not the whole deficit (四(二)8(1)).
        JsonObject share = node.DeepClone().AsObject();
        share["parameters"]!["pooling.deficit.county_share"]!["value"]!["exact"] = "3/4";
        Assert.Contains("pooling.deficit.collected_fund_share 30% + pooling.deficit.county_share 75% = 105%, not 100%", Refused<PoolingPolicy>(share.ToJsonString()), StringComparison.Ordinal);

        // A parameter left out, a parameter the plan does not have, a value not yet in force on the policy's date.
        JsonObject missing = node.DeepClone().AsObject();
        missing["parameters"]!.AsObject().Remove("pooling.deficit.county_share");
        Assert.Contains("needs the parameter pooling.deficit.county_share", Refused<PoolingPolicy>(missing.ToJsonString()), StringComparison.Ordinal);
        JsonObject unknown = node.DeepClone().AsObject();
        unknown["parameters"]!["pooling.deficit.other_share"] = parameters["pooling.deficit.county_share"]!.DeepClone();
        Assert.Contains("PoolingPolicy.parameters: unknown member 'pooling.deficit.other_share'", Refused<PoolingPolicy>(unknown.ToJsonString()), StringComparison.Ordinal);
        JsonObject early = node.DeepClone().AsObject();
        early["date"] = "2022-01-01";
        Assert.Contains("pooling.top_up.employee_months of the pooling policy of lishui is effective from 2023-01-01, after the policy's date 2022-01-01", Refused<PoolingPolicy>(early.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_settlement_of_the_sample_round_trips_and_parts_that_do_not_add_up_are_refused()
    {
        // B县 (prior-year deficit): 1,000万 deficit, 25% = 250万 due, of which the short fund paid 1,870,929.54元 (its
        // 1264/1689 pro rata); the city treasury bears 10% of the 629,070.46元 unpaid = 62,907.05元, the county treasury
        // the other 566,163.41元.
        CountySettlement b = ExampleCity.Counties.Single(c => c.Name == "B县");
        string json = Write(b);
        Assert.Contains("\"collectedShare\":\"25%\",\"collectedFundDue\":2500000.00,", json);
        Assert.Contains("\"cityTreasuryShare\":\"10%\",\"cityTreasuryDue\":62907.05,\"cityTreasuryCap\":400000.00,\"cityTreasuryPaid\":62907.05,\"capCutOff\":0.00,\"countyTreasury\":566163.41,", json);
        Assert.EndsWith("\"rules\":[\"YearStartTopUp\",\"DeficitShared\",\"CountyAppropriation\",\"CollectedFundShort\",\"PriorYearDeficit\"]}", json);
        CountySettlement back = Read<CountySettlement>(json);
        Assert.Equal(b.CollectedFundPaid, back.CollectedFundPaid);
        Assert.Equal(b.CountyTreasury, back.CountyTreasury);
        Assert.Equal(b.ToChineseSentence(), back.ToChineseSentence());
        Assert.Equal(json, Write(back));

        // The county treasury's part moved by a fen: the parts no longer add up to the deficit.
        Assert.Contains("CountySettlement.countyTreasury is 566163.42 but its inputs give 566163.41",
            Refused<CountySettlement>(json.Replace("\"countyTreasury\":566163.41", "\"countyTreasury\":566163.42", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The fund cannot pay more than its share.
        Assert.Contains("collectedFundPaid 2600000.00 is more than the collected fund's share due 2500000.00",
            Refused<CountySettlement>(json.Replace("\"collectedFundPaid\":1870929.54", "\"collectedFundPaid\":2600000.00", StringComparison.Ordinal)), StringComparison.Ordinal);
        // A rule that did not fire.
        Assert.Contains("CountySettlement.rules is [",
            Refused<CountySettlement>(json.Replace("\"PriorYearDeficit\"]", "\"PriorYearDeficit\",\"CityTreasuryCapped\"]", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_collected_fund_statement_of_the_sample_round_trips_and_must_add_up()
    {
        // The fund: 1,000万 opening + 400万 top-up (to 1 month of 16,800万) + 175万 transition surpluses + 5万 interest =
        // 1,580万 available against 2,111.25万 due: all of it paid, 1264/1689 = 74.84% of each due; the 531.25万 unpaid is
        // borne by the city treasury (693,731.50元) and the county treasuries (4,618,768.50元).
        CollectedFundStatement fund = ExampleCity.Fund;
        string json = Write(fund);
        Assert.Contains("\"sharesDue\":21112500.00,\"outflows\":15800000.00,\"totalDeficit\":75000000.00,\"transitionFills\":2550000.00,\"countyBalances\":27427861.45,\"countyAppropriations\":23909638.55,\"cityTreasury\":693731.50,\"countyTreasuries\":4618768.50,", json);
        Assert.EndsWith("\"available\":15800000.00,\"unpaid\":5312500.00,\"closing\":0.00,\"outcome\":\"PaidProRata\",\"paidRatio\":\"1264/1689\"}", json);
        CollectedFundStatement back = Read<CollectedFundStatement>(json);
        Assert.Equal(fund.RollForward, back.RollForward);
        Assert.Equal(fund.ToChineseSentence(), back.ToChineseSentence());
        Assert.Equal(json, Write(back));

        // The treasuries bear a fen more than the fund left unpaid.
        Assert.Contains("the city treasury 693,731.50元 + the county treasuries 4,618,768.51元 = 5,312,500.01元 must bear exactly what the fund left unpaid, 5,312,500.00元",
            Refused<CollectedFundStatement>(json.Replace("\"countyTreasuries\":4618768.50", "\"countyTreasuries\":4618768.51", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The deficits are not the sum of who bore them.
        Assert.Contains("= 75,000,000.00元, which must equal them",
            Refused<CollectedFundStatement>(json.Replace("\"totalDeficit\":75000000.00", "\"totalDeficit\":75000000.01", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Paying less than the dues while keeping money back is not pro rata (and the derived members do not hide it).
        string kept = json.Replace("\"outflows\":15800000.00", "\"outflows\":15799999.99", StringComparison.Ordinal)
            .Replace("\"countyTreasuries\":4618768.50", "\"countyTreasuries\":4618768.51", StringComparison.Ordinal);
        Assert.Contains("the fund paid less than its shares due 21,112,500.00元 but kept part of the 15,800,000.00元 it had", Refused<CollectedFundStatement>(kept), StringComparison.Ordinal);
        // A derived closing balance that disagrees.
        Assert.Contains("CollectedFundStatement.closing is 0.01 but its inputs give 0.00",
            Refused<CollectedFundStatement>(json.Replace("\"closing\":0.00", "\"closing\":0.01", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The top-up's balance must be the opening + initial transfers.
        Assert.Contains("the year-start check reads the fund's opening",
            Refused<CollectedFundStatement>(json.Replace("\"opening\":10000000.00", "\"opening\":9000000.00", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_transfer_and_the_top_up_are_read_through_their_rules()
    {
        // 3 months of 10,000,000元 = 2,500,000元: 2,000,000元 from the balance, 500,000元 by special appropriation.
        UpwardTransfer transfer = UpwardTransfer.Compute(PoolingFixture.Policy(2022), PooledScheme.Employee, Money.FromYuan(10_000_000m), Money.FromYuan(2_000_000m));
        string json = Write(transfer);
        Assert.EndsWith("\"months\":\"3\",\"usableBalance\":2000000.00,\"quota\":2500000.00,\"funding\":{\"due\":2500000.00,\"fromBalance\":2000000.00,\"specialAppropriation\":500000.00,\"source\":\"BalanceAndAppropriation\"},\"retainedBalance\":0.00}", json);
        Assert.Equal(transfer.ToChineseSentence(), Read<UpwardTransfer>(json).ToChineseSentence());
        Assert.Contains("UpwardTransfer.quota is 2400000.00 but its inputs give 2500000.00",
            Refused<UpwardTransfer>(json.Replace("\"quota\":2500000.00", "\"quota\":2400000.00", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("PersonalAccountBalance",
            Refused<UpwardTransfer>(json.Replace("\"personalAccountBalance\":0.00", "\"personalAccountBalance\":-1.00", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The sample's top-up: 1,000万 = 5/7 month of 16,800万 a year, below 1 month (1,400万): 400万 raised.
        YearStartTopUp topUp = ExampleCity.Fund.TopUp;
        string check = Write(topUp);
        Assert.EndsWith("\"collectedFundBalance\":10000000.00,\"cityPreviousYearExpenditure\":168000000.00,\"year\":2023,\"outcome\":\"Raised\",\"thresholdMonths\":\"1\",\"threshold\":14000000.00,\"shortfall\":4000000.00,\"capacityMonths\":\"5/7\"}", check);
        Assert.Equal(topUp.Shortfall, Read<YearStartTopUp>(check).Shortfall);
        Assert.Contains("YearStartTopUp.outcome is Sufficient but its inputs give Raised",
            Refused<YearStartTopUp>(check.Replace("\"Raised\"", "\"Sufficient\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("YearStartTopUp.capacityMonths is null but its inputs give 5/7",
            Refused<YearStartTopUp>(check.Replace("\"capacityMonths\":\"5/7\"", "\"capacityMonths\":null", StringComparison.Ordinal)), StringComparison.Ordinal);

        // default values were not computed and have no policy to write.
        Assert.Contains("default UpwardTransfer", Assert.Throws<JsonException>(() => Write(default(UpwardTransfer))).Message, StringComparison.Ordinal);
        Assert.Contains("default CountySettlement", Assert.Throws<JsonException>(() => Write(default(CountySettlement))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pooling_sample_document_round_trips_and_settles_the_same()
    {
        PoolingCityDocument document = ResultJsonTests.ExampleCityDocument;
        string json = Write(document);
        Assert.StartsWith("{\"city\":\"示例市 (illustrative figures)\",\"unit\":\"Wan\",\"priorDeficitReading\":\"PercentagePoints\",\"parameterFile\":{\"text\":\"../parameters/lishui.yaml\",\"kind\":\"Plain\",\"location\":{\"line\":10,\"column\":17,",
            JsonSerializer.Serialize(JsonNode.Parse(json), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        PoolingCityDocument back = Read<PoolingCityDocument>(json);
        Assert.Equal(["A县", "B县", "C县", "D区", "市本级"], back.Counties.Select(c => c.Name));
        Assert.Equal(document.Location, back.Location);

        PoolingPolicy policy = PoolingFixture.Policy(2023);
        Assert.Equal(Write(document.Settle(policy).Fund), Write(back.Settle(policy).Fund));

        // A document read back has no nodes of its own: a settlement error is placed at the document, under the key.
        PoolingCityDocument employee = Read<PoolingCityDocument>(json.Replace("\"year\":2023", "\"year\":2024", StringComparison.Ordinal));
        DataFormatException located = Assert.Throws<DataFormatException>(() => employee.Settle(policy));
        Assert.Contains("the policy was read on 2023-01-01", located.Message, StringComparison.Ordinal);
        Assert.Equal(document.Location, located.Location);

        // Counties out of name order are refused, never re-sorted.
        JsonObject node = JsonNode.Parse(json)!.AsObject();
        JsonArray counties = node["counties"]!.AsArray();
        JsonNode a = counties[0]!.DeepClone();
        counties[0] = counties[1]!.DeepClone();
        counties[1] = a;
        Assert.Contains("county 'A县' follows 'B县': the counties must be in ordinal name order with unique names", Refused<PoolingCityDocument>(node.ToJsonString()), StringComparison.Ordinal);
    }
}
