namespace FundMath.Tests.Serialization;

using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath.Pooling;
using FundMath.Serialization;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// Every derived member of every result, one by one: the sample written, that one member changed, and reading must
/// refuse it naming the type and that member (so no derived check can go missing unnoticed). A number is moved by
/// one unit of its last digit; a text or name is replaced by the value given.
/// </summary>
public class DerivedMemberBoundaryTests
{
    public static readonly TheoryData<string, int, string, string?> Members = new()
    {
        { "AccumulatedBalance", 0, "total", null }, { "AccumulatedBalance", 0, "sharesOutcome", "\"NotMeaningful\"" },
        { "AccumulatedBalance", 0, "pooledShare", "\"1/7\"" }, { "AccumulatedBalance", 0, "personalAccountShare", "\"1/7\"" },
        { "Average", 0, "outcome", "\"NotMeaningful\"" },
        { "ClaimSettlement", 1, "afterBasic", null }, { "ClaimSettlement", 1, "inScopePatient", null }, { "ClaimSettlement", 1, "fundPaid", null }, { "ClaimSettlement", 1, "threeLayerRatio", "\"1/7\"" },
        { "BenefitAccumulator", 0, "admissions", null }, { "BenefitAccumulator", 0, "basicPaid", null }, { "BenefitAccumulator", 0, "annualCapUsed", null }, { "BenefitAccumulator", 0, "fundPaid", null },
        { "BenefitBatchTotals", 0, "fundPaid", null },
        { "CohortFlow", 0, "closing", null }, { "CohortFlow", 0, "netChange", null },
        { "CountyFunding", 0, "specialAppropriation", null }, { "CountyFunding", 0, "source", "\"Balance\"" },
        { "DrgInstitutionSettlement", 1, "kind", "\"Surplus\"" }, { "DrgInstitutionSettlement", 1, "eligible", null }, { "DrgInstitutionSettlement", 0, "clawedBack", null },
        { "DrgInstitutionSettlement", 1, "final", null }, { "DrgInstitutionSettlement", 1, "adjustment", null },
        { "DrgPointValue", 0, "distributable", null },
        { "DrgSettlementTotals", 0, "shared", null }, { "DrgSettlementTotals", 0, "final", null }, { "DrgSettlementTotals", 0, "unspent", null }, { "DrgSettlementTotals", 0, "outcome", "\"SharingScaled\"" },
        { "EmployeeMonthlyContribution", 0, "employerMedical", null }, { "EmployeeMonthlyContribution", 0, "total", null },
        { "EmployeeRates", 0, "employer", "\"9%\"" },
        { "ExpenditureLines", 0, "total", null }, { "ExpenditureLines", 0, "benefits", null },
        { "IncomeLines", 0, "total", null },
        { "FundStatement", 0, "currentSurplus", null }, { "FundStatement", 0, "expectedClosing", null }, { "FundStatement", 0, "pooledFundBalance", null },
        { "HeadcountGrowth", 0, "change", null }, { "HeadcountGrowth", 0, "outcome", "\"NotMeaningfulZeroBase\"" }, { "HeadcountGrowth", 0, "rate", "\"1/7\"" },
        { "MoneyGrowth", 0, "change", null }, { "MoneyGrowth", 0, "outcome", "\"NotMeaningfulZeroBase\"" }, { "MoneyGrowth", 0, "rate", "\"1/7\"" },
        { "IndividualShareCheck", 0, "share", "\"1/7\"" }, { "IndividualShareCheck", 0, "outcome", "\"NoFunding\"" },
        { "PayrollContributions", 0, "total", null },
        { "PremiumBasePolicy", 0, "floor", null }, { "PremiumBasePolicy", 0, "cap", null },
        { "PremiumIncomeChange", 0, "change", null },
        { "PrintedFigure", 0, "text", "\"30.88亿元\"" },
        { "ResidentFundingStandard", 1, "individualContribution", null }, { "ResidentFundingStandard", 1, "perCapitaSubsidy", null }, { "ResidentFundingStandard", 1, "perCapitaFunding", null },
        { "RollForward", 1, "expectedClosing", null }, { "RollForward", 1, "difference", null }, { "RollForward", 1, "outcome", "\"Holds\"" },
        { "StructureShares", 0, "naiveDisplayExcess", "\"0.02pp\"" },
        { "SubsidySplitResult", 0, "local", null },
        { "SupportRatio", 0, "outcome", "\"NotMeaningful\"" }, { "SupportRatio", 0, "inServicePerRetiree", "\"1/7\"" },
        { "SurplusRatio", 0, "outcome", "\"NotMeaningful\"" }, { "SurplusRatio", 0, "rate", "\"1/7\"" },
        { "UpwardTransfer", 0, "months", "\"1/7\"" }, { "UpwardTransfer", 0, "usableBalance", null }, { "UpwardTransfer", 0, "quota", null },
        { "UpwardTransfer", 0, "funding", "{\"due\":1.00,\"fromBalance\":1.00,\"specialAppropriation\":0.00,\"source\":\"Balance\"}" }, { "UpwardTransfer", 0, "retainedBalance", null },
        { "Utilisation", 0, "totalCost", null },
        { "YearStartTopUp", 1, "year", null }, { "YearStartTopUp", 1, "outcome", "\"Sufficient\"" }, { "YearStartTopUp", 0, "thresholdMonths", "\"1/7\"" },
        { "YearStartTopUp", 1, "threshold", null }, { "YearStartTopUp", 1, "shortfall", null }, { "YearStartTopUp", 1, "capacityMonths", "\"1/7\"" },
        { "CountySettlement", 0, "usableBalance", null }, { "CountySettlement", 0, "initialTransfer", "{\"due\":1.00,\"fromBalance\":1.00,\"specialAppropriation\":0.00,\"source\":\"Balance\"}" }, { "CountySettlement", 0, "transitionFill", null },
        { "CountySettlement", 0, "collectedShare", "\"1/7\"" }, { "CountySettlement", 0, "collectedFundDue", null }, { "CountySettlement", 0, "countyPart", "{\"due\":1.00,\"fromBalance\":1.00,\"specialAppropriation\":0.00,\"source\":\"Balance\"}" },
        { "CountySettlement", 0, "cityTreasuryShare", "\"1/7\"" }, { "CountySettlement", 0, "cityTreasuryDue", null }, { "CountySettlement", 0, "cityTreasuryCap", null },
        { "CountySettlement", 0, "cityTreasuryPaid", null }, { "CountySettlement", 0, "capCutOff", null }, { "CountySettlement", 0, "countyTreasury", null },
        { "CountySettlement", 0, "surplusKept", null }, { "CountySettlement", 0, "surplusToCollectedFund", null }, { "CountySettlement", 0, "closingBalance", null },
        { "CollectedFundStatement", 0, "inflows", null }, { "CollectedFundStatement", 0, "available", null }, { "CollectedFundStatement", 0, "unpaid", null },
        { "CollectedFundStatement", 0, "closing", null }, { "CollectedFundStatement", 0, "outcome", "\"NothingDue\"" }, { "CollectedFundStatement", 0, "paidRatio", "\"1/7\"" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void A_derived_member_that_disagrees_is_refused_by_name(string typeName, int sample, string member, string? replacement)
    {
        Type type = ResultJsonTests.Samples.Keys.Single(t => t.Name == typeName);
        object value = ResultJsonTests.Samples[type][sample];
        JsonObject json = JsonNode.Parse(JsonSerializer.Serialize(value, FundMathJson.Options.GetTypeInfo(type)))!.AsObject();
        JsonNode written = json[member] ?? throw new InvalidOperationException($"{typeName}[{sample}] writes {member} as null");
        json[member] = replacement is null ? Moved(written) : JsonNode.Parse(replacement);
        Assert.NotEqual(written.ToJsonString(), json[member]!.ToJsonString());

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.ToJsonString(), FundMathJson.Options.GetTypeInfo(type)));
        Assert.StartsWith($"{typeName}.{member} is ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; a derived member must agree with the inputs.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The number one unit of its last digit higher (2 decimals for money, 0 for a count).</summary>
    private static JsonNode Moved(JsonNode number)
    {
        string text = number.ToJsonString();
        decimal d = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        decimal step = dot < 0 ? 1m : 1m / (decimal)Math.Pow(10, text.Length - dot - 1);
        return JsonValue.Create(d + step);
    }

    [Fact]
    public void A_county_settlement_writes_its_rules_in_flag_order_without_none()
    {
        CountySettlement b = ResultJsonTests.ExampleCity().Counties.Single(c => c.Name == "B县");
        JsonObject json = Tree(b);
        Assert.Equal("[\"YearStartTopUp\",\"DeficitShared\",\"CountyAppropriation\",\"CollectedFundShort\",\"PriorYearDeficit\"]", json["rules"]!.ToJsonString());
        json["rules"]!.AsArray().RemoveAt(4);
        Assert.Equal("CountySettlement.rules is [YearStartTopUp, DeficitShared, CountyAppropriation, CollectedFundShort] but its inputs give [YearStartTopUp, DeficitShared, CountyAppropriation, CollectedFundShort, PriorYearDeficit]; a derived member must agree with the inputs.", Refused<CountySettlement>(json));
        JsonObject reordered = Tree(b);
        reordered["rules"] = JsonNode.Parse("[\"DeficitShared\",\"YearStartTopUp\",\"CountyAppropriation\",\"CollectedFundShort\",\"PriorYearDeficit\"]");
        Assert.StartsWith("CountySettlement.rules is [DeficitShared, YearStartTopUp,", Refused<CountySettlement>(reordered), StringComparison.Ordinal);
        Assert.StartsWith("CountySettlement.topUp is ", RefusedEdit(b, j =>
        {
            // The same top-up due, all of it appropriated instead of drawn from the balance.
            decimal due = (decimal)j["topUp"]!["due"]!;
            Assert.True(due > 0m && (decimal)j["topUp"]!["fromBalance"]! > 0m);
            j["topUp"] = new JsonObject { ["due"] = due, ["fromBalance"] = 0m, ["specialAppropriation"] = due, ["source"] = "Appropriation" };
        }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_settlement_paid_more_than_its_share_is_refused()
    {
        // B县's share due is 2,500,000.00; the collected fund never pays more than that.
        CountySettlement b = ResultJsonTests.ExampleCity().Counties.Single(c => c.Name == "B县");
        Assert.Equal(Money.FromYuan(2_500_000m), b.CollectedFundDue);
        string message = RefusedEdit(b, j => j["collectedFundPaid"] = 2_500_000.01m);
        Assert.Equal($"CountySettlement: collectedFundPaid {Money.FromYuan(2_500_000.01m)} is more than the collected fund's share due {Money.FromYuan(2_500_000m)}; the fund never pays more than its share.", message);
        // Paid exactly its share passes that check; only the parts that follow from paying in full then disagree.
        Assert.StartsWith("CountySettlement.cityTreasuryDue is ", RefusedEdit(b, j => j["collectedFundPaid"] = 2_500_000m), StringComparison.Ordinal);
    }
}
