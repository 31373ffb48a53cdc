using System.Text.Json.Serialization;
using FundMath.Analysis;
using FundMath.Citations;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Data;
using FundMath.Drg;
using FundMath.Funds;
using FundMath.Ratios;
using FundMath.Reconciliation;

namespace FundMath.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for FundMath's results (trim- and AOT-safe: no reflection at run
/// time). Use it through <see cref="FundMathJson"/>, which adds the strictness:
/// <c>JsonSerializer.Serialize(result, FundMathJson.TypeInfo&lt;BudgetExecution&gt;())</c> and
/// <c>JsonSerializer.Deserialize(json, FundMathJson.TypeInfo&lt;BudgetExecution&gt;())</c>.
/// </summary>
/// <remarks>
/// Members are camelCase; enums are their names as strings ("NoBudget"; a number or an undefined name is an error); values use FundMath's converters (money as a number in
/// 元, rates as "8.7%" or an exact ratio, fractions as "n/d"). Reading through <see cref="FundMathJson"/> is strict:
/// a missing member, a null for a non-nullable member, an unknown member or an invalid value is a
/// <see cref="System.Text.Json.JsonException"/> naming the member — never a silent default. (The context's own
/// <c>Default</c> metadata does not require the members of plain records; prefer <see cref="FundMathJson"/>.) Results with a judgement (<see cref="BudgetExecution"/>,
/// <see cref="MonthsOfCover"/>, <see cref="DeficitScan"/>) are written as their inputs plus the judgement, and
/// reading recomputes the judgement from the inputs and rejects one that disagrees; a result with no rate
/// (NoBudget, NoExpenditure) is written without one. docs/serialization.md lists the types.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(StrictEnumJsonConverter<FundMath.Analysis.BudgetLine>),
        typeof(StrictEnumJsonConverter<FundMath.Analysis.CoverBand>),
        typeof(StrictEnumJsonConverter<FundMath.Analysis.CoverOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Analysis.ExecutionOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.AssistanceGroup>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.BenefitScheme>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.CapState>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.ClaimKind>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.DeductibleBasis>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.HospitalLevel>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.PersonStatus>),
        typeof(StrictEnumJsonConverter<FundMath.Benefits.TargetOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.AssistanceCategory>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.AssistanceKind>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.Bound>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.DecompositionMethod>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.IndividualShareOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Contributions.ProvinceTier>),
        typeof(StrictEnumJsonConverter<FundMath.Data.DataNodeKind>),
        typeof(StrictEnumJsonConverter<FundMath.Data.DataScalarKind>),
        typeof(StrictEnumJsonConverter<FundMath.Drg.DrgCaseKind>),
        typeof(StrictEnumJsonConverter<FundMath.Drg.DrgScheme>),
        typeof(StrictEnumJsonConverter<FundMath.Drg.DrgSettlementKind>),
        typeof(StrictEnumJsonConverter<FundMath.Drg.DrgSettlementOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Explain.ExplanationKind>),
        typeof(StrictEnumJsonConverter<FundMath.Funds.IdentityMode>),
        typeof(StrictEnumJsonConverter<FundMath.Funds.RollForwardOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.HeadcountUnit>),
        typeof(StrictEnumJsonConverter<FundMath.MoneyUnit>),
        typeof(StrictEnumJsonConverter<FundMath.PeriodKind>),
        typeof(StrictEnumJsonConverter<FundMath.Policies.ParameterUnit>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.CollectedFundOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.CountyAssessment>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.FundingSource>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.PooledScheme>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.PriorDeficitReading>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.PoolingRules>),
        typeof(StrictEnumJsonConverter<FundMath.Pooling.TopUpOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Ratios.GrowthOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Ratios.RatioOutcome>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.FigureUnit>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.FindingKind>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.FindingMessage>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.FindingSeverity>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.PrintRounding>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.ReconciliationCheck>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.RegionColumnRole>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.RepeatedFigureKind>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.ReportClaimKind>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.ReportClaimSubject>),
        typeof(StrictEnumJsonConverter<FundMath.Reconciliation.UncheckedMessage>),
        typeof(MoneyJsonConverter),
        typeof(RateJsonConverter),
        typeof(PercentagePointsJsonConverter),
        typeof(FractionJsonConverter),
        typeof(HeadcountJsonConverter),
        typeof(ReportingPeriodJsonConverter),
        typeof(BudgetExecutionJsonConverter),
        typeof(MonthsOfCoverJsonConverter),
        typeof(MonthlyExpenditureJsonConverter),
        typeof(DeficitScanJsonConverter),
        typeof(ToleranceBandJsonConverter),
        typeof(CoverBandPolicyJsonConverter),
        typeof(BudgetTolerancePolicyJsonConverter),
        typeof(FigureIntervalJsonConverter),
        typeof(PrintedFigureJsonConverter),
        typeof(FindingJsonConverter),
        typeof(MoneyGrowthJsonConverter),
        typeof(HeadcountGrowthJsonConverter),
        typeof(SurplusRatioJsonConverter),
        typeof(SupportRatioJsonConverter),
        typeof(AccumulatedBalanceJsonConverter),
        typeof(RollForwardJsonConverter),
        typeof(AverageJsonConverter),
        typeof(CohortFlowJsonConverter),
        typeof(PremiumIncomeChangeJsonConverter),
        typeof(EmployeeMonthlyContributionJsonConverter),
        typeof(IndividualShareCheckJsonConverter),
        typeof(SubsidySplitResultJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(CitationJsonConverter),
        typeof(IncomeLinesJsonConverter),
        typeof(ExpenditureLinesJsonConverter),
        typeof(FundStatementJsonConverter),
        typeof(FundStatementChangeJsonConverter),
        typeof(DrgPointsJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(PolicyWindowJsonConverter),
        typeof(ReliefWindowJsonConverter),
        typeof(CountyFundingJsonConverter),
        typeof(PoolingPolicyJsonConverter),
        typeof(UpwardTransferJsonConverter),
        typeof(YearStartTopUpJsonConverter),
        typeof(CountySettlementJsonConverter),
        typeof(CollectedFundStatementJsonConverter),
        typeof(PoolingCityDocumentJsonConverter),
        typeof(DrgPointValueJsonConverter),
        typeof(DrgCaseResultJsonConverter),
        typeof(DrgPointTotalsJsonConverter),
        typeof(DrgSchemeResultJsonConverter),
        typeof(ParameterValueJsonConverter),
        typeof(ParameterEntryJsonConverter),
        typeof(ParameterJsonConverter),
        typeof(ParameterSegmentJsonConverter),
        typeof(ParameterSetJsonConverter),
        typeof(CustomLineJsonConverter),
        typeof(IncomeLineJsonConverter),
        typeof(ExpenditureLineJsonConverter),
        typeof(ServiceCategoryJsonConverter),
        typeof(FundKindJsonConverter),
        typeof(CohortCategoryJsonConverter),
        typeof(EmployeeRatesJsonConverter),
        typeof(PayrollContributionsJsonConverter),
        typeof(SeasonalProfileJsonConverter),
        typeof(UtilisationJsonConverter),
        typeof(CohortCountsJsonConverter),
        typeof(StructureSharesJsonConverter),
        typeof(LineBreakdownJsonConverter),
        typeof(DrgSettlementTotalsJsonConverter),
        typeof(DrgInstitutionSettlementJsonConverter),
        typeof(BenefitBatchTotalsJsonConverter),
        typeof(ClaimSettlementJsonConverter),
        typeof(BenefitAccumulatorJsonConverter),
        typeof(ExplanationJsonConverter),
        typeof(StrictEnumJsonConverter<System.MidpointRounding>),
        typeof(CohortPartitionJsonConverter),
        typeof(CentralSubsidySharesJsonConverter),
        typeof(RateScheduleJsonConverter),
        typeof(AssistanceEnrolmentRuleJsonConverter),
        typeof(ResidentFundingStandardJsonConverter),
        typeof(PremiumBasePolicyJsonConverter),
    ])]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Rate))]
