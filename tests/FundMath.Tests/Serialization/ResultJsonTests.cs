namespace FundMath.Tests.Serialization;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FundMath;
using FundMath.Analysis;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Funds;
using FundMath.Serialization;

/// <summary>
/// Every public result type round-trips through <see cref="FundMathJsonContext"/>: enumerated by reflection (a
/// public type that a public member of FundMath returns), each is either covered here with a sample or listed as
/// pending — and the pending list is exact (a pending type that gains metadata fails, so the list only shrinks).
/// </summary>
public class ResultJsonTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    /// <summary>One or more samples per covered type, from the Zhuzhou 2021 report where the type has a golden figure.</summary>
    public static readonly Dictionary<Type, object[]> Samples = new()
    {
        // 居民医保 本年收入 29.02亿 of 26.36亿 budgeted: 110.09%, Over the ±5pp band; a zero budget: NoBudget.
        [typeof(BudgetExecution)] =
        [
            BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yi(26.36m), Yi(29.02m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
            BudgetExecution.Evaluate(BudgetLine.BenefitExpenditure, Year2021, Yi(26.46m), Yi(24.39m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
            BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Money.Zero, Yi(1m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
        ],

        // 职工医保统筹基金: (23.89 − 3.66)亿 / 1.29亿 a month = 15.68 months; no expenditure: NoExpenditure.
        [typeof(MonthsOfCover)] =
        [
            MonthsOfCover.Compute(Year2021, Yi(23.89m), BalanceDeductions.Lumped(Money.Zero, Yi(3.66m)), MonthlyExpenditure.PerMonth(Yi(1.29m)), CoverBandPolicy.Default),
            MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.Zero), CoverBandPolicy.Default),
        ],
        [typeof(MonthlyExpenditure)] = [MonthlyExpenditure.OfPeriod(Yi(15.48m), Year2021), MonthlyExpenditure.PerMonth(Yi(1.29m)), default(MonthlyExpenditure)],
        [typeof(DeficitScan)] =
        [
            DeficitScan.Scan(Year2021, [Money.FromYuan(-120m), Money.FromYuan(-0.01m), Money.FromYuan(300m), Money.Zero]),
            DeficitScan.Scan(Year2021, [Money.FromYuan(5m)]),
            DeficitScan.Scan(Year2021, [Money.FromYuan(-5m)]),
        ],
        [typeof(ToleranceBand)] = [ToleranceBand.FivePoints, new ToleranceBand(PercentagePoints.FromPoints(3m), PercentagePoints.FromPoints(Fraction.Create(1, 3)))],
        [typeof(BudgetTolerancePolicy)] = [BudgetTolerancePolicy.Default],
        [typeof(CoverBandPolicy)] = [CoverBandPolicy.Default],
        [typeof(BalanceDeductions)] = [new BalanceDeductions(Yi(1.47m), Yi(1m), Yi(0.5m), Yi(0.02m), Yi(2m))],
        [typeof(ExecutionOutcomeCounts)] = [new ExecutionOutcomeCounts(5, 2, 1, 0)],
        [typeof(CoverBandCounts)] = [new CoverBandCounts(2, 3, 6, 0, 2)],
        [typeof(PremiumBaseResult)] = [new PremiumBaseResult(Money.FromYuan(2000m), Money.FromYuan(3500m), Bound.Floor)],
        [typeof(PremiumBaseSummary)] = [new PremiumBaseSummary(10, Money.FromYuan(80000m), 2, 1)],
        [typeof(AccountSplit)] = [new AccountSplit(Money.FromYuan(200m), Money.FromYuan(800m), Money.FromYuan(90m))],
        [typeof(AssistanceSplit)] = [new AssistanceSplit(Money.FromYuan(350m), Money.Zero)],
        [typeof(ContributionTotals)] = [new ContributionTotals(3, Money.FromYuan(15000m), Money.FromYuan(1200m), Money.FromYuan(100m), Money.FromYuan(300m))],
        [typeof(EmployeePeriodContribution)] = [new EmployeePeriodContribution(Year2021, new ContributionTotals(1, Money.FromYuan(60000m), Money.FromYuan(4800m), Money.FromYuan(420m), Money.FromYuan(1200m)), Money.FromYuan(2400m), 6)],
        [typeof(ResidentPremiumIncome)] = [new ResidentPremiumIncome(Headcount.FromPersons(727_400), Money.FromYuan(233_495_400m), Money.FromYuan(1_000_000m), Money.FromYuan(232_495_400m))],
        [typeof(PrintedComparison)] = [new PrintedComparison(Yi(1.98m), Yi(1.71m))],
    };

    /// <summary>Result types without JSON metadata yet (each must be absent from the context; remove a line when it is covered).</summary>
    private static readonly HashSet<string> Pending =
    [
        "FundMath.Analysis.SeasonalProfile",
        "FundMath.Benefits.BenefitAccumulator",
        "FundMath.Benefits.BenefitBatchTotals",
        "FundMath.Benefits.BenefitClaim",
        "FundMath.Benefits.BenefitClaimEntry",
        "FundMath.Benefits.BenefitClaimTable",
        "FundMath.Benefits.BenefitPlan",
        "FundMath.Benefits.BenefitPlans",
        "FundMath.Benefits.ClaimSettlement",
        "FundMath.Citations.Citation",
        "FundMath.Cohorts.Average",
        "FundMath.Cohorts.CohortCategory",
        "FundMath.Cohorts.CohortCounts",
        "FundMath.Cohorts.CohortFlow",
        "FundMath.Cohorts.CohortPartition",
        "FundMath.Cohorts.ServiceCategory",
        "FundMath.Cohorts.StructureShares",
        "FundMath.Cohorts.SupportRatio",
        "FundMath.Cohorts.Utilisation",
        "FundMath.Contributions.AssistanceEnrolmentRule",
        "FundMath.Contributions.CentralSubsidyShares",
        "FundMath.Contributions.DatedRate",
        "FundMath.Contributions.EmployeeMonthlyContribution",
        "FundMath.Contributions.EmployeeRates",
        "FundMath.Contributions.FlexiblePeriodContribution",
        "FundMath.Contributions.IndividualShareCheck",
        "FundMath.Contributions.PayrollContributions",
        "FundMath.Contributions.PremiumBasePolicy",
        "FundMath.Contributions.PremiumIncomeChange",
        "FundMath.Contributions.RateSchedule",
        "FundMath.Contributions.ReliefWindow",
        "FundMath.Contributions.ResidentFundingStandard",
        "FundMath.Contributions.SubsidySplitResult",
        "FundMath.Data.DataMember",
        "FundMath.Data.DataNode",
        "FundMath.Data.DataReaderLimits",
        "FundMath.Data.SourceLocation",
        "FundMath.Drg.DrgAnnualPayment",
        "FundMath.Drg.DrgCaseResult",
        "FundMath.Drg.DrgGroupTable",
        "FundMath.Drg.DrgInstitutionRecord",
        "FundMath.Drg.DrgInstitutionSettlement",
        "FundMath.Drg.DrgPointTotals",
        "FundMath.Drg.DrgPointValue",
        "FundMath.Drg.DrgPoints",
        "FundMath.Drg.DrgPolicy",
        "FundMath.Drg.DrgSchemePayment",
        "FundMath.Drg.DrgSchemeResult",
        "FundMath.Drg.DrgSettlementTotals",
        "FundMath.Explain.Explanation",
        "FundMath.Funds.AccumulatedBalance",
        "FundMath.Funds.CustomLine",
        "FundMath.Funds.ExpenditureLine",
        "FundMath.Funds.ExpenditureLines",
        "FundMath.Funds.FundKind",
        "FundMath.Funds.FundStatement",
        "FundMath.Funds.FundStatementChange",
        "FundMath.Funds.IncomeLine",
        "FundMath.Funds.IncomeLines",
        "FundMath.Funds.LineBreakdown",
        "FundMath.Funds.RollForward",
        "FundMath.Funds.SurplusRatio",
        "FundMath.Policies.Parameter",
        "FundMath.Policies.ParameterEntry",
        "FundMath.Policies.ParameterSegment",
        "FundMath.Policies.ParameterSet",
        "FundMath.Policies.ParameterValue",
        "FundMath.Policies.ScaleBracket",
        "FundMath.PolicyWindow",
        "FundMath.Pooling.CollectedFundStatement",
        "FundMath.Pooling.CountyFunding",
        "FundMath.Pooling.CountySettlement",
        "FundMath.Pooling.PoolingCityDocument",
        "FundMath.Pooling.PoolingCounty",
        "FundMath.Pooling.PoolingPolicy",
        "FundMath.Pooling.PoolingYear",
        "FundMath.Pooling.UpwardTransfer",
        "FundMath.Pooling.YearStartTopUp",
        "FundMath.Ratios.HeadcountGrowth",
        "FundMath.Ratios.MoneyGrowth",
        "FundMath.Reconciliation.BudgetExecutionFigures",
        "FundMath.Reconciliation.BudgetTable",
        "FundMath.Reconciliation.CohortRow",
        "FundMath.Reconciliation.CohortTable",
        "FundMath.Reconciliation.DeficitScanRow",
        "FundMath.Reconciliation.DeficitScanTable",
        "FundMath.Reconciliation.FigureInterval",
        "FundMath.Reconciliation.FigureLocation",
        "FundMath.Reconciliation.Finding",
        "FundMath.Reconciliation.FundComponentFigures",
        "FundMath.Reconciliation.FundStatementFigures",
        "FundMath.Reconciliation.MonthsOfCoverFigures",
        "FundMath.Reconciliation.PrintedFigure",
        "FundMath.Reconciliation.ProductFigure",
        "FundMath.Reconciliation.QuotientFigure",
        "FundMath.Reconciliation.ReconciliationResult",
        "FundMath.Reconciliation.RegionColumn",
        "FundMath.Reconciliation.RegionRow",
        "FundMath.Reconciliation.RegionTable",
        "FundMath.Reconciliation.RepeatedFigure",
        "FundMath.Reconciliation.ReportClaim",
        "FundMath.Reconciliation.ReportDocument",
        "FundMath.Reconciliation.StatementTable",
        "FundMath.Reconciliation.TotalFigures",
        "FundMath.Reconciliation.UncheckedFigure",
        "FundMath.Reconciliation.YearOnYearFigure",
        "FundMath.Reconciliation.YearOnYearGroup",
        "FundMath.Serialization.FundMathJsonContext",
    ];

    private static readonly HashSet<Type> ValueTypes = [typeof(Money), typeof(Rate), typeof(PercentagePoints), typeof(Fraction), typeof(Headcount), typeof(ReportingPeriod)];

    /// <summary>The public types that some public member of FundMath returns (directly, as an array, span or list element); ref structs (span views such as DrgCases) cannot be serialised and are not results.</summary>
    private static IEnumerable<Type> ResultTypes()
    {
        Type[] exported = typeof(Money).Assembly.GetExportedTypes();
        var returned = new HashSet<Type>();
        void Add(Type t)
        {
            returned.Add(t);
            if (t.IsArray)
            {
                Add(t.GetElementType()!);
            }

            if (t.IsGenericType)
            {
                foreach (Type argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        foreach (Type type in exported)
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                Add(method.ReturnType);
                foreach (ParameterInfo parameter in method.GetParameters())
                {
                    // Batch results are written into a caller's Span<T>.
                    if (parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(Span<>))
                    {
                        Add(parameter.ParameterType);
                    }
                }
            }
        }

        return exported.Where(t => returned.Contains(t) && !t.IsEnum && !t.IsInterface && !t.IsByRefLike && !(t.IsAbstract && t.IsSealed) && !t.IsNested
            && !typeof(Exception).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) && !ValueTypes.Contains(t));
    }

    private static JsonTypeInfo Info(Type type) => FundMathJson.Options.GetTypeInfo(type);

    [Fact]
    public void Every_result_type_is_covered_or_pending()
    {
        var missing = new List<string>();
        foreach (Type type in ResultTypes())
        {
            bool covered = FundMathJsonContext.Default.GetTypeInfo(type) is not null;
            if (covered && Pending.Contains(type.FullName!))
            {
                missing.Add(type.FullName + ": has JSON metadata now — remove it from Pending");
            }
            else if (covered && !Samples.ContainsKey(type))
            {
                missing.Add(type.FullName + ": has JSON metadata but no sample in this test");
            }
            else if (!covered && !Pending.Contains(type.FullName!))
            {
                missing.Add(type.FullName + ": a result type with no JSON metadata (add it to FundMathJsonContext, or to Pending)");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    public static TheoryData<string, int> SampleCases()
    {
        var data = new TheoryData<string, int>();
        foreach ((Type type, object[] samples) in Samples)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                data.Add(type.FullName!, i);
            }
        }

        return data;
    }

    private static (Type Type, object Sample) Sample(string typeName, int index)
    {
        Type type = Samples.Keys.Single(t => t.FullName == typeName);
        return (type, Samples[type][index]);
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Each_sample_round_trips_to_an_equal_value_and_the_same_text(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        string json = JsonSerializer.Serialize(sample, Info(type));
        object back = JsonSerializer.Deserialize(json, Info(type))!;
        Assert.Equal(sample, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, Info(type)));
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Each_member_of_each_sample_is_required(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        JsonObject json = JsonNode.Parse(JsonSerializer.Serialize(sample, Info(type)))!.AsObject();
        foreach (string member in json.Select(p => p.Key).ToList())
        {
            JsonObject without = JsonNode.Parse(json.ToJsonString())!.AsObject();
            without.Remove(member);
            if (IsDerived(type, member))
            {
                continue;
            }

            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(without.ToJsonString(), Info(type)));
            Assert.Contains(member, e.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Members written for readers and checked when present, but not needed to rebuild the value.</summary>
    private static bool IsDerived(Type type, string member) => (type.Name, member) switch
    {
        ("BudgetExecution", "rate" or "deviation") => true,
        ("MonthsOfCover", "months" or "bookMonths" or "actualBalance" or "isReasonable") => true,
        ("DeficitScan", "surplusRegions" or "deficitShare" or "surplusShare" or "netBalance") => true,
        _ => IsComputedProperty(type, member),
    };

    /// <summary>A get-only property with no constructor parameter (Total = Employer + Individual): ignored on reading.</summary>
    private static bool IsComputedProperty(Type type, string member)
    {
        PropertyInfo? property = type.GetProperty(char.ToUpperInvariant(member[0]) + member[1..]);
        return property is not null && property.SetMethod is null;
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void An_unknown_member_is_rejected(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        JsonObject json = JsonNode.Parse(JsonSerializer.Serialize(sample, Info(type)))!.AsObject();
        json["budgetd"] = 1;
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.ToJsonString(), Info(type)));
        Assert.Contains("budgetd", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_budget_execution_serialises_without_a_rate_and_with_its_outcome_as_a_string()
    {
        var noBudget = (BudgetExecution)Samples[typeof(BudgetExecution)][2];
        string json = JsonSerializer.Serialize(noBudget, FundMathJson.TypeInfo<BudgetExecution>());
        Assert.Equal("{\"line\":\"PremiumIncome\",\"period\":\"2021\",\"budgeted\":0.00,\"executed\":100000000.00,\"expectedProgress\":\"100%\",\"band\":{\"below\":\"5pp\",\"above\":\"5pp\"},\"outcome\":\"NoBudget\"}", json);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"outcome\":\"NoBudget\"", "\"outcome\":\"NoBudget\",\"rate\":\"100%\"", StringComparison.Ordinal), FundMathJson.TypeInfo<BudgetExecution>()));
    }

    [Fact]
    public void An_execution_writes_its_rate_and_deviation()
    {
        // 29.02 / 26.36 = 1451/1318 exactly (110.0910…%), deviation 10.0910…pp.
        string json = JsonSerializer.Serialize((BudgetExecution)Samples[typeof(BudgetExecution)][0], FundMathJson.TypeInfo<BudgetExecution>());
        Assert.Contains("\"outcome\":\"Over\",\"rate\":\"1451/1318\"", json);
    }

    [Fact]
    public void A_judgement_that_disagrees_with_its_inputs_is_rejected()
    {
        string over = JsonSerializer.Serialize((BudgetExecution)Samples[typeof(BudgetExecution)][0], FundMathJson.TypeInfo<BudgetExecution>());
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(over.Replace("\"Over\"", "\"Within\"", StringComparison.Ordinal), FundMathJson.TypeInfo<BudgetExecution>()));
        Assert.Contains("outcome is Within but its inputs give Over", e.Message, StringComparison.Ordinal);

        string cover = JsonSerializer.Serialize((MonthsOfCover)Samples[typeof(MonthsOfCover)][0], FundMathJson.TypeInfo<MonthsOfCover>());
        Assert.Contains("\"band\":\"High\"", cover);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(cover.Replace("\"band\":\"High\"", "\"band\":\"Middle\"", StringComparison.Ordinal), FundMathJson.TypeInfo<MonthsOfCover>()));

        string scan = JsonSerializer.Serialize((DeficitScan)Samples[typeof(DeficitScan)][0], FundMathJson.TypeInfo<DeficitScan>());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(scan.Replace("\"deficitRegions\":2", "\"deficitRegions\":5", StringComparison.Ordinal), FundMathJson.TypeInfo<DeficitScan>()));
    }

    [Theory]
    [InlineData("{\"expenditure\":100.00,\"months\":0}")]
    [InlineData("{\"expenditure\":100.00,\"months\":1201}")]
    [InlineData("{\"expenditure\":100.00,\"months\":null}")]
    [InlineData("{\"expenditure\":\"lots\",\"months\":1}")]
    [InlineData("[100.00, 1]")]
    public void Invalid_values_are_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FundMathJson.TypeInfo<MonthlyExpenditure>()));

    [Fact]
    public void An_enum_outside_its_names_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Sideways\"", FundMathJson.TypeInfo<ExecutionOutcome>()));
        Assert.Equal("\"NoBudget\"", JsonSerializer.Serialize(ExecutionOutcome.NoBudget, FundMathJson.TypeInfo<ExecutionOutcome>()));
    }
}
