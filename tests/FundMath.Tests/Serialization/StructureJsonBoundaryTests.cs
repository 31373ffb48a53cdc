namespace FundMath.Tests.Serialization;

using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Analysis;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Data;
using FundMath.Drg;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Serialization;
using NodaTime;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// The strict options and the nested shapes: every settable member of a source-generated FundMath type is required
/// (computed ones are not), the document's parameter file is null or a scalar, DRG groups and schemes are read item by
/// item with their own paths, and members named by position (tier1…tier5) land in their places.
/// </summary>
public class StructureJsonBoundaryTests
{
    [Fact]
    public void The_options_are_read_only_and_know_only_the_context()
    {
        Assert.True(FundMathJson.Options.IsReadOnly);
        Assert.Same(FundMathJson.TypeInfo<Money>(), FundMathJson.TypeInfo<Money>());
        Assert.Throws<NotSupportedException>(() => FundMathJson.TypeInfo<Uri>());
    }

    [Fact]
    public void Every_settable_member_of_a_generated_type_is_required_but_computed_ones_are_not()
    {
        var deductions = new BalanceDeductions(Money.FromYuan(1m), Money.FromYuan(2m), Money.FromYuan(3m), Money.FromYuan(4m), Money.FromYuan(5m));
        JsonObject json = Tree(deductions);
        Assert.Equal("{\"oneTimePrepaymentsAndSubsidies\":1.00,\"settledUnpaid\":2.00,\"notYetSettled\":3.00,\"reservesWithheld\":4.00,\"otherPayables\":5.00,\"payables\":14.00,\"total\":15.00}", json.ToJsonString());
        JsonObject bare = json.DeepClone().AsObject();
        bare.Remove("payables");
        bare.Remove("total");
        Assert.Equal(deductions, Read<BalanceDeductions>(bare));
        JsonObject missing = json.DeepClone().AsObject();
        missing.Remove("otherPayables");
        Assert.Contains("otherPayables", Assert.Throws<JsonException>(() => Read<BalanceDeductions>(missing)).Message, StringComparison.Ordinal);

        // The same for a record read through its constructor: 10 persons, 80,000.00 of bases, 2 at the floor, 1 at the cap.
        JsonObject summary = Tree(new PremiumBaseSummary(10, Money.FromYuan(80_000m), 2, 1));
        summary.Remove(summary.First().Key);
        Assert.Throws<JsonException>(() => Read<PremiumBaseSummary>(summary));
    }

    [Fact]
    public void A_windows_and_intervals_factory_refusal_names_the_type()
    {
        Assert.StartsWith("PolicyWindow: the members do not make a valid PolicyWindow: ", Refused<PolicyWindow>("{\"start\":\"2021-02-01\",\"end\":\"2021-01-31\"}"), StringComparison.Ordinal);
        Assert.Equal(new PolicyWindow(new LocalDate(2021, 1, 31), new LocalDate(2021, 1, 31)), Read<PolicyWindow>("{\"start\":\"2021-01-31\",\"end\":\"2021-01-31\"}"));
        Assert.StartsWith("FigureInterval: the members do not make a valid FigureInterval: ", Refused<FundMath.Reconciliation.FigureInterval>("{\"low\":\"2\",\"high\":\"1\"}"), StringComparison.Ordinal);
        Assert.StartsWith("ToleranceBand: the members do not make a valid ToleranceBand: ", Refused<ToleranceBand>("{\"below\":\"-1pp\",\"above\":\"5pp\"}"), StringComparison.Ordinal);
        Assert.Equal("ToleranceBand: unknown member 'width'.", Refused<ToleranceBand>("{\"below\":\"1pp\",\"above\":\"5pp\",\"width\":1}"));
        Assert.Equal("CoverBandPolicy: unknown member 'x'.", RefusedEdit(CoverBandPolicy.Default, j => j["x"] = 1));
        Assert.StartsWith("CoverBandPolicy: the members do not make a valid CoverBandPolicy: ", RefusedEdit(CoverBandPolicy.Default, j => j["warningBelow"] = "10"), StringComparison.Ordinal);
        Assert.Equal("BudgetTolerancePolicy: unknown member 'x'.", RefusedEdit(BudgetTolerancePolicy.Default, j => j["x"] = 1));
        Assert.Equal(BudgetTolerancePolicy.Default, Read<BudgetTolerancePolicy>(Write(BudgetTolerancePolicy.Default)));
    }

