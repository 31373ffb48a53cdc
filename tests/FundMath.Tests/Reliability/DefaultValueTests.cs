using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Analysis;
using FundMath.Contributions;
using FundMath.Data;

namespace FundMath.Tests.Reliability;

/// <summary>
/// <c>default(T)</c> of every public struct of FundMath and FundMath.Yaml is classified: rejected where it is used,
/// with a message that names <c>default</c>, or a documented valid value. A new public struct fails
/// <see cref="Every_public_struct_is_classified"/> until it is added here.
/// </summary>
public class DefaultValueTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    /// <summary>Structs whose default is rejected at use: the use, which must throw a clear error naming default.</summary>
    private static readonly Dictionary<Type, Action> RejectedAtUse = new()
    {
        [typeof(PremiumBasePolicy)] = () => PremiumBase.Compute(Money.FromYuan(5000), default(PremiumBasePolicy)),
        [typeof(BudgetTolerancePolicy)] = () => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromYuan(100), Money.FromYuan(100), default(BudgetTolerancePolicy)),
        [typeof(CoverBandPolicy)] = () => MonthsOfCover.Compute(Year2021, Money.FromYuan(100), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.FromYuan(10)), default(CoverBandPolicy)),
        [typeof(MonthsOfCover)] = () => _ = default(MonthsOfCover).Band,
        [typeof(MonthlyExpenditure)] = () => MonthsOfCover.Compute(Year2021, Money.FromYuan(100), BalanceDeductions.None, default(MonthlyExpenditure), CoverBandPolicy.Default),
        [typeof(ReportingPeriod)] = () => MonthlyExpenditure.OfPeriod(Money.FromYuan(100), default(ReportingPeriod)),
        [typeof(PolicyWindow)] = () => default(PolicyWindow).Covers(new NodaTime.YearMonth(2021, 3)),
        [typeof(ReliefWindow)] = () => ReliefWindow.Resolve(Rate.Zero, new NodaTime.YearMonth(2021, 3), [default(ReliefWindow)]),
        [typeof(FundMath.Policies.ParameterSegment)] = () => default(FundMath.Policies.ParameterSegment).Months(Year2021),
    };

    /// <summary>Structs whose default is a documented, valid value, with that meaning.</summary>
    private static readonly Dictionary<Type, string> ValidDefault = new()
    {
        [typeof(Money)] = "0.00元 (Money.Zero)",
        [typeof(Fraction)] = "0 (Fraction.Zero)",
        [typeof(Rate)] = "0% (Rate.Zero)",
        [typeof(PercentagePoints)] = "0pp",
        [typeof(Headcount)] = "0 persons",
        [typeof(BalanceDeductions)] = "no deductions (BalanceDeductions.None is documented as default)",
        [typeof(SourceLocation)] = "an unknown location (empty source, line and column 0, as SourceLocation documents for unknown positions)",
    };

    /// <summary>
    /// Structs (by name) whose default is a documented value: the XML documentation of each says what
    /// <c>default(T)</c> is (<see cref="Documented_defaults_say_what_default_is"/>), here in the same words. Mostly
    /// result and data records whose default is the all-zero record.
    /// </summary>
    private static readonly Dictionary<string, string> DocumentedDefault = new(StringComparer.Ordinal)
    {
        ["AccountSplit"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["AccumulatedBalance"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["AssistanceEnrolmentRule"] = "the first category and kind with amount 0.00元, ratio 0% and no citation: read through its Kind as any other rule",
        ["AssistanceSplit"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["Average"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["BenefitAccumulator"] = "an empty accumulator: no claims added, every total 0.00元",
        ["BenefitBatchTotals"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["BenefitClaim"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["BenefitClaimColumns"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["BenefitPaymentColumns"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["BudgetExecution"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ClaimSettlement"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CohortCategory"] = "no category: a null code, equal only to another default",
        ["CohortCounts"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CohortFlow"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CohortPartition"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CollectedFundStatement"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ContributionTotals"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CountyFunding"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CountySettlement"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["CoverBandCounts"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DataMember"] = "an empty member: null key and value, unknown location (SourceLocation's default)",
        ["DatedRate"] = "0% in force from 0001-01 with no citation: a schedule holding it charges 0% from then on",
        ["DeficitScan"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgCaseRecord"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgCaseResult"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgCases"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgGroupRecord"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgInstitutionRecord"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgInstitutionSettlement"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgPointTotals"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgPointValue"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgPoints"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgSchemeBudget"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgSchemeResult"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["DrgSettlementTotals"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["EmployeeMonthlyContribution"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["EmployeePeriodContribution"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["EmployeeRates"] = "every rate 0% (employer medical, maternity and individual): a real rate set that charges no contribution — equal to new EmployeeRates(0%, 0%, 0%)",
        ["ExecutionOutcomeCounts"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ExpenditureItem"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ExpenditureLine"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ExpenditureLines"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["FigureInterval"] = "the exact interval [0, 0]",
        ["FlexiblePeriodContribution"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["FundKind"] = "no kind (IsNone; the kind of FundStatement.Empty), with an empty id",
        ["FundStatement"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["FundStatementChange"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["HeadcountGrowth"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["IncomeItem"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["IncomeLine"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["IncomeLines"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["IndividualShareCheck"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["MoneyGrowth"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["MonthEnumerable"] = "an empty sequence: Count 0, no months",
        ["MonthEnumerator"] = "an enumerator over no months: MoveNext returns false",
        ["ParameterValue"] = "0 元 (the value 0 in ParameterUnit.Yuan)",
        ["PayingPopulation"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PayrollContributions"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PersonalAccountPolicy"] = "a retiree monthly credit of 0.00元 from year 0 with no citation: Split credits retirees nothing and passes the in-service contributions through — equal to new PersonalAccountPolicy(Money.Zero, 0)",
        ["PoolingCounty"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PoolingYear"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PremiumBaseResult"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PremiumBaseSummary"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PremiumIncomeChange"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["PrintedComparison"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ResidentCohort"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ResidentFundingStandard"] = "coverage and collection year 0 with every amount 0.00元: an empty standard, equal to no published one",
        ["ResidentPremiumIncome"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["RollForward"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["SeasonalProfile"] = "no shares: cumulative progress is read as time progress (an even spread), not as 0% every month",
        ["ServiceCategory"] = "the first category, 住院 (inpatient)",
        ["StructureShares"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["SubsidySplitResult"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["SupportRatio"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["SurplusRatio"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["ToleranceBand"] = "a band of 0pp below and 0pp above: execution is within only when it equals expected progress exactly",
        ["UpwardTransfer"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["Utilisation"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
        ["YearStartTopUp"] = "the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed",
    };

    private static IEnumerable<Type> PublicStructs() =>
        new[] { typeof(Money).Assembly, typeof(FundMath.Yaml.YamlDataReader).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void Every_public_struct_is_classified()
    {
        string[] unclassified = PublicStructs()
            .Where(t => !RejectedAtUse.ContainsKey(t) && !ValidDefault.ContainsKey(t) && !DocumentedDefault.ContainsKey(t.Name))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.True(unclassified.Length == 0, "classify default(T) of: " + string.Join(", ", unclassified));

        // The lists name real types only (a renamed or removed struct must leave them too).
        var names = PublicStructs().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        string[] stale = DocumentedDefault.Keys.Where(n => !names.Contains(n) || RejectedAtUse.Keys.Any(t => t.Name == n) || ValidDefault.Keys.Any(t => t.Name == n)).ToArray();
        Assert.True(stale.Length == 0, "remove from DocumentedDefault: " + string.Join(", ", stale));
    }

    public static TheoryData<string> Rejected => new(RejectedAtUse.Keys.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Rejected))]
    public void A_default_that_means_nothing_is_rejected_at_use_with_a_clear_error(string name)
    {
        Action use = RejectedAtUse.Single(p => p.Key.Name == name).Value;
        Exception e = Assert.ThrowsAny<Exception>(use);
        Assert.True(e is ArgumentException or InvalidOperationException, $"{name}: {e.GetType().Name}: {e.Message}");
        Assert.Contains("default", e.Message, StringComparison.Ordinal);
        Assert.Contains(name == "MonthlyExpenditure" ? "monthlyExpenditure" : name == "ReportingPeriod" ? "ReportingPeriod" : name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documented_defaults_say_what_default_is()
    {
        var documentation = new[] { typeof(Money).Assembly, typeof(FundMath.Yaml.YamlDataReader).Assembly }
            .Select(a => System.Xml.Linq.XDocument.Load(Path.ChangeExtension(a.Location, ".xml")))
            .SelectMany(d => d.Descendants("member"))
            .ToDictionary(m => (string)m.Attribute("name")!, m => string.Concat(m.DescendantNodes().OfType<System.Xml.Linq.XText>().Select(t => t.Value)), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (Type type in PublicStructs().Where(t => DocumentedDefault.ContainsKey(t.Name)))
        {
            string id = "T:" + type.FullName!.Replace('+', '.');
            string said = $"default({type.Name}) is {DocumentedDefault[type.Name]}.";
            if (!documentation.TryGetValue(id, out string? text) || !System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Contains(said, StringComparison.Ordinal))
            {
                missing.Add($"{type.Name}: the XML documentation does not say \"{said}\"");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Valid_defaults_are_the_documented_values()
    {
        Assert.Equal(Money.Zero, default(Money));
        Assert.Equal(Fraction.Zero, default(Fraction));
        Assert.Equal(Rate.Zero, default(Rate));
        Assert.Equal(0m, default(PercentagePoints).ToPoints(2, MidpointRounding.ToEven));
        Assert.Equal(0, default(Headcount).Persons);
        Assert.Equal(BalanceDeductions.None, default(BalanceDeductions));
        Assert.Equal(Money.Zero, default(BalanceDeductions).Total);
        Assert.False(default(SourceLocation).HasPosition);
        Assert.Equal(ValidDefault.Count, ValidDefault.Keys.Distinct().Count());
    }

    [Fact]
    public void Constructed_policies_still_work_and_copies_keep_working()
    {
        BudgetTolerancePolicy copy = BudgetTolerancePolicy.Default with { TotalIncome = ToleranceBand.FivePoints };
        Assert.Equal(ToleranceBand.FivePoints, copy.For(BudgetLine.TotalIncome));
        Assert.Equal(CoverBand.Middle, CoverBandPolicy.Default.Classify(Fraction.FromInteger(6)));
        Assert.Throws<InvalidOperationException>(() => default(CoverBandPolicy).Classify(Fraction.FromInteger(6)));
        PremiumBasePolicy band = PremiumBasePolicy.FromAmounts(Money.FromYuan(3924), Money.FromYuan(19620));
        Assert.Equal(Money.FromYuan(3924), PremiumBase.Compute(Money.FromYuan(1000), band).Base);
        Assert.NotEqual(band, default);
        Assert.Equal(default(PremiumBasePolicy), default(PremiumBasePolicy));
    }
}
