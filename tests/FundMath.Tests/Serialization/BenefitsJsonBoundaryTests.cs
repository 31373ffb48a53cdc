namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Benefits;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// Settled claims, accumulators and batch totals as JSON at the edges of what settling can leave: each identity of a
/// settlement refused on its own with its words, amounts at zero accepted and at −0.01 refused naming the member,
/// an accumulator's year at 1900 and 9999, and every nested kind and level read into its own place.
/// </summary>
public class BenefitsJsonBoundaryTests
{
    private static readonly object[] Settlements = ResultJsonTests.Samples[typeof(ClaimSettlement)];

    // Person 1's 三级 admission (visit 2): 150,000 = 5,000 + 1,000 + 144,000; 26,924 = 150,000 − 100,450 − 22,626 − 0.
    private static ClaimSettlement Second => (ClaimSettlement)Settlements[1];

    // The 低保 person's 一级 admission: 795.20 of 医疗救助 at its payment before the cap.
    private static ClaimSettlement Dibao => (ClaimSettlement)Settlements[2];

    // default(ClaimSettlement): every amount 0, visit 1.
    private static ClaimSettlement Nothing => (ClaimSettlement)Settlements[3];

    private static string Broken(string rule) => $"ClaimSettlement: the members do not make a valid settlement: {rule}.";

    [Fact]
    public void A_settlement_reads_back_its_visit_and_basis()
    {
        ClaimSettlement back = Read<ClaimSettlement>(Write(Second));
        Assert.Equal(2, back.Visit);
        Assert.Equal(DeductibleBasis.PerAdmission, back.DeductibleBasis);
        Assert.Equal(Write(Second), Write(back));
        ClaimSettlement perYear = ReadEdit(Second, j => j["deductibleBasis"] = "PerYear");
        Assert.Equal(DeductibleBasis.PerYear, perYear.DeductibleBasis);
        Assert.Equal(Money.FromYuan(22_626m), back.SeriousIllness);
        Assert.Equal(Money.FromYuan(795.20m), Read<ClaimSettlement>(Write(Dibao)).Assistance);
    }

    [Fact]
    public void The_first_visit_of_the_year_is_1()
    {
        Assert.Equal(Broken("visit is 0; the first visit of the year is 1"), RefusedEdit(Second, j => j["visit"] = 0));
        Assert.Equal(Broken("visit is -1; the first visit of the year is 1"), RefusedEdit(Second, j => j["visit"] = -1));
        Assert.Equal(1, Read<ClaimSettlement>(Write(Nothing)).Visit);
    }

    [Fact]
    public void Each_identity_of_a_settlement_is_refused_on_its_own()
    {
        Assert.Equal(Broken("total must equal outOfScope + classBSelfPay + inScope"), RefusedEdit(Second, j => j["outOfScope"] = 5000.01m));
        Assert.Equal(Broken("patient must equal total − basic − seriousIllness − assistance"), RefusedEdit(Second, j => j["patient"] = 26924.01m));
        Assert.Equal(Broken("patient must equal total − basic − seriousIllness − assistance"), RefusedEdit(Dibao, j => j["patient"] = 340.79m));
        // 500.01 of a 500.00 deductible due.
        Assert.Equal(Broken("deductible cannot exceed inScope or deductibleDue"), RefusedEdit(Second, j => j["deductible"] = 500.01m));
        // 0.50 of a 1.00 deductible due, with nothing in scope.
        Assert.Equal(Broken("deductible cannot exceed inScope or deductibleDue"), RefusedEdit(Nothing, j => { j["deductibleDue"] = 1m; j["deductible"] = 0.5m; }));
        Assert.Equal(Broken("a layer cannot pay more than its payment before the cap"), RefusedEdit(Second, j => j["basicBeforeCap"] = 100449.99m));
        Assert.Equal(Broken("a layer cannot pay more than its payment before the cap"), RefusedEdit(Second, j => j["seriousIllnessBeforeCap"] = 22625.99m));
        Assert.Equal(Broken("a layer cannot pay more than its payment before the cap"), RefusedEdit(Dibao, j => j["assistanceBeforeCap"] = 795.19m));
        // 1.00 paid by the basic layer of a claim with nothing in scope (1.00 outside the catalogue).
        Assert.Equal(Broken("the layers cannot pay more than inScope"), RefusedEdit(Nothing, j => { j["total"] = 1m; j["outOfScope"] = 1m; j["basicBeforeCap"] = 1m; j["basic"] = 1m; }));
    }