    [Fact]
    public void Central_subsidy_shares_are_read_tier_by_tier()
    {
        var shares = new CentralSubsidyShares(Rate.FromPercent(80m), Rate.FromPercent(60m), Rate.FromPercent(50m), Rate.FromPercent(30m), Rate.FromPercent(10m), Rate.FromPercent(70m));
        Assert.Equal("{\"tier1\":\"80%\",\"tier2\":\"60%\",\"tier3\":\"50%\",\"tier4\":\"30%\",\"tier5\":\"10%\",\"westernTreatmentInTier2\":\"70%\",\"citation\":null}", Write(shares));
        CentralSubsidyShares back = Read<CentralSubsidyShares>(Write(shares));
        Assert.Equal(Rate.FromPercent(50m), back.ShareFor(ProvinceTier.Tier3));
        Assert.Equal(Rate.FromPercent(10m), back.ShareFor(ProvinceTier.Tier5));
        Assert.Equal(Rate.FromPercent(70m), back.ShareFor(ProvinceTier.Tier2, westernTreatment: true));
        Assert.Equal("CentralSubsidyShares: the member 'tier5' is missing; it is required.", RefusedEdit(shares, j => j.Remove("tier5")));
    }

    private static PoolingCityDocument Document => ResultJsonTests.ExampleCityDocument;

    [Fact]
    public void A_documents_parameter_file_is_null_or_a_scalar_path()
    {
        PoolingCityDocument back = Read<PoolingCityDocument>(Write(Document));
        Assert.Equal("../parameters/lishui.yaml", back.ParameterFile!.Text);
        Assert.Equal(DataScalarKind.Plain, back.ParameterFile.ScalarKind);
        Assert.Equal(Document.ParameterFile!.Location, back.ParameterFile.Location);
        PoolingCityDocument without = ReadEdit(Document, j => j["parameterFile"] = null);
        Assert.Null(without.ParameterFile);
        Assert.Contains("\"parameterFile\":null,", Write(without), StringComparison.Ordinal);
        Assert.Equal("PoolingCityDocument: the member 'parameterFile' is missing; it is required (write null for none).", RefusedEdit(Document, j => j.Remove("parameterFile")));
        Assert.Equal("PoolingCityDocument.parameterFile: unknown member 'path'.", RefusedEdit(Document, j => j["parameterFile"]!["path"] = "x"));
        Assert.Equal("PoolingCityDocument.parameterFile: the member 'kind' is missing; it is required.", RefusedEdit(Document, j => j["parameterFile"]!.AsObject().Remove("kind")));
        Assert.Equal("PoolingCityDocument.parameterFile: expected a JSON Object but found String.", RefusedEdit(Document, j => j["parameterFile"] = "../parameters/lishui.yaml"));
        Assert.Equal("PoolingCityDocument: the member 'city' is missing; it is required (write null for none).", RefusedEdit(Document, j => j.Remove("city")));
        Assert.Null(ReadEdit(Document, j => j["priorDeficitReading"] = null).Reading);
    }

    [Fact]
    public void Only_a_scalar_parameter_file_can_be_written()
    {
        var at = new SourceLocation("city.yaml", 10, 17);
        PoolingCityDocument With(DataNode file) =>
            PoolingCityDocument.FromParts(Document.City, Document.Year, Document.Reading, Document.Unit, file, [.. Document.Counties], Document.Location);
        Assert.Equal($"PoolingCityDocument.parameterFile at {at} is a sequence; only a path (a scalar) can be written.",
            Assert.Throws<JsonException>(() => Write(With(DataNode.Sequence([], at)))).Message);
        Assert.Equal($"PoolingCityDocument.parameterFile at {at} is null; only a path (a scalar) can be written.",
            Assert.Throws<JsonException>(() => Write(With(DataNode.Scalar(null, DataScalarKind.Null, at)))).Message);
        JsonObject written = Tree(With(DataNode.Scalar("p.yaml", DataScalarKind.String, at)));
        Assert.Equal("{\"text\":\"p.yaml\",\"kind\":\"String\",\"location\":" + Write(at) + "}", written["parameterFile"]!.ToJsonString());
    }

