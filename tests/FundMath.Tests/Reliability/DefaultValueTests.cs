using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
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
    /// Not yet reviewed: result and data records whose default is the all-zero record. Each must move to one of the
    /// tables above; the list may only shrink.
    /// </summary>
    private static readonly HashSet<string> Unreviewed = new(StringComparer.Ordinal)
    {
        "AccountSplit", "AccumulatedBalance", "AssistanceEnrolmentRule", "AssistanceSplit", "Average", "BenefitAccumulator",
        "BenefitBatchTotals", "BenefitClaim", "BenefitClaimColumns", "BenefitPaymentColumns", "BudgetExecution", "ClaimSettlement",
        "CohortCategory", "CohortCounts", "CohortFlow", "CohortPartition", "CollectedFundStatement", "ContributionTotals",
        "CountyFunding", "CountySettlement", "CoverBandCounts", "DataMember", "DatedRate", "DeficitScan", "DrgCaseRecord",
        "DrgCaseResult", "DrgCases", "DrgGroupRecord", "DrgInstitutionRecord", "DrgInstitutionSettlement", "DrgPointTotals",
        "DrgPointValue", "DrgPoints", "DrgSchemeBudget", "DrgSchemeResult", "DrgSettlementTotals", "EmployeeMonthlyContribution",
        "EmployeePeriodContribution", "EmployeeRates", "ExecutionOutcomeCounts", "ExpenditureItem", "ExpenditureLine",
        "ExpenditureLines", "FigureInterval", "FlexiblePeriodContribution", "FundKind", "FundStatement", "FundStatementChange",
        "HeadcountGrowth", "IncomeItem", "IncomeLine", "IncomeLines", "IndividualShareCheck", "MoneyGrowth", "MonthEnumerable",
        "MonthEnumerator", "ParameterSegment", "ParameterValue", "PayingPopulation", "PayrollContributions", "PersonalAccountPolicy",
        "PolicyWindow", "PoolingCounty", "PoolingYear", "PremiumBaseResult", "PremiumBaseSummary", "PremiumIncomeChange",
        "PrintedComparison", "ReliefWindow", "ResidentCohort", "ResidentFundingStandard", "ResidentPremiumIncome", "RollForward",
        "SeasonalProfile", "ServiceCategory", "StructureShares", "SubsidySplitResult", "SupportRatio", "SurplusRatio",
        "ToleranceBand", "UpwardTransfer", "Utilisation", "YearStartTopUp",
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
            .Where(t => !RejectedAtUse.ContainsKey(t) && !ValidDefault.ContainsKey(t) && !Unreviewed.Contains(t.Name))
            .Select(t => t.FullName!)
            .ToArray();
        Assert.True(unclassified.Length == 0, "classify default(T) of: " + string.Join(", ", unclassified));

        // The lists name real types only (a renamed or removed struct must leave them too).
        var names = PublicStructs().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        string[] stale = Unreviewed.Where(n => !names.Contains(n) || RejectedAtUse.Keys.Any(t => t.Name == n) || ValidDefault.Keys.Any(t => t.Name == n)).ToArray();
        Assert.True(stale.Length == 0, "remove from Unreviewed: " + string.Join(", ", stale));
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