    [Fact]
    public void Identities_that_hold_at_their_edges_pass_to_the_derived_members()
    {
        // The deductible at its due (500.00 = 500.00) and each layer at its payment before the cap pass the checks:
        // only the derived members remain to be checked, and a wrong one is named.
        Assert.StartsWith("ClaimSettlement.afterBasic is ", RefusedEdit(Second, j => j["afterBasic"] = 1m), StringComparison.Ordinal);
        // 1.00 in scope paid in full by the basic layer (the layers = inScope), the deductible 0 of 0.
        string edge = RefusedEdit(Nothing, j => { j["total"] = 1m; j["inScope"] = 1m; j["basicBeforeCap"] = 1m; j["basic"] = 1m; j["fundPaid"] = 99m; });
        Assert.StartsWith("ClaimSettlement.fundPaid is 99.00 but its inputs give 1.00".Replace("99.00", Money.FromYuan(99m).ToString()).Replace("1.00", Money.FromYuan(1m).ToString()), edge, StringComparison.Ordinal);
        Assert.StartsWith("ClaimSettlement.inScopePatient is ", RefusedEdit(Second, j => j["inScopePatient"] = 1m), StringComparison.Ordinal);
        Assert.StartsWith("ClaimSettlement.threeLayerRatio is ", RefusedEdit(Second, j => j["threeLayerRatio"] = "1%"), StringComparison.Ordinal);
    }