    [Fact]
    public void Empty_arrays_and_nested_objects_are_written_and_read_in_place()
    {
        Assert.Equal("{\"lines\":[]}", Write(FundMath.Funds.LineBreakdown.Empty));
        Assert.Empty(Read<FundMath.Funds.LineBreakdown>("{\"lines\":[]}").Lines);
        Assert.EndsWith(",\"custom\":[]}", Write(FundMath.Cohorts.CohortCounts.Empty), StringComparison.Ordinal);
        FundMath.Cohorts.Utilisation use = FundMath.Cohorts.Utilisation.Empty.With(FundMath.Cohorts.ServiceCategory.Maternity, 3, Money.FromYuan(9m));
        Assert.Equal("{\"inpatient\":{\"cases\":0,\"cost\":0.00},\"outpatient\":{\"cases\":0,\"cost\":0.00},\"chronic-special-outpatient\":{\"cases\":0,\"cost\":0.00},\"maternity\":{\"cases\":3,\"cost\":9.00},\"totalCost\":9.00}", Write(use));
        Assert.Equal(3, Read<FundMath.Cohorts.Utilisation>(Write(use)).Cases(FundMath.Cohorts.ServiceCategory.Maternity));
        Assert.Equal("Utilisation.maternity: unknown member 'visits'.", RefusedEdit(use, j => j["maternity"]!["visits"] = 1));
        Assert.Equal("Utilisation: the member 'chronic-special-outpatient' is missing; it is required.", RefusedEdit(use, j => j.Remove("chronic-special-outpatient")));
    }

    private static DrgGroupTable Table => BenefitAndDrgSamples.DrgYear.Schemes[0].Table;

    [Fact]
    public void Each_drg_group_checks_its_own_derived_members()
    {
        // GB: 15,000 / 10,000 × 100 = 150 points, low below 7,500.00, high above 30,000.00.
        Assert.Equal($"DrgGroupTable.groups[1].lowOutlierThreshold is {Money.FromYuan(7_500.01m)} but its inputs give {Money.FromYuan(7_500m)}; a derived member must agree with the inputs.", RefusedEdit(Table, j => j["groups"]![1]!["lowOutlierThreshold"] = 7500.01m));
        Assert.Equal($"DrgGroupTable.groups[2].highOutlierThreshold is {Money.FromYuan(60_000.01m)} but its inputs give {Money.FromYuan(60_000m)}; a derived member must agree with the inputs.", RefusedEdit(Table, j => j["groups"]![2]!["highOutlierThreshold"] = 60000.01m));
        Assert.StartsWith("DrgGroupTable.groups[1].basePoints is ", RefusedEdit(Table, j => j["groups"]![1]!["basePoints"] = 151m), StringComparison.Ordinal);
        Assert.Equal("DrgGroupTable.groups[2]: unknown member 'name'.", RefusedEdit(Table, j => j["groups"]![2]!["name"] = "x"));
        Assert.Equal("DrgGroupTable.groups[0]: the member 'averageCost' is missing; it is required.", RefusedEdit(Table, j => j["groups"]![0]!.AsObject().Remove("averageCost")));
        Assert.StartsWith("DrgGroupTable: the members do not make a valid DrgGroupTable: ", RefusedEdit(Table, j => j["overallAverageCost"] = 0m), StringComparison.Ordinal);
        DrgGroupTable back = Read<DrgGroupTable>(Write(Table));
        Assert.Equal(Money.FromYuan(30_000m), back.AverageCost(2));
        Assert.Equal("GC", back.Ids[2]);
    }

    [Fact]
    public void Each_scheme_of_a_drg_year_is_read_with_its_own_path()
    {
        DrgAnnualPayment year = BenefitAndDrgSamples.DrgYear;
        Assert.Equal("DrgAnnualPayment.schemes[1]: unknown member 'name'.", RefusedEdit(year, j => j["schemes"]![1]!["name"] = "x"));
        Assert.Equal("DrgAnnualPayment.schemes[0].table: unknown member 'policy'.", RefusedEdit(year, j => j["schemes"]![0]!["table"]!["policy"] = null));
        Assert.Equal("DrgAnnualPayment.schemes[1].table.groups[0]: unknown member 'x'.", RefusedEdit(year, j => j["schemes"]![1]!["table"]!["groups"]![0]!["x"] = 1));
        Assert.Equal("DrgAnnualPayment.schemes[0]: the member 'table' is missing; it is required.", RefusedEdit(year, j => j["schemes"]![0]!.AsObject().Remove("table")));
        DrgAnnualPayment back = Read<DrgAnnualPayment>(Write(year));
        Assert.Equal(DrgScheme.Resident, back.Schemes[1].Table.Scheme);
        Assert.Same(back.Policy, back.Schemes[0].Table.Policy);
        Assert.Equal(year.Schemes[1].Payments, back.Schemes[1].Payments);

        DrgSchemePayment scheme = year.Schemes[1];
        JsonObject alone = Tree(scheme);
        Assert.NotNull(alone["table"]!["policy"]);
        Assert.Equal(scheme.Payments, Read<DrgSchemePayment>(alone).Payments);
        Assert.Equal("DrgSchemePayment: the member 'settlementTotals' is missing; it is required (write null for none).", RefusedEdit(scheme, j => j.Remove("settlementTotals")));
    }