[JsonSerializable(typeof(PercentagePoints))]
[JsonSerializable(typeof(Fraction))]
[JsonSerializable(typeof(Headcount))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(BudgetLine))]
[JsonSerializable(typeof(ExecutionOutcome))]
[JsonSerializable(typeof(CoverOutcome))]
[JsonSerializable(typeof(CoverBand))]
[JsonSerializable(typeof(BudgetExecution))]
[JsonSerializable(typeof(BudgetExecution[]))]
[JsonSerializable(typeof(MonthsOfCover))]
[JsonSerializable(typeof(MonthsOfCover[]))]
[JsonSerializable(typeof(MonthlyExpenditure))]
[JsonSerializable(typeof(DeficitScan))]
[JsonSerializable(typeof(ToleranceBand))]
[JsonSerializable(typeof(BudgetTolerancePolicy))]
[JsonSerializable(typeof(CoverBandPolicy))]
[JsonSerializable(typeof(BalanceDeductions))]
[JsonSerializable(typeof(ExecutionOutcomeCounts))]
[JsonSerializable(typeof(CoverBandCounts))]
[JsonSerializable(typeof(PremiumBaseResult))]
[JsonSerializable(typeof(PremiumBaseSummary))]
[JsonSerializable(typeof(AccountSplit))]
[JsonSerializable(typeof(AssistanceSplit))]
[JsonSerializable(typeof(ContributionTotals))]
[JsonSerializable(typeof(EmployeePeriodContribution))]
[JsonSerializable(typeof(ResidentPremiumIncome))]
[JsonSerializable(typeof(PrintedComparison))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(FigureInterval?))]
[JsonSerializable(typeof(PrintedFigure[]))]
[JsonSerializable(typeof(ReconciliationCheck))]
[JsonSerializable(typeof(FindingKind))]
[JsonSerializable(typeof(FindingMessage))]
[JsonSerializable(typeof(UncheckedMessage))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<string>))]
[JsonSerializable(typeof(FindingSeverity))]
[JsonSerializable(typeof(FigureUnit))]
[JsonSerializable(typeof(PrintRounding))]
[JsonSerializable(typeof(GrowthOutcome))]
[JsonSerializable(typeof(RatioOutcome))]
[JsonSerializable(typeof(RollForwardOutcome))]
[JsonSerializable(typeof(DecompositionMethod))]
[JsonSerializable(typeof(IndividualShareOutcome))]
[JsonSerializable(typeof(NodaTime.YearMonth))]
[JsonSerializable(typeof(FigureInterval))]
[JsonSerializable(typeof(PrintedFigure))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(MoneyGrowth))]
[JsonSerializable(typeof(HeadcountGrowth))]
[JsonSerializable(typeof(SurplusRatio))]
[JsonSerializable(typeof(SupportRatio))]
[JsonSerializable(typeof(AccumulatedBalance))]
[JsonSerializable(typeof(RollForward))]
[JsonSerializable(typeof(Average))]
[JsonSerializable(typeof(CohortFlow))]
[JsonSerializable(typeof(PremiumIncomeChange))]
[JsonSerializable(typeof(EmployeeMonthlyContribution))]
[JsonSerializable(typeof(IndividualShareCheck))]
[JsonSerializable(typeof(SubsidySplitResult))]
[JsonSerializable(typeof(FigureLocation))]
[JsonSerializable(typeof(ReportClaim))]
[JsonSerializable(typeof(RegionColumn))]
[JsonSerializable(typeof(RegionRow))]
[JsonSerializable(typeof(RegionTable))]
[JsonSerializable(typeof(YearOnYearFigure))]
[JsonSerializable(typeof(YearOnYearGroup))]
[JsonSerializable(typeof(DeficitScanRow))]
[JsonSerializable(typeof(DeficitScanTable))]
[JsonSerializable(typeof(BudgetExecutionFigures))]
[JsonSerializable(typeof(BudgetTable))]
[JsonSerializable(typeof(CohortRow))]
[JsonSerializable(typeof(CohortTable))]
[JsonSerializable(typeof(FundComponentFigures))]
[JsonSerializable(typeof(FundStatementFigures))]
[JsonSerializable(typeof(MonthsOfCoverFigures))]
[JsonSerializable(typeof(ProductFigure))]
[JsonSerializable(typeof(QuotientFigure))]
[JsonSerializable(typeof(TotalFigures))]
[JsonSerializable(typeof(RepeatedFigure))]
[JsonSerializable(typeof(UncheckedFigure))]
[JsonSerializable(typeof(StatementTable))]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(ReconciliationResult))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(DatedRate))]
[JsonSerializable(typeof(FlexiblePeriodContribution))]
[JsonSerializable(typeof(DrgInstitutionRecord))]
[JsonSerializable(typeof(SourceLocation))]
[JsonSerializable(typeof(IncomeLine))]
[JsonSerializable(typeof(ExpenditureLine))]
[JsonSerializable(typeof(ServiceCategory))]
[JsonSerializable(typeof(FundKind))]
[JsonSerializable(typeof(CohortCategory))]
[JsonSerializable(typeof(EmployeeRates))]
[JsonSerializable(typeof(PayrollContributions))]
[JsonSerializable(typeof(Drg.DrgPoints))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(PolicyWindow))]
[JsonSerializable(typeof(ReliefWindow))]
[JsonSerializable(typeof(Pooling.CountyFunding))]
[JsonSerializable(typeof(Drg.DrgPointValue))]
[JsonSerializable(typeof(Drg.DrgCaseResult))]
[JsonSerializable(typeof(Drg.DrgPointTotals))]
[JsonSerializable(typeof(Drg.DrgSchemeResult))]
[JsonSerializable(typeof(Policies.ParameterValue))]
[JsonSerializable(typeof(CustomLine))]
[JsonSerializable(typeof(IncomeLine?))]
[JsonSerializable(typeof(ExpenditureLine?))]
[JsonSerializable(typeof(Drg.DrgScheme))]
[JsonSerializable(typeof(Drg.DrgCaseKind))]
[JsonSerializable(typeof(Policies.ParameterUnit))]
[JsonSerializable(typeof(Pooling.FundingSource))]
[JsonSerializable(typeof(Pooling.PoolingYear))]
[JsonSerializable(typeof(Pooling.PoolingCounty))]
[JsonSerializable(typeof(Pooling.PooledScheme))]
[JsonSerializable(typeof(Pooling.CountyAssessment))]
[JsonSerializable(typeof(Pooling.PriorDeficitReading))]
[JsonSerializable(typeof(Pooling.TopUpOutcome))]
[JsonSerializable(typeof(Pooling.CollectedFundOutcome))]
[JsonSerializable(typeof(Pooling.PoolingPolicy))]
[JsonSerializable(typeof(Pooling.UpwardTransfer))]
[JsonSerializable(typeof(Pooling.YearStartTopUp))]
[JsonSerializable(typeof(Pooling.CountySettlement))]
[JsonSerializable(typeof(Pooling.CollectedFundStatement))]
[JsonSerializable(typeof(Pooling.PoolingCounty[]))]
[JsonSerializable(typeof(Pooling.PoolingCityDocument))]
[JsonSerializable(typeof(Rate?))]
[JsonSerializable(typeof(Pooling.PriorDeficitReading?))]
[JsonSerializable(typeof(MoneyUnit))]
[JsonSerializable(typeof(DataScalarKind))]
[JsonSerializable(typeof(Policies.ScaleBracket))]
[JsonSerializable(typeof(Policies.ScaleBracket[]))]
[JsonSerializable(typeof(Policies.ParameterValue?))]
[JsonSerializable(typeof(Policies.ParameterEntry))]
[JsonSerializable(typeof(Policies.ParameterEntry[]))]
[JsonSerializable(typeof(Policies.Parameter))]
[JsonSerializable(typeof(Policies.Parameter[]))]
[JsonSerializable(typeof(Policies.ParameterSegment))]
[JsonSerializable(typeof(Policies.ParameterSet))]
[JsonSerializable(typeof(Fraction?))]
[JsonSerializable(typeof(SourceLocation?))]
[JsonSerializable(typeof(IncomeLines))]
[JsonSerializable(typeof(ExpenditureLines))]
[JsonSerializable(typeof(FundStatement))]
[JsonSerializable(typeof(FundStatementChange))]
[JsonSerializable(typeof(Benefits.BenefitClaim))]
[JsonSerializable(typeof(Rate[]))]
[JsonSerializable(typeof(SeasonalProfile))]
[JsonSerializable(typeof(Utilisation))]
[JsonSerializable(typeof(CohortCounts))]
[JsonSerializable(typeof(StructureShares))]
[JsonSerializable(typeof(LineBreakdown))]
[JsonSerializable(typeof(Drg.DrgSettlementTotals))]
[JsonSerializable(typeof(Drg.DrgSettlementOutcome))]
[JsonSerializable(typeof(Drg.DrgInstitutionSettlement))]
[JsonSerializable(typeof(Drg.DrgSettlementKind))]
[JsonSerializable(typeof(Benefits.BenefitBatchTotals))]
[JsonSerializable(typeof(Benefits.ClaimSettlement))]
[JsonSerializable(typeof(Benefits.BenefitAccumulator))]
[JsonSerializable(typeof(Benefits.ClaimKind))]
[JsonSerializable(typeof(Benefits.AssistanceGroup))]
[JsonSerializable(typeof(Benefits.DeductibleBasis))]
[JsonSerializable(typeof(Benefits.CapState))]
[JsonSerializable(typeof(Benefits.TargetOutcome))]
[JsonSerializable(typeof(Explain.Explanation))]
[JsonSerializable(typeof(Explain.Explanation[]))]
[JsonSerializable(typeof(Explain.ExplanationKind))]
[JsonSerializable(typeof(NodaTime.LocalDate?))]
[JsonSerializable(typeof(System.MidpointRounding))]
[JsonSerializable(typeof(CohortPartition))]
[JsonSerializable(typeof(CohortCategory[]))]
[JsonSerializable(typeof(CentralSubsidyShares))]
[JsonSerializable(typeof(RateSchedule))]
[JsonSerializable(typeof(DatedRate[]))]
[JsonSerializable(typeof(AssistanceEnrolmentRule))]
[JsonSerializable(typeof(AssistanceCategory))]
[JsonSerializable(typeof(AssistanceKind))]
[JsonSerializable(typeof(ResidentFundingStandard))]
[JsonSerializable(typeof(PremiumBasePolicy))]
public sealed partial class FundMathJsonContext : JsonSerializerContext
{
}