    // 92,233,720,368,547,758.07 元 (long.MaxValue fen) outside the catalogue and 0.01 of 乙类 do not sum in 64 bits: refused as JSON.
    [Fact]
    public void Amounts_whose_sums_overflow_are_refused_as_json()
    {
        string settlement = RefusedEdit(Nothing, j => { j["outOfScope"] = 92233720368547758.07m; j["classBSelfPay"] = 0.01m; });
        Assert.StartsWith("ClaimSettlement: the members do not make a valid ClaimSettlement: ", settlement, StringComparison.Ordinal);
        string batch = RefusedEdit(Batch, j => { j["outOfScope"] = 92233720368547758.07m; j["classBSelfPay"] = 0.01m; });
        Assert.StartsWith("BenefitBatchTotals: the members do not make a valid BenefitBatchTotals: ", batch, StringComparison.Ordinal);
        string paid = RefusedEdit(Batch, j => { j["basic"] = 92233720368547758.07m; j["patient"] = 0.01m; });
        Assert.StartsWith("BenefitBatchTotals: the members do not make a valid BenefitBatchTotals: ", paid, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("total")]
    [InlineData("outOfScope")]
    [InlineData("classBSelfPay")]
    [InlineData("inScope")]
    [InlineData("deductibleDue")]
    [InlineData("deductible")]
    [InlineData("basicBeforeCap")]
    [InlineData("basic")]
    [InlineData("basicCapRoom")]
    [InlineData("seriousIllnessBase")]
    [InlineData("seriousIllnessBeforeCap")]
    [InlineData("seriousIllness")]
    [InlineData("seriousIllnessCapRoom")]
    [InlineData("assistanceBase")]
    [InlineData("assistanceBeforeCap")]
    [InlineData("assistance")]
    [InlineData("assistanceCapRoom")]
    [InlineData("patient")]
    public void A_settled_amount_of_minus_one_fen_is_named(string member) =>
        Assert.Equal($"ClaimSettlement.{member} is -0.01 元; a settled amount cannot be negative.", RefusedEdit(Second, j => j[member] = -0.01m));

    [Fact]
    public void A_basic_ratio_finer_than_the_fixed_point_is_refused()
    {
        Assert.StartsWith("ClaimSettlement: the members do not make a valid ClaimSettlement: ", RefusedEdit(Second, j => j["basicRatio"] = "1/3"), StringComparison.Ordinal);
    }

    private static BenefitAccumulator Person1 => (BenefitAccumulator)ResultJsonTests.Samples[typeof(BenefitAccumulator)][0];

    [Theory]
    [InlineData(0)]
    [InlineData(1900)]
    [InlineData(9999)]
    public void An_accumulator_year_is_1900_to_9999_or_the_default_0(int year) =>
        Assert.Equal(year, ReadEdit(Person1, j => j["year"] = year).Year);

    [Theory]
    [InlineData(1)]
    [InlineData(1899)]
    [InlineData(10000)]
    [InlineData(-1)]
    public void Any_other_accumulator_year_is_refused(int year) =>
        Assert.Equal($"BenefitAccumulator.year is {year}; an accumulator's year is 1900–9999.", RefusedEdit(Person1, j => j["year"] = year));

    [Fact]
    public void An_accumulator_refuses_negative_counts_and_amounts_naming_them()
    {
        Assert.Equal("BenefitAccumulator.claims is -1; a count cannot be negative.", RefusedEdit(Person1, j => j["claims"] = -1));
        Assert.Equal("BenefitAccumulator.inpatient.visits is -1; a count cannot be negative.", RefusedEdit(Person1, j => j["inpatient"]!["visits"] = -1));
        Assert.Equal("BenefitAccumulator.chronicOutpatient.visits is -1; a count cannot be negative.", RefusedEdit(Person1, j => j["chronicOutpatient"]!["visits"] = -1));
        Assert.Equal("BenefitAccumulator.outpatient.deductibleUsed is -0.01 元; a settled amount cannot be negative.", RefusedEdit(Person1, j => j["outpatient"]!["deductibleUsed"] = -0.01m));
        Assert.Equal("BenefitAccumulator.outpatient.basicPaid is -0.01 元; a settled amount cannot be negative.", RefusedEdit(Person1, j => j["outpatient"]!["basicPaid"] = -0.01m));
        foreach (string member in new[] { "claimed", "inScope", "seriousIllnessBase", "seriousIllnessPaid", "assistanceBase", "assistancePaid" })
        {
            Assert.Equal($"BenefitAccumulator.{member} is -0.01 元; a settled amount cannot be negative.", RefusedEdit(Person1, j => j[member] = -0.01m));
        }

        Assert.Equal(0, ReadEdit(Person1, j => j["claims"] = 0).Claims);
    }

    [Fact]
    public void Each_claim_kind_is_read_into_its_own_place()
    {
        // 3 outpatient visits with 10.00 of deductible and 20.00 paid; 1 chronic visit with 5.00 paid: admissions stay 2,
        // basic paid 115,090.00 + 20.00 + 5.00 = 115,115.00, of which 115,090.00 + 5.00 = 115,095.00 count toward the
        // annual cap (ordinary outpatient does not); fund paid 115,115.00 + 22,626.00 = 137,741.00.
        BenefitAccumulator a = ReadEdit(Person1, j =>
        {
            j["outpatient"] = new JsonObject { ["visits"] = 3, ["deductibleUsed"] = 10m, ["basicPaid"] = 20m };
            j["chronicOutpatient"] = new JsonObject { ["visits"] = 1, ["deductibleUsed"] = 0m, ["basicPaid"] = 5m };
            j["basicPaid"] = 115_115m;
            j["annualCapUsed"] = 115_095m;
            j["fundPaid"] = 137_741m;
        });
        Assert.Equal((2, 3, 1), (a.Visits(ClaimKind.Inpatient), a.Visits(ClaimKind.Outpatient), a.Visits(ClaimKind.ChronicOutpatient)));
        Assert.Equal(Money.FromYuan(10m), a.DeductibleUsed(ClaimKind.Outpatient));
        Assert.Equal(Money.FromYuan(1000m), a.DeductibleUsed(ClaimKind.Inpatient));
        Assert.Equal(Money.FromYuan(5m), a.BasicPaidFor(ClaimKind.ChronicOutpatient));
        Assert.Equal(Money.FromYuan(115_115m), a.BasicPaid);
        Assert.Equal(Money.FromYuan(115_095m), a.AnnualCapUsed);
        Assert.Equal(2, a.Admissions);
        Assert.Equal(1, a.PersonId);
        Assert.Equal(Money.FromYuan(22_626m), a.SeriousIllnessPaid);
        Assert.Equal(Money.FromYuan(47_710m), a.SeriousIllnessBase);
    }

    [Fact]
    public void An_accumulator_checks_its_derived_members()
    {
        Assert.Equal("BenefitAccumulator.admissions is 3 but its inputs give 2; a derived member must agree with the inputs.", RefusedEdit(Person1, j => j["admissions"] = 3));
        Assert.StartsWith("BenefitAccumulator.basicPaid is ", RefusedEdit(Person1, j => j["basicPaid"] = 1m), StringComparison.Ordinal);
        Assert.StartsWith("BenefitAccumulator.annualCapUsed is ", RefusedEdit(Person1, j => j["annualCapUsed"] = 1m), StringComparison.Ordinal);
        Assert.StartsWith("BenefitAccumulator.fundPaid is ", RefusedEdit(Person1, j => j["fundPaid"] = 1m), StringComparison.Ordinal);
    }

    private static BenefitBatchTotals Batch => (BenefitBatchTotals)ResultJsonTests.Samples[typeof(BenefitBatchTotals)][0];

    [Fact]
    public void Batch_totals_read_each_level_into_its_own_place()
    {
        BenefitBatchTotals back = Read<BenefitBatchTotals>(Write(Batch));
        Assert.Equal(Money.FromYuan(8_000m), back.InpatientInScope(HospitalLevel.Level1));
        Assert.Equal(Money.FromYuan(18_800m), back.InpatientInScope(HospitalLevel.Level2));
        Assert.Equal(Money.FromYuan(144_000m), back.InpatientInScope(HospitalLevel.Level3));
        Assert.Equal(Money.FromYuan(6_864m), back.InpatientBasic(HospitalLevel.Level1));
        Assert.Equal(Money.FromYuan(14_640m), back.InpatientBasic(HospitalLevel.Level2));
        Assert.Equal(Money.FromYuan(100_450m), back.InpatientBasic(HospitalLevel.Level3));
        Assert.Equal(3, back.Claims);
        Assert.Equal(Money.FromYuan(32_624.80m), back.Patient);
        Assert.Equal(Write(Batch), Write(back));
        Assert.Equal("BenefitBatchTotals.inpatientLevel3: unknown member 'cases'.", RefusedEdit(Batch, j => j["inpatientLevel3"]!["cases"] = 1));
        Assert.Equal("BenefitBatchTotals.inpatientLevel2.basic is -0.01 元; a settled amount cannot be negative.", RefusedEdit(Batch, j => j["inpatientLevel2"]!["basic"] = -0.01m));
    }

    [Fact]
    public void Batch_totals_must_add_up_both_ways()
    {
        // 178,000.00 = 6,000.00 + 1,200.00 + 170,800.00 = 121,954.00 + 22,626.00 + 795.20 + 32,624.80.
        Assert.Equal("BenefitBatchTotals: total 178,000.00 元 must equal outOfScope + classBSelfPay + inScope (178,000.01 元) and basic + seriousIllness + assistance + patient (178,000.00 元).",
            RefusedEdit(Batch, j => j["outOfScope"] = 6000.01m));
        Assert.Equal("BenefitBatchTotals: total 178,000.00 元 must equal outOfScope + classBSelfPay + inScope (178,000.00 元) and basic + seriousIllness + assistance + patient (177,999.99 元).",
            RefusedEdit(Batch, j => j["patient"] = 32624.79m));
        Assert.Equal("BenefitBatchTotals.claims is -1; a count of claims cannot be negative.", RefusedEdit(Batch, j => j["claims"] = -1));
        Assert.Equal(0, ReadEdit(Batch, j => j["claims"] = 0).Claims);
        Assert.StartsWith("BenefitBatchTotals.fundPaid is ", RefusedEdit(Batch, j => j["fundPaid"] = 1m), StringComparison.Ordinal);
    }
}
