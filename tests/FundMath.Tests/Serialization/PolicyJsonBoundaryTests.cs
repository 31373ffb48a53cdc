namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using FundMath;
using FundMath.Citations;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Drg;
using FundMath.Explain;
using FundMath.Funds;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Reconciliation;
using NodaTime;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// Policies, parameters and the small results with a rule of their own as JSON: each rule that reading adds to the
/// factories (a DRG policy's source and date, an entry's value or brackets, a bound that must be written, one parent
/// of a custom line, a dash printed as 0, a tally of outliers, the shape of a premium base policy) is refused in its
/// words, and the values that cannot be written say why.
/// </summary>
public class PolicyJsonBoundaryTests
{
    private static DrgPolicy FromSet => BenefitAndDrgSamples.DrgPolicy;

    private static DrgPolicy Direct => BenefitAndDrgSamples.DrgPolicyGivenDirectly;

    [Fact]
    public void Rules_given_directly_have_no_date()
    {
        DrgPolicy back = Read<DrgPolicy>(Write(Direct));
        Assert.Null(back.Source);
        Assert.Equal(Direct.Citation, back.Citation);
        Assert.Equal(4, back.PointDecimals);
        Assert.Equal("DrgPolicy.date is 2023-12-31 but there is no source: rules given directly have no date (write null).", RefusedEdit(Direct, j => j["date"] = "2023-12-31"));
        Assert.Equal("DrgPolicy: the member 'date' is missing; it is required (write null for none).", RefusedEdit(Direct, j => j.Remove("date")));
        Assert.StartsWith("DrgPolicy: the members do not make a valid DrgPolicy: ", RefusedEdit(Direct, j => j["pointDecimals"] = -1), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_read_from_a_set_carry_its_date_and_no_citation()
    {
        DrgPolicy back = Read<DrgPolicy>(Write(FromSet));
        Assert.Equal(new LocalDate(2023, 12, 31), back.Date);
        Assert.Equal("drg-sample", back.Source!.Name);
        Assert.Null(back.Citation);
        Assert.Equal("DrgPolicy.date is null but the rules were read from parameter set drg-sample: give the date they were read at.", RefusedEdit(FromSet, j => j["date"] = null));
        Assert.Equal("DrgPolicy.citation must be null for rules read from parameter set drg-sample: each value cites its own parameter entry.", RefusedEdit(FromSet, j => j["citation"] = JsonNode.Parse(Write(new Citation("x")))));
        string early = RefusedEdit(FromSet, j => j["date"] = "2000-01-01");
        Assert.StartsWith("DrgPolicy: the source does not give the DRG rules on 2000-01-01: ", early, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pointDecimals", 5, "drg.points.decimals", "4")]
    [InlineData("highOutlierRatio", "300%", "drg.outlier.high_ratio", "200%")]
    [InlineData("lowOutlierRatio", "40%", "drg.outlier.low_ratio", "50%")]
    [InlineData("reserveRatio", "6%", "drg.reserve_ratio", "5%")]
    [InlineData("surplusBand", "11%", "drg.settlement.surplus_band", "10%")]
    [InlineData("surplusRetention", "61%", "drg.settlement.surplus_retention", "60%")]
    [InlineData("overrunBand", "12%", "drg.settlement.overrun_band", "10%")]
    [InlineData("overrunShare", "71%", "drg.settlement.overrun_share", "70%")]
    public void Each_value_read_from_a_set_must_agree_with_it(string member, object written, string parameter, string value)
    {
        string shown = written is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : (string)written;
        string message = RefusedEdit(FromSet, j => j[member] = written is int i ? JsonValue.Create(i) : JsonValue.Create((string)written));
        Assert.Equal($"DrgPolicy.{member} is {shown} but {parameter} in parameter set drg-sample on 2023-12-31 is {value}; a value read from parameters must agree with them.", message);
    }

    [Fact]
    public void The_roundings_of_rules_from_a_set_are_their_own()
    {
        DrgPolicy toEven = ReadEdit(FromSet, j => { j["pointRounding"] = "ToEven"; j["moneyRounding"] = "ToZero"; });
        Assert.Equal(MidpointRounding.ToEven, toEven.PointRounding);
        Assert.Equal(MidpointRounding.ToZero, toEven.MoneyRounding);
        DrgPolicy direct = ReadEdit(Direct, j => j["moneyRounding"] = "ToEven");
        Assert.Equal(MidpointRounding.ToEven, direct.MoneyRounding);
        Assert.Equal(MidpointRounding.AwayFromZero, direct.PointRounding);
    }

    private static readonly Citation Notice = new("医保发〔2021〕32号");

    private static readonly ParameterEntry Single = new(new LocalDate(2021, 1, 1), ParameterValue.FromMoney(Money.FromYuan(320m)), Notice);

    private static readonly ParameterEntry Scale = new(new LocalDate(2021, 1, 1), [new ScaleBracket("level_1", ParameterValue.FromRate(Rate.FromPercent(90m)), "一级医院")], Notice, "local convention");

    [Fact]
    public void An_entry_is_a_value_or_brackets_never_both_or_neither()
    {
        Assert.Equal(Single.Value, Read<ParameterEntry>(Write(Single)).Value);
        Assert.True(Read<ParameterEntry>(Write(Scale)).IsScale);
        Assert.Equal("ParameterEntry: value is null and brackets is empty; a single-value entry needs a value, a scale entry at least one bracket.", RefusedEdit(Single, j => j["value"] = null));
        string both = RefusedEdit(Scale, j => j["value"] = JsonNode.Parse(Write(Single.Value)));
        Assert.Equal($"ParameterEntry: the entry has both a value and brackets (value {Single.Value}, 1 bracket(s)); a scale entry's value must be null.", both);
        Assert.Equal("ParameterEntry: the member 'value' is missing; it is required (write null for none).", RefusedEdit(Scale, j => j.Remove("value")));
        Assert.Equal("ParameterEntry: the member 'note' is missing; it is required (write null for none).", RefusedEdit(Scale, j => j.Remove("note")));
        Assert.Equal("ParameterEntry: the member 'location' is missing; it is required (write null for none).", RefusedEdit(Scale, j => j.Remove("location")));
        Assert.Equal("local convention", Read<ParameterEntry>(Write(Scale)).Note);
        Assert.Null(Read<ParameterEntry>(Write(Scale)).Location.Source);
    }

    [Fact]
    public void A_bound_with_a_unit_default_must_be_written()
    {
        var months = new Parameter("local.months", ParameterUnit.Months, [new ParameterEntry(new LocalDate(2023, 1, 1), ParameterValue.FromMonths(Fraction.FromInteger(3)), Notice)]);
        JsonObject json = Tree(months);
        Assert.Equal("0", (string?)json["minimum"]);
        Assert.Null(json["maximum"]);
        Assert.Null(Read<Parameter>(json).Maximum);
        Assert.Equal(Fraction.Zero, Read<Parameter>(json).Minimum);
        Assert.Equal("Parameter.minimum is null, but a months parameter is never unbounded there (its default minimum is 0); write the bound.", RefusedEdit(months, j => j["minimum"] = null));

        var rate = new Parameter("local.rate", ParameterUnit.Rate, [new ParameterEntry(new LocalDate(2023, 1, 1), ParameterValue.FromRate(Rate.FromPercent(8m)), Notice)]);
        Assert.Equal("Parameter.maximum is null, but a rate parameter is never unbounded there (its default maximum is 1); write the bound.", RefusedEdit(rate, j => j["maximum"] = null));
        Assert.Equal(Fraction.One, Read<Parameter>(Write(rate)).Maximum);
    }

    [Fact]
    public void A_custom_line_has_exactly_one_parent()
    {
        CustomLine income = CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donation income");
        CustomLine spending = CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "inpatient.remote", "异地就医住院", "out-of-area inpatient");
        Assert.Equal(IncomeLine.Other, Read<CustomLine>(Write(income)).IncomeParent);
        Assert.Equal(ExpenditureLine.Inpatient, Read<CustomLine>(Write(spending)).ExpenditureParent);
        Assert.Equal("CustomLine 'donations': exactly one of incomeParent and expenditureParent must be given (the other null).", RefusedEdit(income, j => j["incomeParent"] = null));
        Assert.Equal("CustomLine 'donations': exactly one of incomeParent and expenditureParent must be given (the other null).", RefusedEdit(income, j => j["expenditureParent"] = "inpatient"));
        Assert.StartsWith("CustomLine: the members do not make a valid CustomLine: ", RefusedEdit(income, j => j["chineseName"] = ""), StringComparison.Ordinal);
        Assert.StartsWith("CustomLine: the members do not make a valid CustomLine: ", RefusedEdit(spending, j => j["chineseName"] = ""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_is_printed_0_with_precision_0()
    {
        PrintedFigure dash = PrintedFigure.Dash(FigureUnit.Yi, new FigureLocation("附表", "区县", "荷塘区", "赤字"));
        Assert.True(Read<PrintedFigure>(Write(dash)).IsDash);
        Assert.Equal("PrintedFigure: a dash (isDash true) is printed 0 with precision 0, not 1 with precision 0.", RefusedEdit(dash, j => j["printed"] = 1));
        Assert.Equal("PrintedFigure: a dash (isDash true) is printed 0 with precision 0, not 0 with precision 0.01.", RefusedEdit(dash, j => j["precision"] = 0.01m));
        PrintedFigure printed = PrintedFigure.Parse("约15个月", new FigureLocation("运行分析", Row: "职工医保"));
        Assert.False(Read<PrintedFigure>(Write(printed)).IsDash);
        Assert.Equal(15m, Read<PrintedFigure>(Write(printed)).Printed);
        Assert.Equal("PrintedFigure.text is 15个月 but its inputs give 约15个月; a derived member must agree with the inputs.", RefusedEdit(printed, j => j["text"] = "15个月"));
    }

    [Fact]
    public void Drg_case_points_are_never_negative()
    {
        var result = new DrgCaseResult(DrgPoints.FromDecimal(1.25m), DrgPoints.FromDecimal(1.6m), DrgCaseKind.HighOutlier);
        Assert.Equal("{\"basePoints\":1.250000,\"points\":1.600000,\"kind\":\"HighOutlier\"}", Write(result));
        Assert.Equal(result, Read<DrgCaseResult>(Write(result)));
        Assert.Equal($"DrgCaseResult: points {DrgPoints.FromDecimal(1.6m)} and base points {DrgPoints.FromDecimal(-0.000001m)} cannot be negative.", RefusedEdit(result, j => j["basePoints"] = -0.000001m));
        Assert.Equal($"DrgCaseResult: points {DrgPoints.FromDecimal(-0.000001m)} and base points {DrgPoints.FromDecimal(1.25m)} cannot be negative.", RefusedEdit(result, j => j["points"] = -0.000001m));
        Assert.Equal(DrgPoints.Zero, ReadEdit(result, j => j["points"] = 0).Points);
    }

    [Fact]
    public void Drg_point_totals_are_a_tally_of_cases()
    {
        var totals = new DrgPointTotals(DrgPoints.FromPoints(95_000), 1000, 12, 30);
        Assert.Equal(totals, Read<DrgPointTotals>(Write(totals)));
        string Tally(long high, long low, long cases, DrgPoints points) => $"DrgPointTotals: {high} high and {low} low outliers among {cases} cases with {points} points is not a tally of cases.";
        Assert.Equal(Tally(12, 30, -1, DrgPoints.FromPoints(95_000)), RefusedEdit(totals, j => j["cases"] = -1));
        Assert.Equal(Tally(-1, 30, 1000, DrgPoints.FromPoints(95_000)), RefusedEdit(totals, j => j["highOutliers"] = -1));
        Assert.Equal(Tally(12, -1, 1000, DrgPoints.FromPoints(95_000)), RefusedEdit(totals, j => j["lowOutliers"] = -1));
        Assert.Equal(Tally(12, 30, 1000, DrgPoints.FromDecimal(-1m)), RefusedEdit(totals, j => j["points"] = -1));
        // 12 + 30 outliers among 41 cases is too many; among 42 every case is an outlier.
        Assert.Equal(Tally(12, 30, 41, DrgPoints.FromPoints(95_000)), RefusedEdit(totals, j => j["cases"] = 41));
        Assert.Equal(42, ReadEdit(totals, j => j["cases"] = 42).Cases);
        Assert.Equal(0, Read<DrgPointTotals>("{\"points\":0,\"cases\":0,\"highOutliers\":0,\"lowOutliers\":0}").Cases);
        // long.MaxValue high outliers and 1 low one are more than long.MaxValue cases (the sum does not fit in 64 bits).
        Assert.Equal(Tally(long.MaxValue, 1, long.MaxValue, DrgPoints.Zero), Refused<DrgPointTotals>($"{{\"points\":0,\"cases\":{long.MaxValue},\"highOutliers\":{long.MaxValue},\"lowOutliers\":1}}"));
    }

    [Fact]
    public void An_enrolment_rule_reads_the_member_of_its_kind()
    {
        var full = AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty, Notice);
        var fixedAmount = AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200m));
        var ratio = AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(50m));
        Assert.Equal(AssistanceKind.Full, Read<AssistanceEnrolmentRule>(Write(full)).Kind);
        Assert.Equal(Notice, Read<AssistanceEnrolmentRule>(Write(full)).Citation);
        Assert.Equal(Money.FromYuan(200m), Read<AssistanceEnrolmentRule>(Write(fixedAmount)).Amount);
        Assert.Equal(Rate.FromPercent(50m), Read<AssistanceEnrolmentRule>(Write(ratio)).Ratio);
        Assert.Equal($"AssistanceEnrolmentRule.amount is {Money.FromYuan(1m)} but its inputs give {Money.Zero}; a derived member must agree with the inputs.", RefusedEdit(full, j => j["amount"] = 1m));
        Assert.Equal($"AssistanceEnrolmentRule.ratio is {Rate.FromPercent(40m)} but its inputs give {Rate.FromPercent(0m)}; a derived member must agree with the inputs.", RefusedEdit(fixedAmount, j => j["ratio"] = "40%"));
        Assert.Equal($"AssistanceEnrolmentRule.amount is {Money.FromYuan(1m)} but its inputs give {Money.Zero}; a derived member must agree with the inputs.", RefusedEdit(ratio, j => j["amount"] = 1m));
        Assert.StartsWith("AssistanceEnrolmentRule: the members do not make a valid AssistanceEnrolmentRule: ", RefusedEdit(fixedAmount, j => j["amount"] = -1m), StringComparison.Ordinal);
        Assert.StartsWith("AssistanceEnrolmentRule: the members do not make a valid AssistanceEnrolmentRule: ", RefusedEdit(ratio, j => j["ratio"] = "101%"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("referenceMonthlyWage", "floorRatio")]
    [InlineData("floorRatio", "referenceMonthlyWage")]
    [InlineData("capRatio", "referenceMonthlyWage")]
    [InlineData("floorRounding", "referenceMonthlyWage")]
    [InlineData("capRounding", "referenceMonthlyWage")]
    public void Any_wage_member_makes_a_premium_base_policy_the_wage_shape(string member, string missing)
    {
        PremiumBasePolicy amounts = PremiumBasePolicy.FromAmounts(Money.FromYuan(3_000m), Money.FromYuan(15_000m));
        JsonNode value = member switch
        {
            "referenceMonthlyWage" => JsonValue.Create(6540m),
            "floorRatio" or "capRatio" => JsonValue.Create("60%"),
            _ => JsonValue.Create("ToEven"),
        };
        Assert.Equal($"PremiumBasePolicy: the member '{missing}' is missing; it is required.", RefusedEdit(amounts, j => j[member] = value));
    }

    [Fact]
    public void A_premium_base_policy_of_a_wage_checks_its_floor_and_cap()
    {
        // 60% and 300% of 6,540.00: 3,924.00 and 19,620.00.
        var wage = new PremiumBasePolicy(Money.FromYuan(6_540m), Rate.FromPercent(60m), Rate.FromPercent(300m));
        PremiumBasePolicy back = Read<PremiumBasePolicy>(Write(wage));
        Assert.Equal(Money.FromYuan(3_924m), back.Floor);
        Assert.Equal(Money.FromYuan(19_620m), back.Cap);
        Assert.Equal(Money.FromYuan(6_540m), back.ReferenceMonthlyWage);
        Assert.Equal($"PremiumBasePolicy.floor is {Money.FromYuan(3_923m)} but its inputs give {Money.FromYuan(3_924m)}; a derived member must agree with the inputs.", RefusedEdit(wage, j => j["floor"] = 3923m));
        Assert.Equal($"PremiumBasePolicy.cap is {Money.FromYuan(19_621m)} but its inputs give {Money.FromYuan(19_620m)}; a derived member must agree with the inputs.", RefusedEdit(wage, j => j["cap"] = 19621m));
        PremiumBasePolicy amounts = PremiumBasePolicy.FromAmounts(Money.FromYuan(3_000m), Money.FromYuan(15_000m), Notice);
        Assert.StartsWith("{\"floor\":3000.00,\"cap\":15000.00,\"citation\":{", Write(amounts), StringComparison.Ordinal);
        Assert.Equal(Money.FromYuan(15_000m), Read<PremiumBasePolicy>(Write(amounts)).Cap);
        Assert.Equal(Notice, Read<PremiumBasePolicy>(Write(amounts)).Citation);
    }

    [Fact]
    public void An_explanation_input_is_never_null()
    {
        var node = new Explanation("实际结余可支付月数 months of cover", "15.68") { Inputs = [new Explanation("a", "1"), new Explanation("b", "2")] };
        Assert.Equal(2, Read<Explanation>(Write(node)).Inputs.Count);
        Assert.Equal("Explanation.inputs[1] is null; an input is an explanation.", RefusedEdit(node, j => j["inputs"]![1] = null));
        Assert.Equal("Explanation.inputs[0] is null; an input is an explanation.", RefusedEdit(node, j => j["inputs"]![0] = null));
    }

    [Fact]
    public void Cohort_counts_name_a_custom_category_that_is_well_known_or_repeated()
    {
        CohortCategory flexible = CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed");
        CohortCounts counts = CohortCounts.Empty.With(CohortCategory.Retired, 100).With(flexible, 1_000);
        CohortCounts back = Read<CohortCounts>(Write(counts));
        Assert.Equal(Headcount.FromPersons(1_000), back[flexible]);
        Assert.Equal(Headcount.FromPersons(100), back[CohortCategory.Retired]);
        Assert.Equal("CohortCounts.custom: 'retired' is a well-known category; write it as the member 'retired'.",
            RefusedEdit(counts, j => j["custom"]![0]!["category"] = JsonNode.Parse(Write(CohortCategory.Retired))));
        Assert.Equal("CohortCounts.custom: the category 'flexible' appears twice.", RefusedEdit(counts, j => j["custom"]!.AsArray().Add(j["custom"]![0]!.DeepClone())));
        Assert.Equal("CohortCounts.custom[0]: unknown member 'count'.", RefusedEdit(counts, j => j["custom"]![0]!["count"] = 1));
        Assert.Equal("CohortCounts: the member 'retired' is missing; it is required.", RefusedEdit(counts, j => j.Remove("retired")));
    }

    [Fact]
    public void A_line_breakdown_names_a_line_given_twice()
    {
        LineBreakdown lines = LineBreakdown.Empty.Add(CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donation income"), Money.FromYuan(5m));
        Assert.Equal(Money.FromYuan(5m), System.Linq.Enumerable.Single(Read<LineBreakdown>(Write(lines)).Lines).Amount);
        Assert.Equal("LineBreakdown.lines: the line 'donations' appears twice.", RefusedEdit(lines, j => j["lines"]!.AsArray().Add(j["lines"]![0]!.DeepClone())));
        Assert.Equal("LineBreakdown.lines[0]: unknown member 'note'.", RefusedEdit(lines, j => j["lines"]![0]!["note"] = "x"));
    }

    [Fact]
    public void Values_that_nothing_computed_cannot_be_written()
    {
        Assert.Equal("a default CountySettlement was not settled (it has no policy) and cannot be written.", Assert.Throws<JsonException>(() => Write(default(CountySettlement))).Message);
        Assert.Equal("a default UpwardTransfer was not computed (it has no policy) and cannot be written.", Assert.Throws<JsonException>(() => Write(default(UpwardTransfer))).Message);
        Assert.Equal("a default YearStartTopUp was not built by a check (it has no policy) and cannot be written.", Assert.Throws<JsonException>(() => Write(default(YearStartTopUp))).Message);
        Assert.Equal("a default CollectedFundStatement was not built by a settlement (it has no policy) and cannot be written.", Assert.Throws<JsonException>(() => Write(default(CollectedFundStatement))).Message);
        Assert.Equal("default(ParameterSegment) has no window or entry and cannot be written; segments come from Parameter.Over or ParameterSet.Over.", Assert.Throws<JsonException>(() => Write(default(ParameterSegment))).Message);
    }

    [Fact]
    public void A_year_start_check_compares_its_optional_months_including_null()
    {
        // 1,000,000 元 against no expenditure: no capacity in months (null); the threshold of a year before 2023 is null too.
        YearStartTopUp none = YearStartTopUp.Compute(Tests.Pooling.PoolingFixture.Policy(2023), PooledScheme.Resident, Money.FromYuan(1_000_000m), Money.Zero);
        Assert.Null(none.CapacityMonths);
        Assert.Equal(none.Outcome, Read<YearStartTopUp>(Write(none)).Outcome);
        Assert.Equal("YearStartTopUp.capacityMonths is 3 but its inputs give null; a derived member must agree with the inputs.", RefusedEdit(none, j => j["capacityMonths"] = "3"));
        Assert.Equal("YearStartTopUp: the member 'capacityMonths' is missing; it is required (write null for none).", RefusedEdit(none, j => j.Remove("capacityMonths")));

        // 1,000,000 元 against 12,000,000 元 a year: 1 month of capacity.
        YearStartTopUp some = YearStartTopUp.Compute(Tests.Pooling.PoolingFixture.Policy(2022), PooledScheme.Employee, Money.FromYuan(1_000_000m), Money.FromYuan(12_000_000m));
        Assert.Equal(Fraction.One, some.CapacityMonths);
        Assert.Equal(Fraction.One, Read<YearStartTopUp>(Write(some)).CapacityMonths);
        Assert.Equal("YearStartTopUp.capacityMonths is null but its inputs give 1; a derived member must agree with the inputs.", RefusedEdit(some, j => j["capacityMonths"] = null));
        Assert.Equal("YearStartTopUp.capacityMonths is 2 but its inputs give 1; a derived member must agree with the inputs.", RefusedEdit(some, j => j["capacityMonths"] = "2"));
        Assert.Equal($"YearStartTopUp.thresholdMonths is 9 but its inputs give {(some.ThresholdMonths?.ToString() ?? "null")}; a derived member must agree with the inputs.", RefusedEdit(some, j => j["thresholdMonths"] = "9"));
    }
}
