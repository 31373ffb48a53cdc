namespace FundMath.Tests.Serialization;

using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath.Benefits;
using FundMath.Drg;
using FundMath.Serialization;
using FundMath.Tests.Benefits;
using NodaTime;

/// <summary>
/// Benefit plans, claim rows and tables, and the DRG policy, group tables and payments as JSON: the shipped samples
/// round-trip to values that compute the same results, and a document whose members disagree with each other or with
/// the rules is refused with a message naming what is wrong — never recomputed or defaulted.
/// </summary>
public class BenefitAndDrgJsonTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, FundMathJson.TypeInfo<T>());

    private static T Read<T>(string json) => JsonSerializer.Deserialize(json, FundMathJson.TypeInfo<T>())!;

    private static string Refusal<T>(string json) => Assert.Throws<JsonException>(() => Read<T>(json)).Message;

    private static string Edit(string json, Action<JsonObject> edit)
    {
        JsonObject node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>Person 1's 二级 admission of 20,000 元, the 三级 one of 150,000 元 and a 低保 person's 一级 admission of 8,000 元 (the derivations of ResultJsonTests).</summary>
    private static readonly BenefitClaim[] Claims =
    [
        AnkangPlans.Claim(1, 1, new LocalDate(2021, 3, 15), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000m, 1_000m, 2_000m),
        AnkangPlans.Claim(2, 1, new LocalDate(2021, 5, 10), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 150_000m, 5_000m, 10_000m),
        AnkangPlans.Claim(3, 2, new LocalDate(2021, 4, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 8_000m, group: AssistanceGroup.Dibao),
    ];

    private static string Settled(BenefitPlan plan)
    {
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021), BenefitAccumulator.ForYear(2, 2021)];
        return string.Join("\n", Claims.Select(c => Write(BenefitSettlement.Settle(plan, c, ref accumulators[c.PersonId - 1]))));
    }

    [Fact]
    public void A_real_plan_round_trips_to_one_that_settles_and_explains_the_same()
    {
        BenefitPlan plan = AnkangPlans.Resident2021;
        string json = Write(plan);
        Assert.StartsWith("{\"scheme\":\"Resident\",\"parameterSetName\":\"ankang\",\"window\":", json);
        Assert.Contains("{\"name\":\"benefits.resident.annual_cap\",\"unit\":\"Yuan\",\"effectiveFrom\":\"2020-01-01\",\"value\":{\"unit\":\"Yuan\",\"exact\":\"150000\"},\"brackets\":[]", json);

        BenefitPlan back = Read<BenefitPlan>(json);
        Assert.Equal(plan.Window, back.Window);
        Assert.Equal(Money.FromYuan(150_000m), back.AnnualCap);
        Assert.Equal(Rate.FromPercent(10m), back.ClassBSelfPay);
        Assert.Equal(Write(plan.Explain()), Write(back.Explain()));
        Assert.Equal(Settled(plan), Settled(back));
    }

    [Fact]
    public void A_plan_whose_parameters_do_not_make_it_is_refused()
    {
        string json = Write(AnkangPlans.Resident2021);
        static JsonArray Parameters(JsonObject o) => o["parameters"]!.AsArray();
        static JsonObject Named(JsonObject o, string name) => Parameters(o).Select(p => p!.AsObject()).Single(p => (string)p["name"]! == name);

        // A parameter the plan needs is missing: the plan's own rule, with the parameter's name.
        string missing = Edit(json, o => Parameters(o).Remove(Named(o, "benefits.resident.annual_cap")));
        Assert.Contains("needs parameter benefits.resident.annual_cap", Refusal<BenefitPlan>(missing), StringComparison.Ordinal);

        // One it does not read is not carried along silently.
        string extra = Edit(json, o =>
        {
            JsonObject copy = Named(o, "benefits.resident.annual_cap").DeepClone().AsObject();
            copy["name"] = "benefits.resident.unused";
            Parameters(o).Add(copy);
        });
        Assert.Contains("parameter benefits.resident.unused is not one the benefits.resident plan reads", Refusal<BenefitPlan>(extra), StringComparison.Ordinal);

        // The window starts when the latest value takes effect; a later start is not derived from the entries.
        string window = Edit(json, o => o["window"] = JsonNode.Parse(Write(new PolicyWindow(new LocalDate(2021, 2, 1), AnkangPlans.Resident2021.Window.End))));
        Assert.Contains("does not start on its latest parameter's effective date", Refusal<BenefitPlan>(window), StringComparison.Ordinal);

        // A value of another unit than its parameter's is refused by the parameter's own rule.
        string ratio = Edit(json, o => Named(o, "benefits.resident.annual_cap")["value"] = JsonNode.Parse("{\"unit\":\"Rate\",\"exact\":\"1/2\"}"));
        Assert.Contains("unit", Refusal<BenefitPlan>(ratio), StringComparison.Ordinal);

        // An entry is a value or brackets, never both.
        string both = Edit(json, o => Named(o, "benefits.resident.annual_cap")["brackets"] = JsonNode.Parse("[{\"key\":\"level_1\",\"value\":{\"unit\":\"Yuan\",\"exact\":\"1\"},\"note\":null}]"));
        Assert.Contains("has both a value and brackets", Refusal<BenefitPlan>(both), StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_over_a_span_round_trip_and_must_follow_each_other()
    {
        BenefitPlans plans = AnkangPlans.Plans20202021;
        string json = Write(plans);
        BenefitPlans back = Read<BenefitPlans>(json);
        Assert.Equal(json, Write(back));
        Assert.Equal(plans.Plans.Count, back.Plans.Count);
        Assert.Equal(plans.Find(BenefitScheme.Resident, new LocalDate(2021, 6, 1))!.Window, back.Find(BenefitScheme.Resident, new LocalDate(2021, 6, 1))!.Window);

        // Ankang: one employee plan from 2020; resident plans for 2020 and from 2021. Dropping the last leaves 2021
        // uncovered: refused, not read as a shorter table.
        Assert.Equal(3, plans.Plans.Count);
        string dropped = Edit(json, o => o["plans"]!.AsArray().RemoveAt(2));
        Assert.Contains("the Resident plan 2020-01-01..2020-12-31 ends before the span's last day 2021-12-31", Refusal<BenefitPlans>(dropped), StringComparison.Ordinal);
        string renamed = Edit(json, o => o["parameterSetName"] = "lishui");
        Assert.Contains("not lishui", Refusal<BenefitPlans>(renamed), StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_table_round_trips_to_one_that_settles_the_same()
    {
        // The 12 claims of samples/claims/ankang-2021.yaml (its reversal row left out) of five persons.
        BenefitClaimTable table = BenefitAndDrgSamples.ClaimTable;
        Assert.Equal(12, table.Count);
        string json = Write(table);
        Assert.StartsWith("{\"personStarts\":[0,4,7,9,11,12],\"personIds\":[1,2,3,4,5],\"ids\":[1001,1002,1003,1004,2001,", json);
        BenefitClaimTable back = Read<BenefitClaimTable>(json);
        Assert.Equal(json, Write(back));

        BenefitPlans plans = AnkangPlans.Plans20202021;
        BenefitPlan plan = plans.Find(BenefitScheme.Resident, new LocalDate(2021, 6, 1))!;
        BenefitClaimTable resident = BenefitClaimTable.FromClaims(Claims);
        BenefitClaimTable residentBack = Read<BenefitClaimTable>(Write(resident));
        Assert.Equal(Write(Batch(plan, resident)), Write(Batch(plan, residentBack)));

        string broken = Edit(json, o => o["personStarts"]![5] = 11);
        Assert.Contains("personStarts must start at 0 and end at the claim count 12", Refusal<BenefitClaimTable>(broken), StringComparison.Ordinal);
        string shortColumn = Edit(json, o => o["totals"]!.AsArray().RemoveAt(0));
        Assert.Contains("one element per claim", Refusal<BenefitClaimTable>(shortColumn), StringComparison.Ordinal);
    }

    private static BenefitBatchTotals Batch(BenefitPlan plan, BenefitClaimTable table)
    {
        BenefitAccumulator[] accumulators = [.. table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021))];
        return BenefitSettlement.Settle(plan, table.Columns, accumulators, new BenefitPaymentTable(table.Count).Columns);
    }

    [Fact]
    public void A_claim_row_is_a_claim_or_a_reversal()
    {
        // Row 11 of the sample file reverses claim 4001.
        BenefitClaimEntry reversal = BenefitAndDrgSamples.ClaimEntries[10];
        string json = Write(reversal);
        Assert.StartsWith("{\"claim\":null,\"reverses\":4001,\"location\":{\"line\":22,\"column\":5,\"source\":", json);
        Assert.Equal(4001, Read<BenefitClaimEntry>(json).Reverses);

        string claim = Write(BenefitAndDrgSamples.ClaimEntries[11]);
        string both = Edit(json, o => o["claim"] = JsonNode.Parse(claim)!["claim"]!.DeepClone());
        Assert.Contains("has both a claim and reverses 4001", Refusal<BenefitClaimEntry>(both), StringComparison.Ordinal);
        string neither = Edit(json, o => o["reverses"] = null);
        Assert.Contains("claim and reverses are both null", Refusal<BenefitClaimEntry>(neither), StringComparison.Ordinal);
    }

    [Fact]
    public void A_drg_policy_read_from_parameters_carries_them_and_must_agree_with_them()
    {
        DrgPolicy policy = BenefitAndDrgSamples.DrgPolicy;
        string json = Write(policy);
        Assert.StartsWith("{\"pointDecimals\":4,\"highOutlierRatio\":\"200%\",\"lowOutlierRatio\":\"50%\",\"reserveRatio\":\"5%\",\"surplusBand\":\"10%\",\"surplusRetention\":\"60%\",\"overrunBand\":\"10%\",\"overrunShare\":\"70%\",\"pointRounding\":\"AwayFromZero\",\"moneyRounding\":\"AwayFromZero\",\"citation\":null,\"source\":{\"name\":\"drg-sample\",", json);
        Assert.EndsWith(",\"date\":\"2023-12-31\"}", json);

        DrgPolicy back = Read<DrgPolicy>(json);
        Assert.Equal(policy.Source!.Count, back.Source!.Count);
        Assert.Equal(policy.Source.Layers, back.Source.Layers);
        Assert.Equal(Write(BenefitAndDrgSamples.DrgYear.Schemes[0].ExplainInstitution(1)), Write(DrgAnnualPayment.Calculate(back, BenefitAndDrgSamples.DrgBudgets, BenefitAndDrgSamples.DrgGroups, BenefitAndDrgSamples.DrgInstitutions, BenefitAndDrgSamples.DrgCases).Schemes[0].ExplainInstitution(1)));

        // A value that is not the set's on that date is refused, never replaced by it.
        string reserve = json.Replace("\"reserveRatio\":\"5%\"", "\"reserveRatio\":\"6%\"", StringComparison.Ordinal);
        Assert.Contains("DrgPolicy.reserveRatio is 6% but drg.reserve_ratio in parameter set drg-sample on 2023-12-31 is 5%", Refusal<DrgPolicy>(reserve), StringComparison.Ordinal);
        string cited = json.Replace("\"citation\":null", "\"citation\":{\"document\":\"x\",\"title\":null,\"clause\":null,\"url\":null}", StringComparison.Ordinal);
        Assert.Contains("citation must be null", Refusal<DrgPolicy>(cited), StringComparison.Ordinal);
        string undated = json.Replace("\"date\":\"2023-12-31\"", "\"date\":null", StringComparison.Ordinal);
        Assert.Contains("give the date they were read at", Refusal<DrgPolicy>(undated), StringComparison.Ordinal);

        // Before the rules take effect (2022-01-01) the set has no DRG rules: the parameter's own message.
        string early = json.Replace("\"date\":\"2023-12-31\"", "\"date\":\"2021-12-31\"", StringComparison.Ordinal);
        Assert.Contains("has no value on 2021-12-31", Refusal<DrgPolicy>(early), StringComparison.Ordinal);

        // Rules given directly are checked by the constructor.
        string direct = Write(BenefitAndDrgSamples.DrgPolicyGivenDirectly);
        Assert.EndsWith(",\"source\":null,\"date\":null}", direct);
        Assert.Contains("highOutlierRatio 90% is below 100%", Refusal<DrgPolicy>(direct.Replace("\"highOutlierRatio\":\"200%\"", "\"highOutlierRatio\":\"90%\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_table_writes_its_base_points_and_checks_them()
    {
        // 8,000 / 10,000 × 100 = 80 points, 15,000 → 150, 30,000 → 300; high outliers above 2 × average, low below half.
        DrgGroupTable table = BenefitAndDrgSamples.DrgYear.Schemes[0].Table;
        string json = Write(table);
        Assert.StartsWith("{\"scheme\":\"Employee\",\"overallAverageCost\":10000.00,\"policy\":{", json);
        Assert.EndsWith("\"groups\":[{\"id\":\"GA\",\"averageCost\":8000.00,\"basePoints\":80.000000,\"lowOutlierThreshold\":4000.00,\"highOutlierThreshold\":16000.00},{\"id\":\"GB\",\"averageCost\":15000.00,\"basePoints\":150.000000,\"lowOutlierThreshold\":7500.00,\"highOutlierThreshold\":30000.00},{\"id\":\"GC\",\"averageCost\":30000.00,\"basePoints\":300.000000,\"lowOutlierThreshold\":15000.00,\"highOutlierThreshold\":60000.00}]}", json);
        DrgGroupTable back = Read<DrgGroupTable>(json);
        Assert.Equal(DrgPoints.FromPoints(150), back.BasePoints(1));
        Assert.Equal(DrgCaseKind.HighOutlier, back.Classify(2, Money.FromYuan(75_000m)));

        string points = Refusal<DrgGroupTable>(json.Replace("\"basePoints\":80.000000,", "\"basePoints\":81.000000,", StringComparison.Ordinal));
        Assert.Contains("DrgGroupTable.groups[0].basePoints is 81", points, StringComparison.Ordinal);
        Assert.Contains("but its inputs give 80", points, StringComparison.Ordinal);
        Assert.Contains("duplicates groups[0]", Refusal<DrgGroupTable>(json.Replace("\"id\":\"GB\"", "\"id\":\"GA\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_payments_and_the_year_are_checked_against_what_they_keep()
    {
        DrgAnnualPayment year = BenefitAndDrgSamples.DrgYear;
        string scheme = Write(year.Schemes[0]);
        DrgSchemePayment back = Read<DrgSchemePayment>(scheme);
        Assert.Equal(year.Schemes[0].Payments, back.Payments);
        Assert.Equal(Write(year.Schemes[0].ExplainInstitution(1)), Write(back.ExplainInstitution(1)));

        // Payments are apportioned from the point value: moving a fen between institutions is refused.
        string moved = Edit(scheme, o =>
        {
            JsonArray payments = o["payments"]!.AsArray();
            payments[0] = JsonValue.Create((decimal)payments[0]! + 0.01m);
            payments[1] = JsonValue.Create((decimal)payments[1]! - 0.01m);
        });
        Assert.Contains("payments[0] (H1) is", Refusal<DrgSchemePayment>(moved), StringComparison.Ordinal);
        string settled = Edit(scheme, o => o["settledPoints"]![1] = JsonValue.Create((decimal)o["settledPoints"]![1]! + 1m));
        Assert.Contains("settledPoints[1] (H2) is", Refusal<DrgSchemePayment>(settled), StringComparison.Ordinal);
        string kinds = Edit(scheme, o => o["caseKinds"]![0] = "HighOutlier");
        Assert.Contains("high and", Refusal<DrgSchemePayment>(kinds), StringComparison.Ordinal);

        string json = Write(year);
        DrgAnnualPayment yearBack = Read<DrgAnnualPayment>(json);
        Assert.Equal(json, Write(yearBack));
        Assert.Same(yearBack.Policy, yearBack.Schemes[1].Policy);
        Assert.Equal(year.CaseRecordIndices(1), yearBack.CaseRecordIndices(1));

        string twice = Edit(json, o => o["caseRecordIndices"]![1]![0] = 0);
        Assert.Contains("given twice", Refusal<DrgAnnualPayment>(twice), StringComparison.Ordinal);
        string factor = Edit(json, o => o["institutions"]![1]!["factor"] = "1");
        Assert.Contains("with factor 1.05 but institutions[1] is H2 with factor 1", Refusal<DrgAnnualPayment>(factor), StringComparison.Ordinal);
    }
}