    [Fact]
    public void A_benefit_plans_parameters_are_read_one_by_one()
    {
        BenefitPlan plan = Tests.Benefits.AnkangPlans.Resident2021;
        string[] names = [.. Tree(plan)["parameters"]!.AsArray().Select(p => (string)p!["name"]!)];
        Assert.True(names.Length > 3);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("BenefitPlan.parameters[0]: unknown member 'description'.", RefusedEdit(plan, j => j["parameters"]![0]!["description"] = "x"));
        Assert.Equal("BenefitPlan.parameters[2]: the member 'unit' is missing; it is required.", RefusedEdit(plan, j => j["parameters"]![2]!.AsObject().Remove("unit")));
        string missing = RefusedEdit(plan, j => j["parameters"]!.AsArray().RemoveAt(0));
        Assert.StartsWith("BenefitPlan: the parameters do not make the Resident plan: ", missing, StringComparison.Ordinal);
        Assert.Equal("BenefitPlan.parameters: expected a JSON Array but found Object.", RefusedEdit(plan, j => j["parameters"] = new JsonObject()));
    }

    [Fact]
    public void A_parameter_set_reads_its_layers_and_parameters()
    {
        ParameterSet lishui = Tests.Pooling.PoolingFixture.Lishui;
        ParameterSet back = Read<ParameterSet>(Write(lishui));
        Assert.Equal(lishui.Layers, back.Layers);
        Assert.Equal(lishui.Name, back.Name);
        Assert.Equal("ParameterSet.layers[0]: an item is null; it is required.", RefusedEdit(lishui, j => j["layers"]![0] = null));
        Assert.StartsWith("ParameterSet.parameters[1]: Parameter: ", RefusedEdit(lishui, j => j["parameters"]![1]!["x"] = 1), StringComparison.Ordinal);
        Assert.StartsWith("ParameterSet: the members do not make a valid ParameterSet: ", RefusedEdit(lishui, j => j["parameters"]!.AsArray().Add(j["parameters"]![0]!.DeepClone())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_and_a_schedule_are_read_through_their_factories()
    {
        ParameterSegment segment = ParameterSet.National.Over("resident.individual_contribution", ReportingPeriod.OfYear(2021)).First();
        ParameterSegment back = Read<ParameterSegment>(Write(segment));
        Assert.Equal(segment.Window, back.Window);
        Assert.Equal(segment.Entry!.Value, back.Entry!.Value);
        var schedule = new RateSchedule([new DatedRate(new YearMonth(2021, 1), Rate.FromPercent(8m)), new DatedRate(new YearMonth(2022, 7), Rate.FromPercent(7.5m))]);
        Assert.Equal(2, Read<RateSchedule>(Write(schedule)).Entries.Count);
        Assert.StartsWith("RateSchedule: the members do not make a valid RateSchedule: ", RefusedEdit(schedule, j => j["entries"] = new JsonArray()), StringComparison.Ordinal);
        var relief = new ReliefWindow(new PolicyWindow(new LocalDate(2020, 2, 1), new LocalDate(2020, 6, 30)), Rate.FromPercent(8m), Rate.FromPercent(4m), new Citation("医保发〔2020〕6号"));
        Assert.Equal(Rate.FromPercent(4m), Read<ReliefWindow>(Write(relief)).ReliefRate);
        Assert.StartsWith("ReliefWindow: the members do not make a valid ReliefWindow: ", RefusedEdit(relief, j => j["reliefRate"] = "9%"), StringComparison.Ordinal);
    }
}
